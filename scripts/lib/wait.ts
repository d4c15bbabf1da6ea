export interface WaitOptions {
  timeoutMs: number;
  intervalMs?: number;
  /** Settles with a reason when waiting is pointless (e.g. the process exited). */
  abort?: Promise<string>;
}

/** Retries `probe` until it resolves, failing with the last reason after the timeout. */
export async function waitFor(what: string, probe: () => Promise<unknown>, options: WaitOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let aborted: string | undefined;
  void options.abort?.then((reason) => (aborted = reason));
  let lastError = 'no answer yet';
  while (Date.now() < deadline) {
    if (aborted) throw new Error(`Gave up waiting for ${what}: ${aborted}`);
    try {
      await probe();
      return;
    } catch (err) {
      lastError = (err as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 100));
  }
  throw new Error(`Timed out after ${options.timeoutMs} ms waiting for ${what}: ${lastError}`);
}
