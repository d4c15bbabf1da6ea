import type { Connection } from 'mongoose';
import { headersFor } from './support/callers';
import { openDatabase } from './support/clients';
import { commandsDuring } from './support/db-commands';
import { stackInfo } from './support/stack-info';

let koperasi: Connection;
let business: Record<string, any>;
beforeAll(async () => {
  koperasi = await openDatabase('koperasi_ukm');
  business = (await koperasi.db!.collection('businesses').findOne({ ownerWorkerId: { $ne: null } }, { sort: { _id: -1 } }))!;
});
afterAll(async () => {
  await koperasi.close();
});

async function ask(query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const response = await fetch(stackInfo().gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { cacheControl: response.headers.get('cache-control'), body: (await response.json()) as any };
}

describe('the public response cache', () => {
  const PUBLIC = 'query($id: ID!) { business(id: $id) { id name scale province { name } products { id name markets { code name } } } esdmTrainingCenters { code name } }';

  it('answers a repeated public query without asking any subgraph, to any caller', async () => {
    const variables = { id: business._id.toHexString() };
    const officer = stackInfo().officerHeaders.KP2MI;
    const first = await ask(PUBLIC, variables, officer);
    expect(first.body.errors).toBeUndefined();
    expect(first.cacheControl).toBe('max-age=30, public');
    let again: Awaited<ReturnType<typeof ask>> | undefined;
    // The same answer for an anonymous caller, from the cache: not one database command.
    expect(await commandsDuring(async () => (again = await ask(PUBLIC, variables, {})))).toEqual({});
    expect(again!.body).toEqual(first.body);
    // A kept answer is still only for callers who authenticate: a forged token is refused.
    const response = await fetch(stackInfo().gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer forged.token.value' },
      body: JSON.stringify({ query: PUBLIC, variables }),
    });
    expect(response.status).toBe(401);
    expect(((await response.json()) as any).errors.map((e: any) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('never caches an answer with a field that depends on who asks, nor serves it to another caller', async () => {
    const query = 'query($id: ID!) { business(id: $id) { id name owner { id } } }';
    const variables = { id: business._id.toHexString() };
    const officer = await ask(query, variables, stackInfo().officerHeaders.KOPERASI_UKM);
    expect(officer.body).toEqual({ data: { business: { id: variables.id, name: business.name, owner: { id: business.ownerWorkerId.toHexString() } } } });
    expect(officer.cacheControl).toBe('no-store');
    const anonymous = await ask(query, variables, {});
    expect(anonymous.body.data).toEqual({ business: { id: variables.id, name: business.name, owner: null } });
    expect(anonymous.body.errors.map((e: any) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
    // Asked again, it is computed again.
    expect(Object.keys(await commandsDuring(() => ask(query, variables, stackInfo().officerHeaders.KOPERASI_UKM))).length).toBeGreaterThan(0);
  });

  it('never caches statistics, whose buckets depend on the caller', async () => {
    const query = '{ workerStats(by: PROVINCE) { key count } }';
    const exact = await ask(query, {}, await headersFor({ ministry: 'KP2MI', roles: ['officer'], scope: 'pii:read' }));
    expect(exact.cacheControl).toBe('no-store');
    const merged = await ask(query, {}, {});
    expect(merged.body.data.workerStats).not.toEqual(exact.body.data.workerStats);
    expect(merged.body.data.workerStats.some((b: { key: string }) => b.key === 'OTHER' || b.key === 'SUPPRESSED')).toBe(true);
  });
});
