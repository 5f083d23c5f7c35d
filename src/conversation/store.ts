import type { ThreadContext } from './context';

/** How long a thread is remembered after its last turn. */
export const IDLE_EXPIRY_MS = 30 * 60 * 1000;
/** A bound on memory: beyond this many live threads the least recently used is forgotten. */
const MAX_THREADS = 20_000;

/** Where threads' contexts live. One interface so a shared store could replace the memory one. */
export interface ContextStore {
  get(key: string): ThreadContext | undefined;
  set(key: string, context: ThreadContext): void;
  delete(key: string): void;
  /** How many threads are remembered now (for logs and tests). */
  readonly size: number;
}

/**
 * Threads' contexts in this process's memory, forgotten after `idleMs` without a turn. Memory,
 * not SQLite, on purpose: a context holds no one's identity and no message text, is worth
 * nothing after half an hour, and losing it on a restart only means the next follow-up is read
 * as a question on its own (see docs/conversation.md).
 */
export class MemoryContextStore implements ContextStore {
  private readonly threads = new Map<string, ThreadContext>();

  constructor(
    private readonly idleMs = IDLE_EXPIRY_MS,
    private readonly now: () => number = Date.now,
    private readonly maxThreads = MAX_THREADS,
  ) {}

  get(key: string): ThreadContext | undefined {
    const context = this.threads.get(key);
    if (!context) return undefined;
    if (this.now() - context.updatedAt > this.idleMs) {
      this.threads.delete(key);
      return undefined;
    }
    return context;
  }

  set(key: string, context: ThreadContext): void {
    // Re-inserting keeps the Map in order of last use, so the first entry is the stalest.
    this.threads.delete(key);
    this.threads.set(key, context);
    if (this.threads.size > this.maxThreads) this.sweep();
  }

  delete(key: string): void {
    this.threads.delete(key);
  }

  get size(): number {
    return this.threads.size;
  }

  private sweep(): void {
    const cutoff = this.now() - this.idleMs;
    for (const [key, context] of this.threads) {
      if (context.updatedAt < cutoff || this.threads.size > this.maxThreads) this.threads.delete(key);
      else break;
    }
  }
}
