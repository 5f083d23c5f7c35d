import fs from 'node:fs';
import type { ProtocolLibrary } from '../protocols/library';
import { BackgroundCheckpointer } from './checkpointer';
import { Db, Durability, openDatabase, restrictToOwner } from './db';
import { DEFAULT_TARGETS } from './due';
import { FeedbackStore } from './feedback';
import type { OutboxStore } from './outbox-store';
import { PeopleStore } from './people';
import { ChannelReferences } from './references';
import { RequestStore } from './requests';
import { RoleConfig, Roles } from './roles';
import { Retention } from './retention';
import { statementCache } from './statements';
import { UnansweredStore } from './unanswered';

export type { FeedbackRecord } from './feedback';
export type { RequestWithHistory } from './requests';
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
  private readonly retention: Retention;

  private constructor(
    private readonly db: Db,
    library: ProtocolLibrary,
    options: ClerkQueueOptions,
  ) {
    const now = options.now ?? (() => new Date());
    const sql = statementCache(db);
    const targets = {
      acknowledgeDays: options.ackTargetDays ?? DEFAULT_TARGETS.acknowledgeDays,
      resolveDays: options.resolveTargetDays ?? DEFAULT_TARGETS.resolveDays,
    };
    this.people = new PeopleStore(db, sql, now);
    this.roles = new Roles(this.people, { clerkIds: options.roles?.clerkIds ?? [], clerkComplaintsIds: options.roles?.clerkComplaintsIds ?? [] });
    this.requests = new RequestStore(db, sql, now, library, targets, this.people, this.roles);
    this.outbox = this.requests.outbox;
    this.feedback = new FeedbackStore(sql, now);
    this.unansweredStore = new UnansweredStore(db, sql, now, options.unansweredRetentionDays ?? 90);
    this.references = new ChannelReferences(sql, now, (id) => this.requests.requireRow(id));
    this.retention = new Retention(db, sql, now, {
      requests: this.requests,
      people: this.people,
      feedback: this.feedback,
      unanswered: this.unansweredStore,
    });
  }

  static open(options: ClerkQueueOptions): ClerkQueue {
    const inBackground = Boolean(options.backgroundCheckpoints) && options.path !== ':memory:';
    const db = openDatabase(options.path, { durability: options.durability, checkpointsInBackground: inBackground });
    const queue = new ClerkQueue(db, options.library, options);
    try {
      // Retention is kept even when nobody runs `queue purge`: each start clears what expired.
      queue.purgeExpiredUnanswered();
      if (inBackground) queue.checkpointer = new BackgroundCheckpointer(options.path);
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
  readonly actsAsClerk: RequestStore['actsAsClerk'] = (...args) => this.requests.actsAsClerk(...args);

  // People (people.ts)
  readonly savePerson: PeopleStore['savePerson'] = (...args) => this.people.savePerson(...args);
  readonly person: PeopleStore['person'] = (...args) => this.people.person(...args);
  /** A user's role by the one rule: CLERK_USER_IDS, else the role the operator or a Clerk saved. */
  readonly roleOf: Roles['roleOf'] = (...args) => this.roles.roleOf(...args);

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
export type RequestDesk = Pick<ClerkQueue, 'file' | 'get' | 'list' | 'move' | 'actsAsClerk'>;
/** Who someone is. */
export type PeopleDirectory = Pick<ClerkQueue, 'person' | 'savePerson' | 'roleOf'>;
/** Where a channel posted a request and how to reach a conversation again. */
export type ReferenceBook = Pick<ClerkQueue, 'setChannelPost' | 'channelPost' | 'setConversationReference' | 'conversationReference'>;
/** What the assistant's channels record about answers. */
export type AnswerLog = Pick<ClerkQueue, 'recordFeedback' | 'recordUnanswered'>;
/** Everything a chat channel uses: no retention, export, backup or outbox. */
export type ChannelQueue = RequestDesk & PeopleDirectory & ReferenceBook & AnswerLog;
