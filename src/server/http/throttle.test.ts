// The login throttle's arithmetic with a clock the test moves: growing waits per pair, the
// address limit, the account ceiling, forgetting, and the IPv6 prefix.
import { describe, expect, it } from 'vitest';
import { addressKey, LOGIN_LIMITS, LoginThrottle } from './throttle.ts';

function setup() {
  const clock = { now: 1_000_000 };
  const throttle = new LoginThrottle(LOGIN_LIMITS, () => clock.now);
  const wait = (s: number) => (clock.now += s * 1000);
  return { throttle, wait, clock };
}

describe('LoginThrottle', () => {
  it('lets an address try an account three times, then doubles its wait up to 15 minutes', () => {
    const { throttle, wait } = setup();
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      expect(throttle.retryAfter('anna@x.se', '203.0.113.1')).toBe(0);
      throttle.failed('anna@x.se', '203.0.113.1');
    }
    for (let i = 0; i < 10; i++) {
      const w = throttle.retryAfter('anna@x.se', '203.0.113.1');
      waits.push(w);
      wait(w - 1);
      expect(throttle.retryAfter('anna@x.se', '203.0.113.1')).toBe(1); // a second early is still too early
      wait(1);
      expect(throttle.retryAfter('anna@x.se', '203.0.113.1')).toBe(0);
      throttle.failed('anna@x.se', '203.0.113.1');
    }
    expect(waits).toEqual([5, 10, 20, 40, 80, 160, 320, 640, 900, 900]);
  });

  it('keeps other addresses of the same account, and the same address for other accounts, free', () => {
    const { throttle } = setup();
    for (let i = 0; i < 5; i++) throttle.failed('anna@x.se', '203.0.113.1');
    expect(throttle.retryAfter('anna@x.se', '203.0.113.1')).toBe(20);
    expect(throttle.retryAfter('anna@x.se', '198.51.100.7')).toBe(0);
    expect(throttle.retryAfter('bo@x.se', '203.0.113.1')).toBe(0);
  });

  it('clears a pair at a correct password, and forgets it a day after its last failure', () => {
    const { throttle, wait } = setup();
    for (let i = 0; i < 4; i++) throttle.failed('anna@x.se', '203.0.113.1');
    expect(throttle.retryAfter('anna@x.se', '203.0.113.1')).toBe(10);
    throttle.succeeded('anna@x.se', '203.0.113.1');
    expect(throttle.retryAfter('anna@x.se', '203.0.113.1')).toBe(0);
    for (let i = 0; i < 3; i++) throttle.failed('anna@x.se', '203.0.113.1');
    wait(24 * 3600 + 1);
    throttle.failed('anna@x.se', '203.0.113.1');
    expect(throttle.retryAfter('anna@x.se', '203.0.113.1')).toBe(0); // the first failure of a new day
  });

  it('blocks an address after 20 failures in 15 minutes across accounts', () => {
    const { throttle, wait } = setup();
    for (let i = 0; i < 20; i++) throttle.failed(`user${i}@x.se`, '203.0.113.1');
    const w = throttle.retryAfter('new@x.se', '203.0.113.1');
    expect(w).toBe(15 * 60);
    expect(throttle.retryAfter('new@x.se', '203.0.113.2')).toBe(0);
    wait(w);
    expect(throttle.retryAfter('new@x.se', '203.0.113.1')).toBe(0);
  });

  it('blocks an account only past 300 failures in an hour, whatever the address', () => {
    const { throttle } = setup();
    for (let i = 0; i < 299; i++) throttle.failed('anna@x.se', `10.0.${Math.floor(i / 3)}.${i % 3}`);
    expect(throttle.retryAfter('anna@x.se', '192.0.2.1')).toBe(0);
    throttle.failed('anna@x.se', '10.0.200.1');
    expect(throttle.retryAfter('anna@x.se', '192.0.2.1')).toBe(3600);
  });

  it('counts an IPv6 client by its /64 and an IPv4-mapped one by its IPv4 address', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002:ffff:1:2:3')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('::ffff:192.0.2.4')).toBe('192.0.2.4');
    expect(addressKey('192.0.2.4')).toBe('192.0.2.4');
    expect(addressKey('local')).toBe('local');
    const { throttle } = setup();
    for (let i = 0; i < 3; i++) throttle.failed('anna@x.se', `2001:db8:1:2::${i + 1}`);
    expect(throttle.retryAfter('anna@x.se', '2001:db8:1:2::99')).toBe(5);
  });
});
