// Login throttling: failed attempts counted per account and per IP in a sliding window.
// After the limit, further attempts get 429 with Retry-After until the window has passed.
export interface ThrottleOptions {
  limit: number;
  windowMs: number;
}

export class FailureThrottle {
  private hits = new Map<string, number[]>();
  constructor(private opts: ThrottleOptions, private now: () => number = Date.now) {}

  private recent(key: string): number[] {
    const since = this.now() - this.opts.windowMs;
    const list = (this.hits.get(key) ?? []).filter((ts) => ts > since);
    if (list.length) this.hits.set(key, list);
    else this.hits.delete(key);
    return list;
  }

  /** Seconds to wait when the key is blocked, else 0. */
  retryAfter(key: string): number {
    const list = this.recent(key);
    if (list.length < this.opts.limit) return 0;
    const oldest = list[list.length - this.opts.limit]!;
    return Math.max(1, Math.ceil((oldest + this.opts.windowMs - this.now()) / 1000));
  }

  fail(key: string) {
    const list = this.recent(key);
    list.push(this.now());
    this.hits.set(key, list);
    if (this.hits.size > 100_000) this.sweep();
  }

  reset(key: string) {
    this.hits.delete(key);
  }

  private sweep() {
    for (const key of [...this.hits.keys()]) this.recent(key);
  }
}
