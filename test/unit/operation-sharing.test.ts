import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { GatewayContext } from '../../gateway/context';
import { operationShareKey } from '../../gateway/operation-sharing';
import { recordedFieldNames } from '../../gateway/scoped-fields';
import type { Identity } from '../../lib/identity';

const supergraph = readFileSync(path.join(__dirname, '..', '..', 'schema', 'supergraph.graphql'), 'utf8');
const officer: Identity = { sub: 'officer-1', ministry: 'ESDM', roles: ['officer'], scopes: [], purpose: null, purposeCode: null };
const contextOf = (identity: Identity, client: string | null = null): GatewayContext => ({ requestId: 'r', identity, client: client === null ? null : { name: client, version: null }, fetched: new Set() });
const shareKey = operationShareKey(() => supergraph);
const JOBS = { query: 'query J($s: JobSector!) { jobOpenings(filter: { sector: $s }) { edges { node { id title } } } }', variables: { s: 'MINING' } };

describe('which operations in flight may run once for several requests', () => {
  it('shares a plain query between requests of the same caller, client, document and variables only', () => {
    const key = shareKey(JOBS, contextOf(officer));
    expect(key).toEqual(expect.any(String));
    expect(shareKey({ ...JOBS }, contextOf({ ...officer }))).toBe(key);
    for (const other of [
      shareKey(JOBS, contextOf({ ...officer, sub: 'officer-2' })),
      shareKey(JOBS, contextOf({ ...officer, purposeCode: 'ESDM-PELATIHAN-VOKASI' })),
      shareKey(JOBS, contextOf(officer, 'job-portal')),
      shareKey({ ...JOBS, variables: { s: 'ENERGY' } }, contextOf(officer)),
    ]) {
      expect(other).toEqual(expect.any(String));
      expect(other).not.toBe(key);
    }
  });

  it.each(recordedFieldNames(supergraph))('never shares an operation naming the recorded field %s', (field) => {
    expect(shareKey({ query: `{ anything { ${field} } }` }, contextOf(officer))).toBeUndefined();
  });

  it.each([
    ['a mutation', 'mutation { publishJobOpening(input: $i) { id } }'],
    ['a subscription', 'subscription { changes { id } }'],
    ['a deferred part', '{ jobOpenings { edges { node { id ... @defer { title } } } } }'],
    ['a streamed list', '{ countries @stream { code } }'],
  ])('never shares %s', (_kind, query) => {
    expect(shareKey({ query }, contextOf(officer))).toBeUndefined();
  });

  it("never shares a subgraph's own question, nor a body without a document text", () => {
    expect(shareKey(JOBS, contextOf({ ...officer, sub: 'service:esdm', roles: ['service'] }))).toBeUndefined();
    expect(shareKey({ documentId: 'sha256:00' }, contextOf(officer))).toBeUndefined();
  });
});
