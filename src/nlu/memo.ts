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
