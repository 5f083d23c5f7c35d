import type { Protocol } from '../protocols/library';
import type { RouteKind } from '../protocols/metadata';
import type { Role } from '../domain/types';
import { AnswerSelector, CandidateClause, subjectOf } from './select';

/** Who the protocol says receives one kind of request, with the sentence that says so. */
export interface RouteProposal {
  kind: RouteKind;
  /** The post or body named in the sentence: a guess for the person to check. */
  recipient: string;
  clause: string;
  sentence: string;
}

interface RouteQuestion {
  kind: RouteKind;
  /** Asked of the protocol as this role would ask it. */
  question: string;
  role: Role;
  /** A clause must say something of this kind to be considered at all. */
  mentions: (clerk: RegExp) => RegExp[];
  /** Who the answering sentence must be about: the side that complains or asks. */
  subject: RegExp;
  /** What the answering sentence itself must mention. */
  sentenceMentions?: (clerk: RegExp) => RegExp;
  /** Posts named in the sentence that are the subject of the request, not its recipient. */
  notRecipient: (clerk: RegExp) => RegExp | null;
}

const COMPLAINT = /\b(?:complain\w*|concern\w*|dissatisfied|unhappy|grievance|criticism|breach\w*|treated (?:them )?badly)\b/i;
const OFFICER = /\b(?:officers?|employees?|staff|member of staff)\b/i;
const COUNCILLOR = /\b(?:councillors?|members?)\b/i;
const DISPUTE = /\b(?:disputes?|refus\w*|validity|need to know|reasons in writing|justification)\b/i;
const DOCUMENTS = /\b(?:documents?|information|papers|requests?)\b/i;
/** Saying who decides: a legal "dispute" with the council is not a dispute over documents. */
const DECIDES = /\b(?:determined by|decided by|decides|will decide|is to decide)\b/i;
const COUNCILLOR_SUBJECT = /\b(?:councillors?|members?)\b/i;
const OFFICER_SUBJECT = /\b(?:officers?|employees?|staff|member of staff)\b/i;

/** Our own questions, one per route kind (not any evaluation set's wording). */
const QUESTIONS: RouteQuestion[] = [
  {
    kind: 'complaint_about_officer',
    question: 'A councillor is unhappy with the conduct or work of an officer or member of staff and wants to raise a concern or complaint. Who should they raise it with?',
    role: 'councillor',
    mentions: () => [COMPLAINT, OFFICER],
    subject: COUNCILLOR_SUBJECT,
    notRecipient: () => null,
  },
  {
    kind: 'complaint_about_clerk',
    question: 'A councillor has a concern or complaint about the Clerk. Who should it be raised with?',
    role: 'councillor',
    mentions: (clerk) => [COMPLAINT, clerk],
    subject: /./,
    sentenceMentions: (clerk) => aboutClerk(clerk),
    notRecipient: (clerk) => clerk,
  },
  {
    kind: 'complaint_about_councillor',
    question: 'An officer has a concern that a councillor has treated them badly or breached the protocol. Who should the officer tell?',
    role: 'officer',
    mentions: () => [COMPLAINT, COUNCILLOR, OFFICER],
    subject: OFFICER_SUBJECT,
    notRecipient: () => null,
  },
  {
    kind: 'document_access',
    question: "Who decides whether a councillor's request to see documents or information is valid when it is disputed or refused?",
    role: 'councillor',
    mentions: () => [DISPUTE, DOCUMENTS],
    subject: /./,
    sentenceMentions: () => DECIDES,
    notRecipient: () => null,
  },
];

/** Posts and bodies a route can name, longest first so "Chair of the Staffing Committee" beats "Chair". */
const RECIPIENT =
  /\b(?:(?:the )?Chair(?:man)? of the [A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)* Committee|(?:the )?(?:Vice[- ])?Chair(?:man)?|(?:the )?[A-Z][A-Za-z]+ Committee|(?:the )?Monitoring Officer(?: of [A-Z][\w ]+?Council)?|(?:the )?Chief Executive|(?:the )?Chief Officer(?: concerned)?|(?:a |the )?Senior Officer(?: in [\w/ ]+? Directorate)?|(?:the )?(?:Town |Parish )?Clerk|(?:their |the )?(?:line )?manager|the Council)\b/gi;

/** "about the Clerk", "against the Chief Executive", "(if it applies to the Clerk)". */
const aboutClerk = (clerk: RegExp): RegExp => new RegExp(`\\b(?:about|against|applies to|concerns|concerning) the (?:${clerk.source.replace(/\\b/g, '')})`, 'i');

const RECIPIENT_TEST = new RegExp(RECIPIENT.source, 'i');

const clerkPattern = (clerkTitle: string): RegExp => {
  const title = clerkTitle.replace(/^(?:town|parish) /i, '').replace(/[^A-Za-z ]/g, '');
  return new RegExp(`\\b(?:(?:town |parish )?clerk|${title})\\b`, 'i');
};

/**
 * Proposes a council's `routes` from its own protocol text: for each kind of request, the sentence
 * that says who receives it, and the post it names. Only a proposal: the caller prints it for a
 * person to confirm into `<id>.json`; nothing is applied. A kind the text does not settle is left out.
 */
export function proposeRoutes(protocol: Protocol, selector = new AnswerSelector()): RouteProposal[] {
  const clerk = clerkPattern(protocol.council.clerkTitle);
  const proposals: RouteProposal[] = [];
  for (const q of QUESTIONS) {
    const required = q.mentions(clerk);
    const candidates: CandidateClause[] = protocol.clauses.filter((c) => required.every((re) => re.test(c.text))).map((clause) => ({ clause, prior: 0 }));
    const mustMention = q.sentenceMentions?.(clerk);
    const sentenceFilter = (sentence: string) => q.subject.test(subjectOf(sentence)) && (!mustMention || mustMention.test(sentence)) && RECIPIENT_TEST.test(sentence);
    const chosen = selector.choose(protocol.clauses, q.question, q.role, candidates, { minScore: 0, sentenceFilter });
    if (!chosen) continue;
    const recipient = recipientIn(chosen.text, q.notRecipient(clerk), q.kind === 'complaint_about_clerk' ? aboutClerk(clerk) : null);
    if (!recipient) continue;
    proposals.push({ kind: q.kind, recipient, clause: chosen.ref, sentence: chosen.text });
  }
  return proposals;
}

/**
 * The post a sentence sends the request to. For the Clerk, the post named beside "the Clerk"
 * in a conditional ("… or the Chair of X (if it applies to the Clerk)", "if the concern is about
 * the Clerk, … with Y") is preferred over the Clerk itself.
 */
function recipientIn(sentence: string, exclude: RegExp | null, aboutClerk: RegExp | null): string | null {
  const flat = sentence.replace(/\s+/g, ' ');
  if (aboutClerk) {
    const mention = aboutClerk.exec(flat);
    if (mention) {
      // "… or the Chair of X (if it applies to the Clerk)": the post just before the bracket.
      const bracket = flat.lastIndexOf('(', mention.index);
      if (bracket >= 0 && !flat.slice(bracket, mention.index).includes(')')) {
        const post = lastPost(flat.slice(0, bracket));
        if (post) return cleanPost(post);
      }
      // "if the concern is about the Clerk, it should be raised with Y": the next post after it.
      const posts = [...flat.slice(mention.index + mention[0].length).matchAll(RECIPIENT)]
        .map((m) => m[0])
        .filter((p) => (!exclude?.test(p) || /chair|committee|monitoring/i.test(p)) && !/^(?:the )?council$/i.test(p));
      if (posts.length > 0) return cleanPost(posts[0]);
    }
  }
  const posts = [...flat.matchAll(RECIPIENT)].map((m) => m[0]);
  const usable = posts.filter((p) => !(exclude && exclude.test(p) && !/chair|committee|monitoring/i.test(p)));
  // Prefer a post introduced as the receiver: "with the X", "to the X", "by the X", "tell the X".
  const receiver = /\b(?:with|to|by|tell|inform|contact|attention of)\s+((?:the |a |their )?[A-Z][\w/ ]*?)(?=[,.;()]| or | and | who | if | as |$)/g;
  for (const m of flat.matchAll(receiver)) {
    const post = lastPost(m[1]);
    if (post && usable.includes(post)) return cleanPost(post);
  }
  const named = usable.filter((p) => !/^(?:the )?council$/i.test(p));
  return named.length > 0 ? cleanPost(named[0]) : usable.length > 0 ? cleanPost(usable[0]) : null;
}

function lastPost(text: string): string | null {
  const found = [...text.matchAll(RECIPIENT)].map((m) => m[0]);
  return found.length > 0 ? found[found.length - 1] : null;
}

const cleanPost = (post: string): string => post.replace(/^(?:the|a|their)\s+/i, '').replace(/^./, (c) => c.toUpperCase());
