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
