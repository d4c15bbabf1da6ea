/**
 * Keeps long-running processes up: when one exits unexpectedly it is started again, alone, after
 * a backoff, while the others keep serving. What is started, and how readiness is checked, is
 * the caller's (see stack-supervision.ts); this file only decides when, and says so in the log.
 */
import { DEFAULT_RESTART_POLICY, RestartPolicy, type RestartPolicyOptions } from './restart-policy';

/** One running copy of a process. */
export interface Instance {
  pid: number | undefined;
  /** Settles (never rejects) with how the process ended, e.g. `code 1` or `signal SIGKILL`. */
  exited: Promise<string>;
  stop(): Promise<void>;
}

export interface SupervisedUnit {
  name: string;
  /** Where its output goes, named in the log lines; undefined when it shares our output. */
  logFile?: string;
  /** Where it answers ready, named in the line that says it is back. */
  readyUrl?: string;
  /** The copy already running and ready when supervision begins. */
  running: Instance;
  /**
   * Starts it again as it was first started (same command, port, environment and log file) and
   * resolves once it is ready. Rejects, having stopped what it started, when the new copy exits
   * or is not ready in time, with a message that says so (e.g. `exited (code 1) before it was
   * ready`); and when `signal` aborts, because everything is stopping.
   */
  start(signal: AbortSignal): Promise<Instance>;
}

export interface SupervisorOptions {
  log(line: string): void;
  /**
   * Called once, when a process keeps crashing at start. Every restart has been called off by
   * then; stopping what still runs is the caller's (it knows what else to stop with it).
   */
  onGiveUp(reason: string): void;
  policy?: Partial<RestartPolicyOptions>;
}

export interface Supervisor {
  /** The copy of `name` running now; undefined while it is being restarted, or once given up on. */
  current(name: string): Instance | undefined;
  /** How many times `name` was restarted and became ready again. */
  restarts(name: string): number;
  /**
   * Restarts `name` on purpose (its code changed): the running copy is stopped and a new one
   * started at once, without the backoff or the crash count of an unexpected exit. False when
   * it has no running copy (it is being restarted already).
   */
  restart(name: string, reason: string): Promise<boolean>;
  /**
   * Calls off every restart (one waiting for its backoff, one starting) and stops every copy
   * that runs, the last unit first, so the processes stop in the reverse order of their start.
   */
  stop(): Promise<void>;
}

interface Slot {
  unit: SupervisedUnit;
  current: Instance | undefined;
  restarts: number;
  /** Why the running copy is being stopped on purpose, until its watcher sees it go. */
  restartReason?: string;
}

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`;

/** Resolves after `ms`, or at once when `signal` aborts (a stop must not wait out a backoff). */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** Supervises `units`, listed in the order they were started. */
export function supervise(units: SupervisedUnit[], options: SupervisorOptions): Supervisor {
  const policy: RestartPolicyOptions = { ...DEFAULT_RESTART_POLICY, ...options.policy };
  // Aborted by stop() or by giving up: from then on nothing is restarted.
  const halt = new AbortController();
  const halted = new Promise<undefined>((resolve) => halt.signal.addEventListener('abort', () => resolve(undefined), { once: true }));
  const slots: Slot[] = units.map((unit) => ({ unit, current: unit.running, restarts: 0 }));
  const { log } = options;

  const giveUp = (reason: string) => {
    if (halt.signal.aborted) return;
    halt.abort();
    options.onGiveUp(reason);
  };

  const watch = async (slot: Slot) => {
    const { unit } = slot;
    const where = unit.logFile ? `its log: ${unit.logFile}` : 'its output is above';
    const history = new RestartPolicy(policy);
    let instance = unit.running;
    let readyAt = Date.now();
    for (;;) {
      const how = await Promise.race([instance.exited, halted]);
      if (how === undefined || halt.signal.aborted) return;
      slot.current = undefined;
      let readyForMs: number | undefined = Date.now() - readyAt;
      let what = `exited unexpectedly (${how})`;
      // Stopped on purpose: started again at once, and not counted as a crash.
      let planned = slot.restartReason !== undefined;
      if (planned) log(`${unit.name} restarting: ${slot.restartReason}.`);
      slot.restartReason = undefined;
      // Until a new copy is ready, or we give up.
      for (;;) {
        if (planned) {
          planned = false;
          try {
            instance = await unit.start(halt.signal);
            break;
          } catch (err) {
            if (halt.signal.aborted) return;
            readyForMs = undefined;
            what = (err as Error).message;
          }
        }
        const decision = history.onExit(readyForMs);
        const failedStarts = decision.startFailures ? ` (failed start ${decision.startFailures} of ${policy.maxStartFailures} in a row)` : '';
        if (!decision.restart) {
          log(`${unit.name} ${what}${failedStarts}; ${where}. Giving up on it.`);
          giveUp(`${unit.name} keeps crashing at start`);
          return;
        }
        log(`${unit.name} ${what}${failedStarts}; ${where}. Restarting it in ${seconds(decision.delayMs)}.`);
        await sleep(decision.delayMs, halt.signal);
        if (halt.signal.aborted) return;
        try {
          instance = await Promise.resolve().then(() => unit.start(halt.signal));
        } catch (err) {
          if (halt.signal.aborted) return;
          readyForMs = undefined;
          what = (err as Error).message;
          continue;
        }
        break;
      }
      readyAt = Date.now();
      slot.restarts += 1;
      // Set before the check below: a copy that became ready just as everything stops is stopped by stop().
      slot.current = instance;
      if (halt.signal.aborted) return;
      log(`${unit.name} is back: ready${unit.readyUrl ? ` at ${unit.readyUrl}` : ''} (pid ${instance.pid}, restart ${slot.restarts}).`);
    }
  };

  const watching = slots.map((slot) =>
    watch(slot).catch((err: unknown) => giveUp(`supervising ${slot.unit.name} failed: ${(err as Error).message}`)),
  );

  const find = (name: string) => {
    const slot = slots.find((s) => s.unit.name === name);
    if (!slot) throw new Error(`not supervised: ${name}`);
    return slot;
  };

  return {
    current: (name) => find(name).current,
    restarts: (name) => find(name).restarts,
    restart: async (name, reason) => {
      const slot = find(name);
      const running = slot.current;
      if (!running || halt.signal.aborted) return false;
      slot.restartReason = reason;
      await running.stop();
      return true;
    },
    stop: async () => {
      halt.abort();
      // Every watcher returns promptly once halted; after that no copy is started any more.
      await Promise.all(watching);
      for (const slot of [...slots].reverse()) await slot.current?.stop();
    },
  };
}
