import { supervise, type Instance, type SupervisedUnit, type Supervisor } from '../../scripts/lib/supervisor';

/** A process that ends when told to, or when the test crashes it. */
class FakeProcess implements Instance {
  readonly exited: Promise<string>;
  private end!: (how: string) => void;
  constructor(
    readonly pid: number,
    private readonly stops: string[],
    private readonly name: string,
  ) {
    this.exited = new Promise((resolve) => (this.end = resolve));
  }
  crash(how = 'signal SIGKILL'): void {
    this.end(how);
  }
  stop = async (): Promise<void> => {
    this.stops.push(`${this.name} ${this.pid}`);
    this.end('code 0');
  };
}

type Outcome = 'ready' | 'exits';

/**
 * A unit whose copies take 100 ms to start; each start takes the next outcome of `outcomes`
 * (ready when none is left). Records when each start began, in the fake clock's time.
 */
function fakeUnit(name: string, firstPid: number, stops: string[], outcomes: Outcome[] = []) {
  let pid = firstPid;
  const starts: number[] = [];
  const copies: FakeProcess[] = [];
  const running = new FakeProcess(pid++, stops, name);
  copies.push(running);
  const unit: SupervisedUnit = {
    name,
    logFile: `logs/${name}.log`,
    readyUrl: `http://${name}/health/ready`,
    running,
    start: (signal) => {
      starts.push(Date.now());
      const outcome = outcomes.shift() ?? 'ready';
      return new Promise<Instance>((resolve, reject) => {
        const timer = setTimeout(() => {
          if (outcome === 'exits') return reject(new Error('exited (code 1) before it was ready'));
          const copy = new FakeProcess(pid++, stops, name);
          copies.push(copy);
          resolve(copy);
        }, 100);
        signal.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(new Error('stopped while starting'));
        });
      });
    },
  };
  return { unit, starts, copies, latest: () => copies[copies.length - 1]! };
}

describe('the supervisor', () => {
  let t0: number;
  let lines: string[];
  let stops: string[];
  let gaveUp: string[];
  let supervisor: Supervisor | undefined;
  const options = () => ({ log: (line: string) => lines.push(line), onGiveUp: (reason: string) => gaveUp.push(reason) });
  const at = (times: number[]) => times.map((t) => t - t0);

  beforeEach(() => {
    jest.useFakeTimers({ now: 1_000_000 });
    t0 = Date.now();
    lines = [];
    stops = [];
    gaveUp = [];
  });
  afterEach(async () => {
    await supervisor?.stop();
    supervisor = undefined;
    jest.useRealTimers();
  });

  it('restarts the crashed process alone after 0.5 s, says so, and says when it is back', async () => {
    const a = fakeUnit('a', 100, stops);
    const b = fakeUnit('b', 200, stops);
    supervisor = supervise([a.unit, b.unit], options());
    a.latest().crash();
    await jest.advanceTimersByTimeAsync(0);
    expect(lines).toEqual(['a exited unexpectedly (signal SIGKILL); its log: logs/a.log. Restarting it in 0.5 s.']);
    expect(supervisor.current('a')).toBeUndefined();
    await jest.advanceTimersByTimeAsync(499);
    expect(a.starts).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(at(a.starts)).toEqual([500]);
    await jest.advanceTimersByTimeAsync(100);
    expect(lines[1]).toBe('a is back: ready at http://a/health/ready (pid 101, restart 1).');
    expect(supervisor.current('a')?.pid).toBe(101);
    expect(supervisor.restarts('a')).toBe(1);
    // The other one was left alone.
    expect([b.starts, supervisor.current('b')?.pid, supervisor.restarts('b'), stops]).toEqual([[], 200, 0, []]);
  });

  it('restarts a process on purpose at once, every time, without counting it as a crash', async () => {
    const a = fakeUnit('a', 100, stops, ['ready', 'exits']);
    const b = fakeUnit('b', 200, stops);
    supervisor = supervise([a.unit, b.unit], options());
    for (let edit = 1; edit <= 3; edit++) {
      const restarting = supervisor.restart('a', `a.ts changed (${edit})`);
      await jest.advanceTimersByTimeAsync(0);
      await expect(restarting).resolves.toBe(true);
      // A second request while it restarts is refused: the copy that is coming has the change.
      await expect(supervisor.restart('a', 'again')).resolves.toBe(false);
      await jest.advanceTimersByTimeAsync(100);
      if (edit === 2) await jest.advanceTimersByTimeAsync(600);
    }
    // No backoff for the planned starts (at 0, 100 and 800 ms); the start that failed waits 0.5 s like a crash.
    expect(at(a.starts)).toEqual([0, 100, 700, 800]);
    expect(lines).toEqual([
      'a restarting: a.ts changed (1).',
      'a is back: ready at http://a/health/ready (pid 101, restart 1).',
      'a restarting: a.ts changed (2).',
      'a exited (code 1) before it was ready (failed start 1 of 5 in a row); its log: logs/a.log. Restarting it in 0.5 s.',
      'a is back: ready at http://a/health/ready (pid 102, restart 2).',
      'a restarting: a.ts changed (3).',
      'a is back: ready at http://a/health/ready (pid 103, restart 3).',
    ]);
    expect(stops).toEqual(['a 100', 'a 101', 'a 102']);
    expect([b.starts, supervisor.current('b')?.pid]).toEqual([[], 200]);
  });

  it('names our own output when the process has no log file', async () => {
    const a = fakeUnit('a', 100, stops);
    delete a.unit.logFile;
    supervisor = supervise([a.unit], options());
    a.latest().crash('code 134');
    await jest.advanceTimersByTimeAsync(0);
    expect(lines).toEqual(['a exited unexpectedly (code 134); its output is above. Restarting it in 0.5 s.']);
  });

  it('gives up at the fifth failed start in a row, after waits of 0.5, 1, 2, 4 and 8 s, and restarts nothing after', async () => {
    const a = fakeUnit('a', 100, stops, ['exits', 'exits', 'exits', 'exits', 'exits']);
    const b = fakeUnit('b', 200, stops);
    supervisor = supervise([a.unit, b.unit], options());
    a.latest().crash();
    await jest.advanceTimersByTimeAsync(15_999);
    expect(gaveUp).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    // Each start takes 100 ms to fail: 500 + 100 + 1000 + 100 + 2000 + 100 + 4000 + 100 + 8000 = 15,900.
    expect(at(a.starts)).toEqual([500, 1_600, 3_700, 7_800, 15_900]);
    expect(gaveUp).toEqual(['a keeps crashing at start']);
    expect(lines).toEqual([
      'a exited unexpectedly (signal SIGKILL); its log: logs/a.log. Restarting it in 0.5 s.',
      'a exited (code 1) before it was ready (failed start 1 of 5 in a row); its log: logs/a.log. Restarting it in 1 s.',
      'a exited (code 1) before it was ready (failed start 2 of 5 in a row); its log: logs/a.log. Restarting it in 2 s.',
      'a exited (code 1) before it was ready (failed start 3 of 5 in a row); its log: logs/a.log. Restarting it in 4 s.',
      'a exited (code 1) before it was ready (failed start 4 of 5 in a row); its log: logs/a.log. Restarting it in 8 s.',
      'a exited (code 1) before it was ready (failed start 5 of 5 in a row); its log: logs/a.log. Giving up on it.',
    ]);
    expect(supervisor.current('a')).toBeUndefined();
    // Once given up, a crash of another process is not restarted either: everything is about to stop.
    b.latest().crash();
    await jest.advanceTimersByTimeAsync(60_000);
    expect([b.starts, gaveUp.length, lines.length]).toEqual([[], 1, 6]);
  });

  it('keeps restarting a process that becomes ready each time, waiting at most 10 s', async () => {
    const a = fakeUnit('a', 100, stops);
    supervisor = supervise([a.unit], options());
    for (let i = 0; i < 8; i++) {
      a.latest().crash();
      // Long enough for the longest wait and the start; short of 30 s up, which would start the waits over.
      await jest.advanceTimersByTimeAsync(10_100);
    }
    const waits = lines.filter((l) => l.includes('Restarting')).map((l) => /in ([\d.]+ s)/.exec(l)![1]);
    expect(waits).toEqual(['0.5 s', '1 s', '2 s', '4 s', '8 s', '10 s', '10 s', '10 s']);
    expect([supervisor.restarts('a'), gaveUp]).toEqual([8, []]);
  });

  it('waits 0.5 s again for a process that had been ready 30 s before it crashed', async () => {
    const a = fakeUnit('a', 100, stops);
    supervisor = supervise([a.unit], options());
    a.latest().crash();
    await jest.advanceTimersByTimeAsync(600);
    a.latest().crash();
    await jest.advanceTimersByTimeAsync(1_100);
    await jest.advanceTimersByTimeAsync(30_000);
    a.latest().crash();
    await jest.advanceTimersByTimeAsync(0);
    expect(lines.filter((l) => l.includes('Restarting')).map((l) => /in ([\d.]+ s)/.exec(l)![1])).toEqual(['0.5 s', '1 s', '0.5 s']);
  });

  it('stops every process, the last started first, and restarts none that exit meanwhile', async () => {
    const units = ['database', 'a', 'gateway'].map((name, i) => fakeUnit(name, 100 * (i + 1), stops));
    supervisor = supervise(units.map((u) => u.unit), options());
    await supervisor.stop();
    supervisor = undefined;
    expect(stops).toEqual(['gateway 300', 'a 200', 'database 100']);
    await jest.advanceTimersByTimeAsync(60_000);
    expect([units.map((u) => u.starts.length), lines]).toEqual([[0, 0, 0], []]);
  });

  it('calls off a restart that waits for its backoff', async () => {
    const a = fakeUnit('a', 100, stops);
    supervisor = supervise([a.unit], options());
    a.latest().crash();
    await jest.advanceTimersByTimeAsync(200);
    await supervisor.stop();
    supervisor = undefined;
    await jest.advanceTimersByTimeAsync(60_000);
    expect([a.starts, lines.length, gaveUp]).toEqual([[], 1, []]);
  });

  it('calls off a restart that is starting, and says nothing came back', async () => {
    const a = fakeUnit('a', 100, stops);
    const b = fakeUnit('b', 200, stops);
    supervisor = supervise([a.unit, b.unit], options());
    a.latest().crash();
    await jest.advanceTimersByTimeAsync(550);
    expect(at(a.starts)).toEqual([500]);
    await supervisor.stop();
    supervisor = undefined;
    await jest.advanceTimersByTimeAsync(60_000);
    expect([a.starts.length, a.copies.length, lines.length, stops, gaveUp]).toEqual([1, 1, 1, ['b 200'], []]);
  });

  it('stops a copy that became ready just as everything stopped', async () => {
    const a = fakeUnit('a', 100, stops);
    // A start that cannot be called off (as the database's): it resolves whatever the signal says.
    const start = a.unit.start;
    a.unit.start = () => start(new AbortController().signal);
    supervisor = supervise([a.unit], options());
    a.latest().crash();
    await jest.advanceTimersByTimeAsync(550);
    const stopped = supervisor.stop();
    await jest.advanceTimersByTimeAsync(100);
    await stopped;
    supervisor = undefined;
    expect([stops, lines.length]).toEqual([['a 101'], 1]);
  });
});
