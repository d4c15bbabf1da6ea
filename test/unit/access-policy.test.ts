import { buildSchema, graphql } from 'graphql';
import { Types } from 'mongoose';
import { ANONYMOUS, type Identity } from '../../lib/identity';
import { createLogger } from '../../lib/logger';
import { applyAccessPolicy, type AccessPolicy } from '../../subgraphs/runtime/access/policy';
import { everyone, personalData, staff } from '../../subgraphs/runtime/access/rules';
import type { AuditEntryModel } from '../../subgraphs/runtime/audit/audit-entry';
import { AuditLog } from '../../subgraphs/runtime/audit/audit-log';
import { suppressSmallBuckets } from '../../subgraphs/runtime/statistics';
import { loadPurposeRegistry } from '../../lib/privacy/purposes';
import type { DataSubjectStateModel } from '../../subgraphs/runtime/privacy/data-subject-state';
import type { PiiReadWindowModel } from '../../subgraphs/runtime/privacy/pii-read-window';
import { PrivacyGuard } from '../../subgraphs/runtime/privacy/privacy-guard';

const SDL = `
  type Worker { id: ID! status: String nik: String }
  type Query { workers: [Worker!] stats: [Bucket!]! }
  type Mutation { touch(workerId: ID!): Worker }
  type Bucket { key: String! label: String! count: Int! }
`;

const options = {
  ministry: 'KP2MI' as const,
  statisticsThreshold: 5,
  dataSubject: () => null,
  personalFields: new Set(['Worker.nik']),
  people: { Worker: (worker: { _id: Types.ObjectId }) => worker._id },
};

/** Nobody in these tests has a restriction in force, and the bulk limit is off. */
const noStates = { find: () => ({ lean: async () => [] }) } as unknown as DataSubjectStateModel;
const privacySettings = { registry: loadPurposeRegistry(), states: noStates, readWindows: {} as PiiReadWindowModel, piiReadsPerHour: null };

const hex = (n: number) => n.toString(16).padStart(24, '0');
const WORKERS = [1, 2, 3].map((n) => ({ _id: new Types.ObjectId(hex(n)), id: hex(n), status: 'READY', nik: `350733520396432${n}` }));

/** The audit collection is the database's: stand in for it, recording inserts or refusing them. */
function auditModel(fail: boolean) {
  const inserts: Record<string, unknown>[][] = [];
  const model = {
    insertMany: async (docs: Record<string, unknown>[]) => {
      if (fail) throw new Error('disk full');
      inserts.push(docs);
      return docs;
    },
  };
  return { model: model as unknown as AuditEntryModel, inserts };
}

function schemaWith(policy: AccessPolicy) {
  const schema = buildSchema(SDL);
  schema.getQueryType()!.getFields().workers!.resolve = () => WORKERS;
  schema.getQueryType()!.getFields().stats!.resolve = () => [
    { key: 'A', label: 'A', count: 10 },
    { key: 'B', label: 'B', count: 2 },
  ];
  applyAccessPolicy(schema, policy, options);
  return schema;
}

const OFFICER: Identity = { sub: 'o', ministry: 'KP2MI', roles: ['officer'], scopes: ['pii:read'], purpose: 'check', purposeCode: 'KP2MI-VERIFIKASI-PENEMPATAN' };
const POLICY: AccessPolicy = { 'Query.workers': staff, 'Query.stats': { rule: everyone, statistics: true }, 'Worker.nik': { rule: personalData, personalData: 'parent' } };

async function run(identity: Identity, fail = false, source = '{ workers { id nik } }') {
  const audit = auditModel(fail);
  const logger = createLogger('test', 'error');
  logger.error = () => undefined;
  const result = await graphql({
    schema: schemaWith(POLICY),
    source,
    contextValue: { identity, privacy: new PrivacyGuard(privacySettings, identity, logger), audit: new AuditLog(audit.model, 'KP2MI', identity, 'req-1', logger) },
  });
  return { result: JSON.parse(JSON.stringify(result)), inserts: audit.inserts };
}

describe('access policy', () => {
  it('refuses a policy naming a field the schema does not have', () => {
    expect(() => schemaWith({ ...POLICY, 'Worker.nic': staff })).toThrow('access policy names "Worker.nic", which is not a field of this subgraph\'s schema');
  });

  it('refuses a schema with a root query field that has no rule', () => {
    expect(() => schemaWith({ 'Query.workers': staff })).toThrow('access policy has no rule for Query.stats: every root field needs one');
  });

  it('stores one audit entry per worker, in one insert, before answering personal data', async () => {
    const { result, inserts } = await run(OFFICER);
    expect(result).toEqual({ data: { workers: WORKERS.map((w) => ({ id: w.id, nik: w.nik })) } });
    expect(inserts).toHaveLength(1);
    expect(inserts[0]!.map((entry) => [entry.recordId, entry.fields, entry.action, entry.purpose])).toEqual(WORKERS.map((w) => [w.id, ['Worker.nik'], 'READ_PERSONAL_DATA', 'check']));
  });

  it('withholds personal data when the audit entry cannot be stored', async () => {
    const { result } = await run(OFFICER, true);
    expect(result.data).toEqual({ workers: WORKERS.map((w) => ({ id: w.id, nik: null })) });
    expect(result.errors).toHaveLength(3);
    expect(new Set(result.errors.map((e: { message: string }) => e.message))).toEqual(new Set(['The audit trail could not record this processing, so it was not done']));
    expect(JSON.stringify(result)).not.toContain('3507995');
  });

  it('refuses the anonymous caller at the root with UNAUTHENTICATED and stores nothing', async () => {
    const { result, inserts } = await run(ANONYMOUS);
    expect(result.data).toEqual({ workers: null });
    expect(result.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
    expect(inserts).toEqual([]);
  });

  it('records a refused write with its error code and the worker it named', async () => {
    const { result, inserts } = await run(ANONYMOUS, false, `mutation Touch { touch(workerId: "${hex(2)}") { id } }`);
    expect(result.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
    expect(inserts).toEqual([[expect.objectContaining({ action: 'WRITE_REJECTED', operation: 'touch', operationName: 'Touch', errorCode: 'UNAUTHENTICATED', workerId: new Types.ObjectId(hex(2)), fields: ['workerId'] })]]);
  });

  it('merges small statistics buckets unless the caller may read personal data', async () => {
    expect((await run(ANONYMOUS, false, '{ stats { key count } }')).result.data.stats).toEqual([
      { key: 'A', count: 10 },
      { key: 'SUPPRESSED', count: 0 },
    ]);
    expect((await run(OFFICER, false, '{ stats { key count } }')).result.data.stats).toEqual([
      { key: 'A', count: 10 },
      { key: 'B', count: 2 },
    ]);
  });
});

describe('suppressSmallBuckets', () => {
  const bucket = (key: string, count: number, totalAmountIdr?: number) => ({ key, label: key, count, ...(totalAmountIdr === undefined ? {} : { totalAmountIdr }) });

  it('keeps buckets at or above the threshold as they are', () => {
    const buckets = [bucket('A', 9), bucket('B', 5)];
    expect(suppressSmallBuckets(buckets, 5)).toEqual(buckets);
  });

  it('merges small buckets into OTHER when together they reach the threshold, summing money', () => {
    expect(suppressSmallBuckets([bucket('A', 9, 900), bucket('B', 3, 30), bucket('C', 4, 40)], 5)).toEqual([
      bucket('A', 9, 900),
      { key: 'OTHER', label: 'Other (2 groups of fewer than 5 each)', count: 7, totalAmountIdr: 70 },
    ]);
  });

  it('reports SUPPRESSED with count 0 when even the merged bucket would single people out', () => {
    expect(suppressSmallBuckets([bucket('A', 6), bucket('B', 1)], 5)).toEqual([bucket('A', 6), { key: 'SUPPRESSED', label: 'Suppressed (groups of fewer than 5)', count: 0 }]);
  });
});
