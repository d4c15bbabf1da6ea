/**
 * The running stack as supervised units: the embedded database (when the stack started one),
 * the subgraphs and the gateway, each restarted as it was first started.
 */
import type { ChildProcess } from 'node:child_process';
import { startEmbeddedDatabase, type EmbeddedDatabase, type StartDatabaseOptions } from './ferretdb';
import type { ServiceProcess } from './processes';
import { probeReady, READY_TIMEOUT_MS, startService, type RunningStack, type ServiceSpec } from './stack';
import { supervise, type Instance, type Supervisor, type SupervisedUnit, type SupervisorOptions } from './supervisor';
import { waitFor } from './wait';

const STOPPING = 'stopped while starting: everything is stopping';

function serviceInstance(proc: ServiceProcess): Instance {
  return { pid: proc.child.pid, exited: proc.exited, stop: proc.stop };
}

/** A new copy of a service, resolved once its /health/ready answers 200 (see SupervisedUnit.start). */
async function startReady(spec: ServiceSpec, signal: AbortSignal): Promise<Instance> {
  if (signal.aborted) throw new Error(STOPPING);
  const proc = startService(spec);
  let exitedHow: string | undefined;
  void proc.exited.then((how) => (exitedHow = how));
  let onAbort: () => void = () => undefined;
  const stopping = new Promise<string>((resolve) => {
    onAbort = () => resolve('everything is stopping');
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    await waitFor(`${spec.name} to be ready at ${spec.healthUrl}`, () => probeReady(spec.healthUrl), {
      timeoutMs: READY_TIMEOUT_MS,
      intervalMs: 150,
      abort: Promise.race([proc.exited, stopping]),
    });
    return serviceInstance(proc);
  } catch (err) {
    // Read before stopping it: after stop() it has exited in any case.
    const how = exitedHow;
    await proc.stop();
    if (signal.aborted) throw new Error(STOPPING);
    if (how) throw new Error(`exited (${how}) before it was ready`);
    throw new Error(`was not ready within ${READY_TIMEOUT_MS / 1000} s, so it was stopped (${(err as Error).message})`);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

function exitOf(child: ChildProcess): Promise<string> {
  const how = () => (child.signalCode ? `signal ${child.signalCode}` : `code ${child.exitCode}`);
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(how());
  return new Promise((resolve) => child.once('exit', () => resolve(how())));
}

function databaseInstance(database: EmbeddedDatabase): Instance {
  return { pid: database.process.pid, exited: exitOf(database.process), stop: database.stop };
}

/**
 * The embedded database is restarted too, on the same port and data folder: the subgraphs are not
 * restarted with it, they turn not ready while it is away and ready again when it answers.
 * Its start cannot be called off half-way; it takes a second or so, bounded by its own timeout.
 */
function databaseUnit(database: EmbeddedDatabase, options: StartDatabaseOptions): SupervisedUnit {
  return {
    name: 'database',
    readyUrl: database.uri,
    running: databaseInstance(database),
    start: async (signal) => {
      if (signal.aborted) throw new Error(STOPPING);
      let restarted: EmbeddedDatabase;
      try {
        restarted = await startEmbeddedDatabase(options);
      } catch (err) {
        throw new Error(`did not start again: ${(err as Error).message}`);
      }
      if (signal.aborted) {
        await restarted.stop();
        throw new Error(STOPPING);
      }
      return databaseInstance(restarted);
    },
  };
}

/** A service process of the stack (`running`, started from `spec`) as a supervised unit. */
export function serviceUnit(spec: ServiceSpec, running: ServiceProcess): SupervisedUnit {
  return { name: spec.name, logFile: spec.logFile, readyUrl: spec.healthUrl, running: serviceInstance(running), start: (signal) => startReady(spec, signal) };
}

/** Supervises everything `stack` started, in its start order (so `stop` ends the gateway first, the database last). */
export function superviseStack(stack: RunningStack, options: SupervisorOptions): Supervisor {
  const units: SupervisedUnit[] = [];
  if (stack.database && stack.databaseOptions) units.push(databaseUnit(stack.database, stack.databaseOptions));
  stack.processes.forEach((proc, i) => units.push(serviceUnit(stack.services[i]!, proc)));
  return supervise(units, options);
}
