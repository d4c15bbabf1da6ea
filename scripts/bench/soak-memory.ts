import { readFileSync } from 'node:fs';
import { waitFor } from '../lib/wait';

/** Resident memory of a process now (VmRSS), in MB; 0 once it has ended. */
export function rssMb(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * The NODE_OPTIONS that open a process's inspector on a port of its own on 127.0.0.1, for
 * `inspectProcess`: the heap is read from outside, and the product gets no endpoint for it.
 */
export function withInspector(nodeOptions: string | undefined): string {
  return [nodeOptions, '--inspect=127.0.0.1:0'].filter(Boolean).join(' ');
}

/** A Node process of the stack, reached over the Chrome DevTools Protocol. */
export interface InspectedProcess {
  name: string;
  pid: number;
  /** JS heap used after a full collection, in MB (the collection is forced, so garbage does not count). */
  heapAfterGcMb(): Promise<number>;
  /** Must be called before the process is stopped: Node does not exit while a debugger is attached. */
  close(): void;
}

const CALL_TIMEOUT_MS = 15_000;

/** The inspector's WebSocket URL, as Node prints it on stderr (which the stack writes to the process's log). */
async function inspectorUrl(logFile: string): Promise<string> {
  let url: string | undefined;
  await waitFor(`the inspector's address in ${logFile}`, async () => {
    url = [...readFileSync(logFile, 'utf8').matchAll(/Debugger listening on (ws:\/\/\S+)/g)].at(-1)?.[1];
    if (!url) throw new Error('not printed yet');
  }, { timeoutMs: 10_000, intervalMs: 100 });
  return url!;
}

export async function inspectProcess(name: string, pid: number, logFile: string): Promise<InspectedProcess> {
  const socket = new WebSocket(await inspectorUrl(logFile));
  await new Promise<void>((resolve, reject) => {
    socket.onopen = () => resolve();
    socket.onerror = () => reject(new Error(`cannot reach ${name}'s inspector`));
  });
  let lastId = 0;
  const pending = new Map<number, { resolve: (result: any) => void; reject: (err: Error) => void }>();
  socket.onmessage = (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown; error?: { message: string } };
    const call = message.id === undefined ? undefined : pending.get(message.id);
    if (!call) return;
    pending.delete(message.id!);
    if (message.error) call.reject(new Error(`${name}'s inspector: ${message.error.message}`));
    else call.resolve(message.result);
  };
  socket.onclose = () => {
    for (const call of pending.values()) call.reject(new Error(`${name}'s inspector closed`));
    pending.clear();
  };
  const send = (method: string): Promise<any> =>
    new Promise((resolve, reject) => {
      const id = ++lastId;
      const timer = setTimeout(() => pending.delete(id) && reject(new Error(`${name}'s inspector did not answer ${method} within ${CALL_TIMEOUT_MS} ms`)), CALL_TIMEOUT_MS);
      pending.set(id, { resolve: (result) => (clearTimeout(timer), resolve(result)), reject: (err) => (clearTimeout(timer), reject(err)) });
      socket.send(JSON.stringify({ id, method }));
    });
  return {
    name,
    pid,
    async heapAfterGcMb() {
      await send('HeapProfiler.collectGarbage');
      const usage = (await send('Runtime.getHeapUsage')) as { usedSize: number };
      return usage.usedSize / 2 ** 20;
    },
    close: () => socket.close(),
  };
}
