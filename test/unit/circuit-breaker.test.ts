import { CircuitBreaker, type BreakerChange } from '../../gateway/circuit-breaker';

const SETTINGS = { failureRatio: 0.5, minimumFetches: 4, windowMs: 10_000, coolDownMs: 5_000 };

function breaker() {
  let now = 1_000_000;
  const changes: BreakerChange[] = [];
  const subject = new CircuitBreaker('esdm', SETTINGS, (change) => changes.push(change), () => now);
  return { subject, changes, advance: (ms: number) => (now += ms) };
}

describe('a subgraph circuit breaker', () => {
  it('stays closed until enough fetches were counted, then opens at the failure ratio', () => {
    const { subject, changes } = breaker();
    for (const failed of [true, true, true]) {
      expect(subject.allow()).toBe(true);
      subject.record(failed);
    }
    // Three failures of three: too few fetches to judge.
    expect(subject.report()).toEqual({ state: 'closed' });
    subject.record(false);
    expect(subject.report().state).toBe('open');
    expect(changes).toEqual([{ subgraph: 'esdm', from: 'closed', to: 'open', failures: 3, fetches: 4 }]);
  });

  it('stays closed below the ratio, and forgets outcomes older than its window', () => {
    const { subject } = breaker();
    for (const failed of [true, false, false, false, false]) subject.record(failed);
    expect(subject.report().state).toBe('closed');
    for (const failed of [true, true, true]) subject.record(failed);
    expect(subject.report().state).toBe('open');
    const fresh = breaker();
    for (const failed of [true, true, true]) fresh.subject.record(failed);
    fresh.advance(10_001);
    fresh.subject.record(true);
    expect(fresh.subject.report().state).toBe('closed');
  });

  it('counts exactly the outcomes of its window however many it holds, as they come and expire', () => {
    const { subject, changes, advance } = breaker();
    // 6,000 successes over 6 s, then 5,000 failures over the next 5 s: at the end the window
    // (the last 10 s) holds 5,000 successes and 5,000 failures, exactly the ratio.
    for (let n = 0; n < 6000; n++) {
      subject.record(false);
      advance(1);
    }
    for (let n = 0; n < 4999; n++) {
      subject.record(true);
      advance(1);
    }
    expect(subject.report().state).toBe('closed');
    subject.record(true);
    expect(subject.report().state).toBe('open');
    expect(changes).toEqual([{ subgraph: 'esdm', from: 'closed', to: 'open', failures: 5000, fetches: 10000 }]);
  });

  it('fails fetches at once while open, lets one probe through after its cool-down, and closes on its success', () => {
    const { subject, changes, advance } = breaker();
    for (let i = 0; i < 4; i += 1) subject.record(true);
    expect(subject.allow()).toBe(false);
    expect(subject.secondsToProbe()).toBe(5);
    advance(4_999);
    expect(subject.allow()).toBe(false);
    advance(1);
    expect(subject.allow()).toBe(true);
    expect(subject.report()).toEqual({ state: 'half-open' });
    // One probe at a time.
    expect(subject.allow()).toBe(false);
    subject.record(false);
    expect(subject.report()).toEqual({ state: 'closed' });
    expect(subject.allow()).toBe(true);
    expect(changes.map((change) => change.to)).toEqual(['open', 'half-open', 'closed']);
  });

  it('opens again for another cool-down when the probe fails', () => {
    const { subject, advance } = breaker();
    for (let i = 0; i < 4; i += 1) subject.record(true);
    advance(5_000);
    expect(subject.allow()).toBe(true);
    subject.record(true);
    expect(subject.report()).toEqual({ state: 'open', retryAt: new Date(1_000_000 + 5_000 + 5_000).toISOString() });
    expect(subject.allow()).toBe(false);
  });
});
