import fs from 'node:fs';
import type { ProtocolLibrary } from '../protocols/library';
import { BackgroundCheckpointer, CheckpointerOptions } from './checkpointer';
import { Db, Durability, openDatabase, restrictToOwner } from './db';
import { DEFAULT_TARGETS } from './due';
import { FeedbackStore } from './feedback';
import type { OutboxStore } from './outbox-store';
import { PeopleStore } from './people';
import { ChannelReferences } from './references';
import { RequestStore } from './requests';
import { undeliverableNotice } from './forms';
import { RoleConfig, Roles } from './roles';
import { validPerson } from './schemas';
import { QueueError } from './types';
import type { ClerkRequest, Person, Role } from './types';
import { Retention } from './retention';
import { statementCache } from './statements';
import { UnansweredStore } from './unanswered';
import { WelcomeBook } from './welcomes';

export type { FeedbackRecord } from './feedback';
export type { RequestPage, RequestWithHistory } from './requests';
export type { PersonExport, PurgeResult } from './retention';
export type { UnansweredRecord } from './unanswered';

export interface ClerkQueueOptions {
  path: string;
  library: ProtocolLibrary;
  /** Working days to acknowledge a new request (default 2). */
  ackTargetDays?: number;
  /** Working days to resolve a request (default 20). */
  resolveTargetDays?: number;
  /** Days an unanswered question is kept for the Clerk's review (default 90). */
  unansweredRetentionDays?: number;
  now?: () => Date;
  /** See `Durability` in db.ts; `normal` unless told otherwise. */
  durability?: Durability;
  /**
   * Checkpoint the WAL from a worker thread (see checkpointer.ts) rather than inside commits.
   * For the long-running bot; short-lived CLI commands and tests do without.
   */
  backgroundCheckpoints?: boolean;
  /** The background checkpointer's timings (tests); its defaults otherwise. */
  checkpointTimings?: CheckpointerOptions;
  /** CLERK_USER_IDS and CLERK_COMPLAINTS_USER_IDS (see roles.ts); nobody if not given. */
  roles?: Partial<RoleConfig>;
}

/**
 * The Clerk's queue: one SQLite connection and the stores over its tables — requests with
 * their history and outbox (requests.ts), people, feedback, unanswered questions, channel
 * references, and retention across them all. This class only opens, closes and delegates, so
 * callers keep one object; a channel declares the part it uses with one of the views below.
 */
export class ClerkQueue {
  readonly outbox: OutboxStore;
  /** Present when opened with `backgroundCheckpoints`. */
  checkpointer?: BackgroundCheckpointer;

  /** Who is a Clerk and who receives complaints about the Clerk: the one rule (roles.ts). */
  readonly roles: Roles;
  private readonly requests: RequestStore;
  private readonly people: PeopleStore;
  private readonly feedback: FeedbackStore;
  private readonly unansweredStore: UnansweredStore;
  private readonly references: ChannelReferences;
  private readonly welcomes: WelcomeBook;
  private readonly retention: Retention;

  private constructor(
    private readonly db: Db,
    private readonly library: ProtocolLibrary,
    options: ClerkQueueOptions,
  ) {
    const now = options.now ?? (() => new Date());
    const sql = statementCache(db);
    const targets = {
      acknowledgeDays: options.ackTargetDays ?? DEFAULT_TARGETS.acknowledgeDays,
      resolveDays: options.resolveTargetDays ?? DEFAULT_TARGETS.resolveDays,
    };
    this.people = new PeopleStore(db, sql, now);
    this.roles = new Roles(this.people, {
      clerkIds: options.roles?.clerkIds ?? [],
      clerkComplaintsIds: options.roles?.clerkComplaintsIds ?? [],
      officerIds: options.roles?.officerIds ?? [],
    });
    this.requests = new RequestStore(db, sql, now, library, targets, this.people, this.roles);
    this.outbox = this.requests.outbox;
    this.feedback = new FeedbackStore(sql, now);
    this.unansweredStore = new UnansweredStore(db, sql, now, options.unansweredRetentionDays ?? 90);
    this.references = new ChannelReferences(sql, now, (id) => this.requests.requireRow(id));
    this.welcomes = new WelcomeBook(sql, now);
    this.retention = new Retention(db, sql, now, {
      requests: this.requests,
      people: this.people,
      feedback: this.feedback,
      unanswered: this.unansweredStore,
      welcomes: this.welcomes,
    });
  }

  static open(options: ClerkQueueOptions): ClerkQueue {
    const inBackground = Boolean(options.backgroundCheckpoints) && options.path !== ':memory:';
    const db = openDatabase(options.path, { durability: options.durability, checkpointsInBackground: inBackground });
    const queue = new ClerkQueue(db, options.library, options);
    try {
      // Retention is kept even when nobody runs `queue purge`: each start clears what expired.
      queue.purgeExpiredUnanswered();
      // A complaint about the Clerk waiting for someone to be configured reaches them once they are.
      queue.requests.notifyWaitingClerkComplaints();
      if (inBackground) {
        const checkpointer = new BackgroundCheckpointer(options.path, options.checkpointTimings);
        queue.checkpointer = checkpointer;
        // Every filing or change of a request writes a notification: it reaches the disk soon.
        queue.outbox.onAdded(() => checkpointer.written());
      }
    } catch (error) {
      queue.close();
      throw error;
    }
    return queue;
  }

  close(): void {
    this.checkpointer?.stop();
    if (this.db.open) this.db.close();
  }

  // Requests (requests.ts)
  readonly file: RequestStore['file'] = (...args) => this.requests.file(...args);
  readonly move: RequestStore['move'] = (...args) => this.requests.move(...args);
  readonly get: RequestStore['get'] = (...args) => this.requests.get(...args);
  readonly list: RequestStore['list'] = (...args) => this.requests.list(...args);
  readonly page: RequestStore['page'] = (...args) => this.requests.page(...args);
  readonly actsAsClerk: RequestStore['actsAsClerk'] = (...args) => this.requests.actsAsClerk(...args);
  readonly addressedToSomeone: RequestStore['addressedToSomeone'] = (...args) => this.requests.addressedToSomeone(...args);
  /** What a requester must be told beyond "filed" (a complaint about the Clerk that nobody is configured to receive), by the one rule. */
  readonly filedNotice = (request: ClerkRequest): string | undefined =>
    undeliverableNotice(request, this.roles.clerkComplaintsDeliverable, this.library.has(request.council) ? this.library.get(request.council).council.clerkTitle : undefined);

  // People (people.ts)
  readonly savePerson: PeopleStore['savePerson'] = (...args) => this.people.savePerson(...args);
  readonly person: PeopleStore['person'] = (...args) => this.people.person(...args);
  /** A user's role by the one rule: CLERK_USER_IDS, else the role the operator or a Clerk saved. */
  readonly roleOf: Roles['roleOf'] = (...args) => this.roles.roleOf(...args);
  /** A platform's view of roles (Slack user groups), consulted by the one rule. */
  readonly addRoleSource: Roles['addSource'] = (...args) => this.roles.addSource(...args);

  /** Everyone the queue knows, with the role saved for them and the role they have by the one rule. */
  listPeople(): Array<Person & { savedRole: Role; updatedAt: string }> {
    return this.people.list().map((row) => ({ userId: row.user_id, name: row.name, role: this.roles.roleOf(row.user_id), savedRole: row.role, updatedAt: row.updated_at }));
  }

  /** Forgets someone's saved name and role (their requests stay); false if they were not known. */
  removePerson(userId: string, by: Person | 'operator'): boolean {
    this.requireRoleSetter(userId, by);
    return this.people.remove(userId);
  }

  /**
   * Saves someone's role. Only the operator (the command line) or a Clerk may, and never for
   * themselves: Clerk rights come from the deployer or an existing Clerk. Returns the role they
   * now have by the one rule, which stays higher if a configured list says so, and whether the bot knew them before (a
   * role saved for an id nobody has used yet may be a mistyped id).
   */
  setRole(change: { userId: string; role: Role; name?: string }, by: Person | 'operator'): { person: Person; effective: Role; configured?: Role; wasKnown: boolean } {
    this.requireRoleSetter(change.userId, by);
    const known = this.people.person(change.userId);
    const person = validPerson({ userId: change.userId, name: change.name ?? known?.name ?? change.userId, role: change.role });
    this.people.savePerson(person);
    return { person, effective: this.roles.roleOf(person.userId), configured: this.roles.configuredRole(person.userId), wasKnown: known !== undefined };
  }

  private requireRoleSetter(target: string, by: Person | 'operator'): void {
    if (!/^(slack|teams|console):\S+$/.test(target)) {
      throw new QueueError('invalid', `"${target}" is not a user id: use the form slack:U123…, teams:<id> or console:<name>`);
    }
    if (by === 'operator') return;
    if (this.roles.roleOf(by.userId) !== 'clerk') throw new QueueError('forbidden', 'only a Clerk can change roles');
    if (by.userId === target) throw new QueueError('forbidden', 'nobody can change their own role: ask another Clerk, or whoever runs the bot');
  }

  // Feedback and unanswered questions (feedback.ts, unanswered.ts)
  readonly recordFeedback: FeedbackStore['recordFeedback'] = (...args) => this.feedback.recordFeedback(...args);
  readonly recordUnanswered: UnansweredStore['recordUnanswered'] = (...args) => this.unansweredStore.recordUnanswered(...args);
  readonly unanswered: UnansweredStore['unanswered'] = (...args) => this.unansweredStore.unanswered(...args);
  readonly purgeExpiredUnanswered: UnansweredStore['purgeExpiredUnanswered'] = () => this.unansweredStore.purgeExpiredUnanswered();

  // Channel references (references.ts)
  readonly setChannelPost: ChannelReferences['setChannelPost'] = (...args) => this.references.setChannelPost(...args);
  readonly channelPost: ChannelReferences['channelPost'] = (...args) => this.references.channelPost(...args);
  readonly setConversationReference: ChannelReferences['setConversationReference'] = (...args) =>
    this.references.setConversationReference(...args);
  readonly conversationReference: ChannelReferences['conversationReference'] = (...args) =>
    this.references.conversationReference(...args);

  // Welcomes said once per person (welcomes.ts)
  readonly claimWelcome: WelcomeBook['claimWelcome'] = (...args) => this.welcomes.claimWelcome(...args);
  readonly forgetWelcome: WelcomeBook['forgetWelcome'] = (...args) => this.welcomes.forgetWelcome(...args);

  // Retention and subject access (retention.ts)
  readonly purge: Retention['purge'] = (...args) => this.retention.purge(...args);
  readonly exportPerson: Retention['exportPerson'] = (...args) => this.retention.exportPerson(...args);

  /**
   * An online backup: consistent even while the bot is writing. The file must not exist yet
   * (a backup never overwrites another); it is created readable by its owner only.
   */
  async backup(destination: string): Promise<{ pages: number }> {
    fs.writeFileSync(destination, '', { flag: 'wx', mode: 0o600 });
    try {
      const result = await this.db.backup(destination);
      restrictToOwner(destination);
      return { pages: result.totalPages };
    } catch (error) {
      fs.rmSync(destination, { force: true });
      throw error;
    }
  }

  /** Runs SQL checks for tests and operators: `PRAGMA integrity_check` says "ok" when sound. */
  integrityCheck(): string {
    return this.db.pragma('integrity_check', { simple: true }) as string;
  }
}

/*
 * Narrow views: what each part of a channel may do with the queue. A channel is handed the
 * whole queue once, at start-up, and passes on only the view a module needs.
 */
/** Filing, reading and moving requests. */
export type RequestDesk = Pick<ClerkQueue, 'file' | 'get' | 'list' | 'page' | 'move' | 'actsAsClerk' | 'filedNotice'>;
/** Who someone is. */
export type PeopleDirectory = Pick<ClerkQueue, 'person' | 'savePerson' | 'roleOf' | 'setRole' | 'addRoleSource'>;
/** Where a channel posted a request and how to reach a conversation again. */
export type ReferenceBook = Pick<ClerkQueue, 'setChannelPost' | 'channelPost' | 'setConversationReference' | 'conversationReference'>;
/** Whom a channel has already welcomed. */
export type WelcomeMemory = Pick<ClerkQueue, 'claimWelcome' | 'forgetWelcome'>;
/** What the assistant's channels record about answers. */
export type AnswerLog = Pick<ClerkQueue, 'recordFeedback' | 'recordUnanswered'>;
/** Everything a chat channel uses: no retention, export, backup or outbox. */
export type ChannelQueue = RequestDesk & PeopleDirectory & ReferenceBook & AnswerLog & WelcomeMemory;
