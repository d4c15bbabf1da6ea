import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_PURPOSE_REGISTRY } from '../../lib/privacy/purposes';
import { waitFor } from '../../scripts/lib/wait';
import { SUBGRAPHS } from '../../subgraphs/catalog';
import { headersFor, type Caller } from './support/callers';
import { startSubgraphProcess, type SubgraphProcess } from './support/subgraph-process';
import { postGraphQL } from './support/clients';
import { readLogLines, startGatewayProcess, type GatewayProcess } from './support/gateway-process';
import { stackInfo } from './support/stack-info';

/**
 * The bulk limit on personal-data reads is counted in the database: two gateways, each in front
 * of a kp2mi process of its own, on the one database, admit one caller LIMIT people an hour in all.
 * The same processes run a registry of the test's own, for the refusals the real one cannot show.
 */
const kp2mi = SUBGRAPHS.find((entry) => entry.name === 'kp2mi')!;
const LIMIT = 30;
const replicas: SubgraphProcess[] = [];
const gateways: GatewayProcess[] = [];
let registryFile: string;

beforeAll(async () => {
  // The real registry plus an admins-only purpose and one whose PKS starts next year.
  const registry = JSON.parse(readFileSync(DEFAULT_PURPOSE_REGISTRY, 'utf8'));
  const base = registry.purposes.find((p: any) => p.code === 'KP2MI-VERIFIKASI-PENEMPATAN');
  const nextYear = new Date().getUTCFullYear() + 1;
  registry.purposes.push(
    { ...base, code: 'KP2MI-AUDIT-INTERNAL', roles: ['admin'] },
    { ...base, code: 'KP2MI-RINTISAN-MENDATANG', instrument: { kind: 'PKS', number: `PKS.01/KP2MI/I/${nextYear}`, validFrom: `${nextYear}-06-01`, validUntil: `${nextYear + 2}-05-31` } },
  );
  registryFile = path.join(stackInfo().dir, 'purposes-limit-test.json');
  writeFileSync(registryFile, JSON.stringify(registry));
  replicas.push(...(await Promise.all([1, 2].map((index) => startSubgraphProcess(kp2mi, `kp2mi-limit-${index}`, { PII_READS_PER_HOUR: String(LIMIT), PURPOSE_REGISTRY_FILE: registryFile })))));
  gateways.push(...(await Promise.all(replicas.map((replica, index) => startGatewayProcess(`kp2mi-limit-${index + 1}`, { [`${kp2mi.envPrefix}_URL`]: replica.url })))));
}, 120_000);

afterAll(async () => {
  await Promise.all([...gateways.map((gateway) => gateway.stop()), ...replicas.map((replica) => replica.stop())]);
});

// DEPLOYED workers: no other test restricts or erases one, so every refusal here is the limit's.
const PAGE = 'query Page($first: Int!, $after: String) { workers(filter: { status: DEPLOYED }, first: $first, after: $after) { pageInfo { endCursor } edges { node { id status nik birthDate phone passportNumber } } } }';
/** Every field answered under a purpose: the limit refuses each of a refused person's. */
const GUARDED = ['nik', 'birthDate', 'phone', 'passportNumber'];

async function page(gateway: GatewayProcess, caller: Caller, first: number, after: string | null = null) {
  const { body } = await postGraphQL(gateway.url, { query: PAGE, variables: { first, after } }, await headersFor(caller));
  const nodes = body.data.workers.edges.map((edge: any) => edge.node);
  const errors = (body.errors ?? []) as any[];
  // The people refused: each with every guarded field refused, by the same code.
  const refused = [...new Set(errors.map((e) => e.path[2] as number))].sort((a, b) => a - b);
  for (const index of refused) {
    expect(errors.filter((e) => e.path[2] === index).map((e) => [e.path.at(-1), e.extensions.code]).sort()).toEqual(GUARDED.map((field) => [field, errors.find((e) => e.path[2] === index).extensions.code]).sort());
  }
  return { nodes, endCursor: body.data.workers.pageInfo.endCursor as string, errors, refused };
}

describe(`at most ${LIMIT} people's personal data per caller and hour, across replicas`, () => {
  it('admits the first people of the hour through either gateway and refuses the rest per field, the rest of the answer standing', async () => {
    const caller: Caller = { ministry: 'KP2MI', roles: ['officer'], scope: 'pii:read', purposeCode: 'KP2MI-VERIFIKASI-PENEMPATAN', sub: `bulk-reader-${Date.now()}` };
    const first = await page(gateways[0]!, caller, 20);
    expect([first.nodes.filter((n: any) => n.nik !== null).length, first.errors]).toEqual([20, []]);

    // Through the other gateway and kp2mi process: 10 more people fit, 10 do not.
    const second = await page(gateways[1]!, caller, 20, first.endCursor);
    expect(second.nodes).toHaveLength(20);
    expect(second.nodes.every((n: any) => n.status)).toBe(true);
    expect(second.nodes.filter((n: any) => n.nik !== null)).toHaveLength(LIMIT - 20);
    expect(second.refused).toHaveLength(20 - (LIMIT - 20));
    expect(second.errors.map((e: any) => e.extensions.code)).toEqual(Array((20 - (LIMIT - 20)) * GUARDED.length).fill('PII_READ_LIMIT'));
    expect(second.errors[0].message).toContain(`personal data of ${LIMIT} people this hour`);

    // People already read this hour stay readable; a new one is refused, on either side.
    const again = await page(gateways[1]!, caller, 20);
    expect(again.nodes.map((n: any) => n.nik)).toEqual(first.nodes.map((n: any) => n.nik));
    const third = await page(gateways[0]!, caller, 5, second.endCursor);
    expect(third.refused).toEqual([0, 1, 2, 3, 4]);
    expect(third.errors.map((e: any) => e.extensions.code)).toEqual(Array(5 * GUARDED.length).fill('PII_READ_LIMIT'));

    // Another caller has a limit of their own.
    const other = await page(gateways[0]!, { ...caller, sub: `${caller.sub}-other` }, 5, second.endCursor);
    expect([other.nodes.filter((n: any) => n.nik !== null).length, other.errors]).toEqual([5, []]);

    // And someone is told: an alert-level line in the process that refused.
    await waitFor('the alert line', async () => {
      const alerts = replicas.flatMap((replica) => readLogLines(replica.logFile)).filter((line) => line.level === 'alert' && line.caller === `KP2MI:${caller.sub}`);
      if (alerts.length === 0) throw new Error('no alert yet');
      expect(alerts[0]).toMatchObject({ msg: 'bulk personal-data read limit reached', limitPerHour: LIMIT, ministry: 'KP2MI' });
    }, { timeoutMs: 5_000 });
  });

  it.each([
    ['an officer under an admins-only purpose', 'KP2MI-AUDIT-INTERNAL', 'PURPOSE_NOT_ALLOWED', 'ROLE'],
    ['a purpose whose PKS is not in force yet', 'KP2MI-RINTISAN-MENDATANG', 'PURPOSE_NOT_IN_FORCE', undefined],
  ])('refuses %s, per field', async (_name, purposeCode, code, reason) => {
    const result = await page(gateways[0]!, { ministry: 'KP2MI', roles: ['officer'], scope: 'pii:read', purposeCode, sub: `registry-${purposeCode}` }, 2);
    expect(result.nodes.map((n: any) => n.nik)).toEqual([null, null]);
    expect(result.errors.map((e: any) => [e.path.join('.'), e.extensions.code, e.extensions.reason]).sort()).toEqual([0, 1].flatMap((i) => GUARDED.map((field) => [`workers.edges.${i}.node.${field}`, code, reason])).sort());
  });
});

describe('a registry that is not valid', () => {
  it('stops the subgraph at start with a message naming each problem', async () => {
    const broken = path.join(stackInfo().dir, 'purposes-broken.json');
    const registry = JSON.parse(readFileSync(DEFAULT_PURPOSE_REGISTRY, 'utf8'));
    delete registry.purposes[0].legalBasis;
    registry.purposes[1].fields.push('Worker.shoeSize');
    writeFileSync(broken, JSON.stringify(registry));
    const started = await startSubgraphProcess(kp2mi, 'kp2mi-broken-registry', { PURPOSE_REGISTRY_FILE: broken }, { ready: false });
    expect(await started.process.exited).toBe('code 1');
    const failure = readLogLines(started.logFile).find((line) => line.msg === 'failed to start')!;
    expect(failure.reason).toContain('is not valid, so nothing starts');
    expect(failure.reason).toContain('purposes[0] (KP2MI-PELINDUNGAN): "legalBasis" must be a letter of Pasal 20(2) UU 27/2022');
    expect(failure.reason).toContain('"Worker.shoeSize" is not a personal field marked @personal');
  });
});
