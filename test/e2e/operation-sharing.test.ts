import type { Connection } from 'mongoose';
import { postGraphQL, openDatabase } from './support/clients';
import { startGatewayProcess, type GatewayProcess } from './support/gateway-process';
import { stackInfo } from './support/stack-info';

/** Identical queries of one caller in flight at once: run once, unless they read what goes on record per request. */
let sharing: GatewayProcess;
let separate: GatewayProcess;
let kp2mi: Connection;
beforeAll(async () => {
  // The answer cache off, so every request reaches the execution; debug, so each execution logs its line.
  [sharing, separate] = await Promise.all([
    startGatewayProcess('sharing', { RESPONSE_CACHE: 'false', LOG_LEVEL: 'debug' }),
    startGatewayProcess('not-sharing', { RESPONSE_CACHE: 'false', LOG_LEVEL: 'debug', SHARE_OPERATIONS: 'false' }),
  ]);
  kp2mi = await openDatabase('kp2mi');
});
afterAll(async () => {
  await Promise.all([sharing?.stop(), separate?.stop()]);
  await kp2mi?.close();
});

const JOBS = 'query EnergyJobs($sector: JobSector!) { jobOpenings(filter: { sector: $sector }, first: 20) { totalCount edges { node { id title country { name } recommendedEnergyCourses { id title seatsAvailable } } } } }';
const NIKS = 'query WorkerNiks { workers(first: 5) { edges { node { id nik } } } }';

/**
 * The `operation` lines a gateway logged for this operation name since `from`: one per execution.
 * Its log reaches the file a little after the answers, so it is read once at least `atLeast` are
 * there (or after 3 s), and again a moment later, so that none still on its way is missed.
 */
async function executions(gateway: GatewayProcess, operationName: string, from: number, atLeast = 1): Promise<number> {
  const count = () => gateway.logLines().slice(from).filter((line) => line.msg === 'operation' && line.operationName === operationName).length;
  const deadline = Date.now() + 3000;
  while (count() < atLeast && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
  await new Promise((resolve) => setTimeout(resolve, 200));
  return count();
}

async function atOnce(gateway: GatewayProcess, count: number, query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  return Promise.all(Array.from({ length: count }, () => postGraphQL(gateway.url, { query, variables }, headers)));
}

describe('identical operations in flight at once', () => {
  it('run once and give every caller the same whole answer', async () => {
    const headers = stackInfo().officerHeaders.ESDM;
    const alone = await postGraphQL(sharing.url, { query: JOBS, variables: { sector: 'MINING' } }, headers);
    expect(alone.status).toBe(200);
    expect(alone.body.errors).toBeUndefined();
    expect(alone.body.data.jobOpenings.edges.length).toBeGreaterThan(0);

    const from = sharing.logLines().length;
    const answers = await atOnce(sharing, 8, JOBS, { sector: 'MINING' }, headers);
    expect(answers.map((answer) => [answer.status, answer.body])).toEqual(answers.map(() => [200, alone.body]));
    // Eight asked within a millisecond or two; the first takes longer than that, so at most one straggler runs again.
    expect(await executions(sharing, 'EnergyJobs', from)).toBeLessThanOrEqual(2);
  });

  it('each run on its own when sharing is off (SHARE_OPERATIONS=false)', async () => {
    const from = separate.logLines().length;
    const answers = await atOnce(separate, 8, JOBS, { sector: 'MINING' }, stackInfo().officerHeaders.ESDM);
    expect(new Set(answers.map((answer) => JSON.stringify(answer.body))).size).toBe(1);
    expect(await executions(separate, 'EnergyJobs', from, 8)).toBe(8);
  });

  it('are never shared between callers, nor across variables', async () => {
    const from = sharing.logLines().length;
    const [esdm, kp2miOfficer, energy] = await Promise.all([
      postGraphQL(sharing.url, { query: JOBS, variables: { sector: 'MINING' } }, stackInfo().officerHeaders.ESDM),
      postGraphQL(sharing.url, { query: JOBS, variables: { sector: 'MINING' } }, stackInfo().officerHeaders.KP2MI),
      postGraphQL(sharing.url, { query: JOBS, variables: { sector: 'ENERGY' } }, stackInfo().officerHeaders.ESDM),
    ]);
    expect([esdm.status, kp2miOfficer.status, energy.status]).toEqual([200, 200, 200]);
    expect(esdm.body).toEqual(kp2miOfficer.body);
    expect(energy.body).not.toEqual(esdm.body);
    expect(await executions(sharing, 'EnergyJobs', from, 3)).toBe(3);
  });

  it('each run, and go on record, on their own when they read personal data', async () => {
    const headers = stackInfo().defaultHeaders;
    const audit = kp2mi.db!.collection('audit_entries');
    const since = new Date();
    const from = sharing.logLines().length;
    const answers = await atOnce(sharing, 4, NIKS, {}, headers);
    expect(answers.every((answer) => answer.status === 200 && answer.body.errors === undefined)).toBe(true);
    expect(new Set(answers.map((answer) => JSON.stringify(answer.body))).size).toBe(1);
    expect(await executions(sharing, 'WorkerNiks', from, 4)).toBe(4);
    // Every request's reads on record under its own request id: five workers' NIKs, four times, not fewer.
    const entries = await audit.find({ action: 'READ_PERSONAL_DATA', operationName: 'WorkerNiks', at: { $gte: since } }).toArray();
    expect(new Set(entries.map((entry) => entry.requestId)).size).toBe(4);
    expect(entries).toHaveLength(20);
  });
});
