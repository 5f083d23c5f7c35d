import type { Config } from '../config';
import { IntentEngine, IntentResult } from '../nlu/engine';
import { IntentFile, loadIntents, OUT_OF_SCOPE } from '../nlu/intents';
import { clauseName, ProtocolLibrary } from '../protocols/library';
import { ClauseSelector } from '../protocols/select';
import type { ClerkRequest, RequestStatus, Role } from '../queue/types';
import { Asker, CitedClause, OfferedAction, Reply, RequestLine } from './reply';

/** The two things the assistant needs from the Clerk queue. */
export interface AssistantQueue {
  list(filter?: { status?: RequestStatus | 'open'; requesterId?: string; council?: string }): ClerkRequest[];
  recordUnanswered(entry: { userId: string; council: string; text: string; intent: string; confidence: number }): void;
}

export interface AnswerOptions {
  council?: string;
  /** Keep out-of-scope and unsure messages for the Clerk's review (default true). */
  record?: boolean;
}

/**
 * Who a complaint is about, for pre-filling the form: the intent says officer or councillor, but
 * a complaint naming the Clerk, by that word or the council's title for the post (Tewkesbury's
 * Chief Executive), and not a deputy or assistant, is routed differently.
 */
function complaintSubject(about: IntentFile['complaint_about'], text: string, clerkTitle: string): IntentFile['complaint_about'] {
  const title = clerkTitle.toLowerCase().replace(/^(?:town|parish) /, '').replace(/[^a-z ]/g, '');
  const namesTheClerk = new RegExp(`(?<!deputy |assistant )\\b(?:town |parish )?(?:clerk|${title})\\b`, 'i');
  return about === 'officer' && namesTheClerk.test(text) ? 'clerk' : about;
}

/** A runner-up intent at least this close to the winner also contributes clauses. */
const RUNNER_UP_RATIO = 0.5;

const UNSURE_NOTICE =
  "I'm not sure I've understood. These are the closest parts of the protocol; if they don't answer your question, I can pass it to the {clerk}.";
const NOTHING_MAPPED =
  "{council}'s protocol doesn't say anything specific about this. I can pass your question to the {clerk}.";

/**
 * The one brain behind every channel: classifies a message, picks the clauses of the asker's
 * council to quote, and says what it can file for them. Knows nothing of Slack or Teams.
 */
export class Assistant {
  readonly defaultCouncil: string;

  constructor(
    readonly library: ProtocolLibrary,
    readonly engine: IntentEngine,
    private readonly selector: ClauseSelector,
    defaultCouncil: string,
    private readonly queue?: AssistantQueue,
  ) {
    library.get(defaultCouncil); // fail at start-up, naming the known councils, not on first message
    this.defaultCouncil = defaultCouncil;
  }

  static create(deps: { config: Pick<Config, 'COUNCIL' | 'INTENTS_DIR' | 'MODEL_CACHE_DIR'>; library: ProtocolLibrary; queue?: AssistantQueue; intents?: IntentFile[] }): Assistant {
    const intents = deps.intents ?? loadIntents(deps.config.INTENTS_DIR);
    const engine = IntentEngine.train(intents, { cacheDir: deps.config.MODEL_CACHE_DIR });
    return new Assistant(deps.library, engine, new ClauseSelector(deps.library, engine.intents), deps.config.COUNCIL, deps.queue);
  }

  councilName(id: string): string {
    return this.library.get(id).council.name;
  }

  classify(text: string, role?: Role): IntentResult {
    return this.engine.classify(text, role);
  }

  /**
   * Clauses to cite for an already-classified message (used by `classify` and `answer`): the
   * intent's best clause first, then the best of the rest of its clauses and, when the reading
   * was close, those of the runner-up intent, weighted by how close it came.
   */
  clausesFor(council: string, result: IntentResult, text: string, limit = 3): CitedClause[] {
    if (result.intent === OUT_OF_SCOPE) return [];
    const primary = this.selector.select(council, result.intent, text, limit);
    const [top, second] = result.ranked;
    const runnerUp = second && second.label !== OUT_OF_SCOPE && top.label === result.intent && second.probability >= RUNNER_UP_RATIO * top.probability ? second : undefined;
    const others = runnerUp
      ? this.selector.select(council, runnerUp.label, text, limit).map((s) => ({ ...s, score: (s.score * runnerUp.probability) / top.probability }))
      : [];
    const rest = [...primary.slice(1), ...others].sort((a, b) => b.score - a.score);
    const chosen = primary.length > 0 ? [primary[0]] : [];
    for (const candidate of rest) {
      if (chosen.length >= limit) break;
      if (!chosen.some((c) => c.clause.ref === candidate.clause.ref)) chosen.push(candidate);
    }
    return chosen.map(({ clause, score }) => ({
      council: clause.council,
      ref: clause.ref,
      heading: clause.heading,
      text: clause.text,
      score: Math.round(score * 1000) / 1000,
    }));
  }

  answer(text: string, asker: Asker, options: AnswerOptions = {}): Reply {
    const councilId = options.council ?? this.defaultCouncil;
    const council = this.library.get(councilId).council;
    const fill = (template: string) => template.replaceAll('{council}', council.name).replaceAll('{clerk}', council.clerkTitle);

    const result = this.classify(text, asker.role);
    const intent = this.engine.intents.get(result.intent);
    const clauses = this.clausesFor(councilId, result, text);
    const reply: Reply = {
      intent: result.intent,
      confidence: Math.round(result.confidence * 1000) / 1000,
      // Only a reading of the protocol can be unsure; a greeting or thanks is simply answered.
      uncertain: result.uncertain && intent?.kind === 'topic',
      council: { id: council.id, name: council.name, version: council.version ?? 1, ...(council.adopted ? { adopted: council.adopted } : {}) },
      summary: intent ? fill(intent.summary) : '',
      clauses,
      actions: [],
    };

    if (intent?.kind === 'topic' && clauses.length === 0) {
      reply.notice = fill(NOTHING_MAPPED);
      reply.uncertain = true;
    } else if (reply.uncertain) {
      reply.notice = fill(UNSURE_NOTICE);
    }
    if (result.intent === 'request_status') reply.requests = this.requestsOf(asker.id);
    reply.actions = this.offeredActions(intent, reply, text, council.clerkTitle);

    if ((options.record ?? true) && this.queue && (result.intent === OUT_OF_SCOPE || reply.uncertain)) {
      this.queue.recordUnanswered({ userId: asker.id, council: council.id, text, intent: result.intent, confidence: result.confidence });
    }
    return reply;
  }

  private requestsOf(userId: string): RequestLine[] {
    if (!this.queue) return [];
    return this.queue.list({ requesterId: userId }).map((r) => ({ id: r.id, kind: r.kind, subject: r.subject, status: r.status, overdue: r.overdue }));
  }

  private offeredActions(intent: IntentFile | undefined, reply: Reply, text: string, clerkTitle: string): OfferedAction[] {
    const actions: OfferedAction[] = [];
    const handoff = intent?.handoff ?? 'question';
    if (handoff === 'document_request') {
      actions.push({ kind: 'document_request', label: 'Request these documents', prefill: { subject: text } });
    } else if (handoff === 'complaint') {
      actions.push({ kind: 'complaint', label: 'Make a complaint', prefill: { about: complaintSubject(intent?.complaint_about, text, clerkTitle) } });
    }
    if (handoff === 'question' || reply.uncertain) {
      const botAnswer = reply.clauses.length > 0 ? `${reply.summary} (${reply.clauses.map(clauseName).join(', ')})` : undefined;
      actions.push({ kind: 'question', label: `Ask the ${clerkTitle}`, prefill: { question: text, botAnswer } });
    }
    if (reply.intent === 'request_status') actions.push({ kind: 'my_requests', label: 'My requests', prefill: {} });
    return actions;
  }
}
