/**
 * A bounded memo of a pure function: remembers at most `limit` results and, when full, forgets
 * the oldest first. Used on the per-message hot path, where the same text is read by several
 * stages (classification, the scope check, clause ranking) and the same words recur from one
 * message to the next; the bound keeps a long-running bot's memory flat whatever it is sent.
 */
export class BoundedMemo<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`a memo needs a limit of at least 1, not ${limit}`);
  }

  /** The remembered result for `key`, or `compute(key)`, remembered. */
  get(key: K, compute: (key: K) => V): V {
    const known = this.entries.get(key);
    if (known !== undefined || this.entries.has(key)) return known as V;
    const value = compute(key);
    if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value as K);
    this.entries.set(key, value);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * The same for the last few keys only (a message's texts), kept in two fixed arrays used as a
 * ring and searched newest first. Not a Map with the oldest deleted: a Map that forgets one key
 * per new text rebuilds its table again and again, each discarded table pointing at the next,
 * and once the first has been promoted to the old generation that chain (with every result it
 * held) survived every minor garbage collection until the next full one: ≈ 2 MB per minor
 * collection, most of its cost, on the bench messages.
 */
export class RecentMemo<V> {
  private readonly keys: (string | undefined)[];
  /**
   * Each slot's key length (-1 when empty), compared before the key: most slots hold texts of
   * other lengths, and a number compares far cheaper than a string (a string made by `+` must
   * be walked piece by piece).
   */
  private readonly lengths: Int32Array;
  private readonly values: (V | undefined)[];
  /** The slot the next new key is written to (the oldest once the ring is full). */
  private next = 0;

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`a memo needs a limit of at least 1, not ${limit}`);
    this.keys = new Array<string | undefined>(limit).fill(undefined);
    this.lengths = new Int32Array(limit).fill(-1);
    this.values = new Array<V | undefined>(limit).fill(undefined);
  }

  /** The remembered result for `key`, or `compute(key)`, remembered. */
  get(key: string, compute: (key: string) => V): V {
    const at = this.slotOf(key);
    if (at >= 0) return this.values[at] as V;
    const value = compute(key);
    this.add(key, value);
    return value;
  }

  /** The remembered result for `key`, or undefined: for a memo whose results are never undefined. */
  find(key: string): V | undefined {
    const at = this.slotOf(key);
    return at >= 0 ? this.values[at] : undefined;
  }

  /** The slot remembering `key`, newest first, or -1. */
  private slotOf(key: string): number {
    const { keys, lengths, limit } = this;
    const length = key.length;
    for (let n = 0, at = this.next; n < limit; n++) {
      at = at === 0 ? limit - 1 : at - 1;
      if (lengths[at] === length && keys[at] === key) return at;
    }
    return -1;
  }

  /** Remembers `value` for `key` (not already remembered), in the oldest slot. */
  add(key: string, value: V): void {
    const at = this.next;
    this.keys[at] = key;
    this.lengths[at] = key.length;
    this.values[at] = value;
    this.next = at + 1 === this.limit ? 0 : at + 1;
  }

  /** How many keys are remembered. */
  get size(): number {
    let count = 0;
    for (const key of this.keys) if (key !== undefined) count++;
    return count;
  }
}

/** The hash `SpanMemo` keys a run by: FNV-1a over its character codes, from `SPAN_HASH_START`. */
export const SPAN_HASH_START = 0x811c9dc5 | 0;
export const spanHash = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193);

/** Slots a new `SpanMemo` starts with (a power of two); it doubles them as it fills. */
const SPAN_MEMO_SLOTS = 1024;

/**
 * A bounded memo keyed by a run of characters inside a longer string (a token inside its text),
 * found without cutting the run out: the caller hashes the run's characters as it scans them
 * (`spanHash`), and the memo compares the run with a candidate key character by character. Only a
 * run met for the first time is cut out, to compute its value. An open-addressing table at most
 * half full; past `limit` keys it forgets them all at once, so a long-running process's memory
 * stays flat whatever it reads.
 */
export class SpanMemo<V> {
  private keys: (string | undefined)[] = [];
  private hashes = new Int32Array(0);
  private values: (V | undefined)[] = [];
  private mask = 0;
  private count = 0;

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`a memo needs a limit of at least 1, not ${limit}`);
    this.allocate(SPAN_MEMO_SLOTS);
  }

  /** The value remembered for `text.slice(start, end)`, whose `spanHash` is `hash`, or `compute(key)`, remembered. */
  get(text: string, start: number, end: number, hash: number, compute: (key: string) => V): V {
    const { keys, hashes, mask } = this;
    const length = end - start;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const key = keys[at];
      if (key === undefined) break;
      if (hashes[at] === hash && key.length === length && sameRun(key, text, start)) return this.values[at] as V;
    }
    const key = text.slice(start, end);
    const value = compute(key);
    this.add(key, hash, value);
    return value;
  }

  /** How many keys are remembered. */
  get size(): number {
    return this.count;
  }

  private add(key: string, hash: number, value: V): void {
    if (this.count >= this.limit) this.allocate(SPAN_MEMO_SLOTS);
    else if (2 * (this.count + 1) > this.keys.length) this.grow();
    this.place(key, hash, value);
    this.count++;
  }

  private place(key: string, hash: number, value: V): void {
    let at = hash & this.mask;
    while (this.keys[at] !== undefined) at = (at + 1) & this.mask;
    this.keys[at] = key;
    this.hashes[at] = hash;
    this.values[at] = value;
  }

  private allocate(slots: number): void {
    this.keys = new Array<string | undefined>(slots).fill(undefined);
    this.hashes = new Int32Array(slots);
    this.values = new Array<V | undefined>(slots).fill(undefined);
    this.mask = slots - 1;
    this.count = 0;
  }

  private grow(): void {
    const { keys, hashes, values } = this;
    this.allocate(keys.length * 2);
    for (let at = 0; at < keys.length; at++) {
      const key = keys[at];
      if (key !== undefined) {
        this.place(key, hashes[at], values[at] as V);
        this.count++;
      }
    }
  }
}

/** Whether `text` has `key` at `start` (the caller has checked that it is long enough). */
function sameRun(key: string, text: string, start: number): boolean {
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
