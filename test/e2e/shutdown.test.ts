import { postGraphQL } from './support/clients';
import { startGatewayProcess } from './support/gateway-process';

/**
 * SIGTERM as a deployment sends it: the process reports unready at once and keeps serving for
 * SHUTDOWN_DELAY_MS (so a load balancer sends its next requests elsewhere), each answer closing its
 * connection, then stops taking requests, finishes those in flight and exits 0.
 */
it('on SIGTERM reports unready while it still answers for SHUTDOWN_DELAY_MS, then exits 0', async () => {
  const DELAY_MS = 1500;
  const gateway = await startGatewayProcess('shutdown', { SHUTDOWN_DELAY_MS: String(DELAY_MS) });
  const ready = new URL('/health/ready', gateway.url);
  expect((await fetch(ready)).status).toBe(200);

  const signalled = performance.now();
  gateway.process.child.kill('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 200));
  const unready = await fetch(ready);
  expect(unready.status).toBe(503);
  expect(await unready.json()).toEqual({ status: 'shutting down' });
  // Still answering, and telling each client to reconnect (elsewhere) for its next request.
  const answer = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ countries { code } }' }) });
  expect(answer.status).toBe(200);
  expect(answer.headers.get('connection')).toBe('close');
  expect(((await answer.json()) as { data: { countries: unknown[] } }).data.countries.length).toBeGreaterThan(10);

  expect(await gateway.process.exited).toBe('code 0');
  const took = performance.now() - signalled;
  console.log(`shutdown: unready at once, served for ${DELAY_MS} ms, exited 0 after ${took.toFixed(0)} ms`);
  expect(took).toBeGreaterThanOrEqual(DELAY_MS);
  expect(took).toBeLessThan(DELAY_MS + 5000);
  // Gone: no connection is taken any more.
  await expect(postGraphQL(gateway.url, { query: '{ countries { code } }' })).rejects.toThrow();
  const stopped = gateway.logLines().find((line) => line.msg === 'shutting down');
  expect(stopped).toEqual(expect.objectContaining({ signal: 'SIGTERM', delayMs: DELAY_MS, timeoutMs: 10_000 }));
});
