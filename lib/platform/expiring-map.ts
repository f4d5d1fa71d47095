/**
 * A bounded map whose entries each stop counting at their own time (`until`,
 * ms); when full, the oldest entry goes first. For results worth keeping for
 * a while but never past the moment they would be wrong (verified tokens,
 * signed tokens).
 */
export class ExpiringMap<K, V> {
  private readonly entries = new Map<K, { value: V; until: number }>();

  constructor(
    private readonly max: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: K): V | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.until > this.now()) return hit.value;
    this.entries.delete(key);
    return undefined;
  }

  /** Keeps `value` until `until`; a time already past keeps nothing. */
  set(key: K, value: V, until: number): void {
    this.entries.delete(key);
    if (until <= this.now()) return;
    // A Map iterates in insertion order: the first key is the oldest.
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value as K);
    this.entries.set(key, { value, until });
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
