// Throttling in process memory. FailureThrottle counts events per key in a sliding window and
// blocks the key past a limit (the public form's limits use it too). LoginThrottle puts three of
// those ideas together so that wrong passwords slow the guesser down without locking the
// account's owner out: the delays grow per (account, client address) pair, the address has its
// own limit across accounts, and the account a ceiling that only a great many addresses reach.
import net from 'node:net';

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

export interface LoginLimits {
  /** Failures of one account from one address that cost no wait. */
  pairFree: number;
  /** The wait after the first failure past those; each further failure doubles it… */
  pairFirstDelayMs: number;
  /** …up to this. */
  pairMaxDelayMs: number;
  /** A pair's failures are forgotten this long after its last one (or at a correct password). */
  pairForgetMs: number;
  /** Failures from one address across all accounts. */
  perAddress: ThrottleOptions;
  /** Failures for one account from all addresses: the ceiling against many addresses at once. */
  perAccount: ThrottleOptions;
}

/**
 * One address gets 3 tries at an account free, then waits 5 s, 10 s, 20 s … up to 15 min between
 * tries: 13 guesses in the first hour, 4 an hour after. 20 failures in 15 minutes block an
 * address for every account. 300 failures in an hour block the account, for which two dozen
 * addresses or more must guess at it together.
 */
export const LOGIN_LIMITS: LoginLimits = {
  pairFree: 3,
  pairFirstDelayMs: 5_000,
  pairMaxDelayMs: 15 * 60_000,
  pairForgetMs: 24 * 3600_000,
  perAddress: { limit: 20, windowMs: 15 * 60_000 },
  perAccount: { limit: 300, windowMs: 60 * 60_000 },
};

/**
 * The part of a client address one party controls: an IPv4 address, or the /64 prefix of an IPv6
 * address (one connection usually has a whole /64 to pick addresses from).
 */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  const bare = address.replace(/%.*$/, '');
  if (!net.isIPv6(bare)) return address;
  const groups = (part: string) => (part ? part.split(':').flatMap((g) => (g.includes('.') ? ['0', '0'] : [g])) : []);
  const [head = '', tail] = bare.split('::');
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const full = [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return `${full.slice(0, 4).map((g) => parseInt(g, 16).toString(16)).join(':')}::/64`;
}

interface PairState {
  failures: number;
  last: number;
}

export class LoginThrottle {
  private pairs = new Map<string, PairState>();
  private addresses: FailureThrottle;
  private accounts: FailureThrottle;

  constructor(private limits: LoginLimits = LOGIN_LIMITS, private now: () => number = Date.now) {
    this.addresses = new FailureThrottle(limits.perAddress, now);
    this.accounts = new FailureThrottle(limits.perAccount, now);
  }

  /** The wait a pair owes after this many failures. */
  pairDelayMs(failures: number): number {
    const { pairFree, pairFirstDelayMs, pairMaxDelayMs } = this.limits;
    if (failures < pairFree) return 0;
    return Math.min(pairMaxDelayMs, pairFirstDelayMs * 2 ** (failures - pairFree));
  }

  private pair(key: string): PairState | undefined {
    const p = this.pairs.get(key);
    if (p && this.now() - p.last > this.limits.pairForgetMs) {
      this.pairs.delete(key);
      return undefined;
    }
    return p;
  }

  /** Seconds this address must wait before it may try this account again; 0 when it may now. */
  retryAfter(account: string, address: string): number {
    const addr = addressKey(address);
    const p = this.pair(`${account}\n${addr}`);
    const pairWait = p ? Math.ceil(Math.max(0, p.last + this.pairDelayMs(p.failures) - this.now()) / 1000) : 0;
    return Math.max(pairWait, this.addresses.retryAfter(addr), this.accounts.retryAfter(account));
  }

  failed(account: string, address: string) {
    const addr = addressKey(address);
    const key = `${account}\n${addr}`;
    const failures = (this.pair(key)?.failures ?? 0) + 1;
    // Deleted and set again, so the map stays in order of last failure for the sweep.
    this.pairs.delete(key);
    this.pairs.set(key, { failures, last: this.now() });
    if (this.pairs.size > 100_000) this.sweep();
    this.addresses.fail(addr);
    this.accounts.fail(account);
  }

  /**
   * A correct password clears its pair only: the address's count stays (an attacker's own account
   * must not clear it), and so does the account's (it only ever counts a crowd of addresses).
   */
  succeeded(account: string, address: string) {
    this.pairs.delete(`${account}\n${addressKey(address)}`);
  }

  /** Forgets pairs past their time, and the oldest while there are still too many. */
  private sweep() {
    for (const key of [...this.pairs.keys()]) this.pair(key);
    for (const key of this.pairs.keys()) {
      if (this.pairs.size <= 50_000) break;
      this.pairs.delete(key);
    }
  }
}
