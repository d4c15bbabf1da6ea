import { DEFAULT_RESTART_POLICY, RestartPolicy } from '../../scripts/lib/restart-policy';

const READY = 1_000;
const BEFORE_READY = undefined;

describe('the restart policy', () => {
  it('is 0.5 s doubling to 10 s, five failed starts in a row, 30 s up counts as healthy', () => {
    expect(DEFAULT_RESTART_POLICY).toEqual({ initialDelayMs: 500, maxDelayMs: 10_000, maxStartFailures: 5, stableAfterMs: 30_000 });
  });

  it('doubles the wait from 0.5 s and gives up at the fifth exit in a row before ready', () => {
    const policy = new RestartPolicy();
    expect(policy.onExit(READY)).toEqual({ restart: true, delayMs: 500, crashes: 1, startFailures: 0 });
    expect([1, 2, 3, 4].map(() => policy.onExit(BEFORE_READY))).toEqual([
      { restart: true, delayMs: 1_000, crashes: 2, startFailures: 1 },
      { restart: true, delayMs: 2_000, crashes: 3, startFailures: 2 },
      { restart: true, delayMs: 4_000, crashes: 4, startFailures: 3 },
      { restart: true, delayMs: 8_000, crashes: 5, startFailures: 4 },
    ]);
    expect(policy.onExit(BEFORE_READY)).toEqual({ restart: false, crashes: 6, startFailures: 5 });
  });

  it('never waits more than 10 s, and keeps restarting a process that becomes ready each time', () => {
    const policy = new RestartPolicy();
    const delays = Array.from({ length: 8 }, () => policy.onExit(READY)).map((d) => (d.restart ? d.delayMs : 'gave up'));
    expect(delays).toEqual([500, 1_000, 2_000, 4_000, 8_000, 10_000, 10_000, 10_000]);
  });

  it('ends a row of failed starts when the process becomes ready', () => {
    const policy = new RestartPolicy();
    for (let i = 0; i < 4; i++) expect(policy.onExit(BEFORE_READY).restart).toBe(true);
    // Ready for a second, then crashed: the row is over, though the wait keeps growing.
    expect(policy.onExit(READY)).toEqual({ restart: true, delayMs: 8_000, crashes: 5, startFailures: 0 });
    for (let i = 0; i < 4; i++) expect(policy.onExit(BEFORE_READY).restart).toBe(true);
    expect(policy.onExit(BEFORE_READY).restart).toBe(false);
  });

  it('starts the wait over after the process had been ready for 30 s', () => {
    const policy = new RestartPolicy();
    for (let i = 0; i < 4; i++) policy.onExit(READY);
    expect(policy.onExit(29_999)).toMatchObject({ delayMs: 8_000, crashes: 5 });
    expect(policy.onExit(30_000)).toEqual({ restart: true, delayMs: 500, crashes: 1, startFailures: 0 });
  });

  it('takes its numbers from the options', () => {
    const policy = new RestartPolicy({ initialDelayMs: 100, maxDelayMs: 300, maxStartFailures: 2, stableAfterMs: 1_000 });
    expect([policy.onExit(READY), policy.onExit(BEFORE_READY), policy.onExit(1_000), policy.onExit(BEFORE_READY), policy.onExit(BEFORE_READY)]).toEqual([
      { restart: true, delayMs: 100, crashes: 1, startFailures: 0 },
      { restart: true, delayMs: 200, crashes: 2, startFailures: 1 },
      { restart: true, delayMs: 100, crashes: 1, startFailures: 0 },
      { restart: true, delayMs: 200, crashes: 2, startFailures: 1 },
      { restart: false, crashes: 3, startFailures: 2 },
    ]);
  });
});
