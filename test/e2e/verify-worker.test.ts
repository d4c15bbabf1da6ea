import type { Connection } from 'mongoose';
import { DEMO_PURPOSE } from '../../scripts/lib/demo-purposes';
import { headersFor, type Caller } from './support/callers';
import { openDatabase } from './support/clients';
import { stackInfo } from './support/stack-info';

/** Verify, don't share: a partner learns which of its fields differ, never a value. */
const VERIFY = 'query Verify($input: VerifyWorkerInput!) { verifyWorker(input: $input) { result mismatchedFields checkedFields verifiedAt } }';

let kp2mi: Connection;
let worker: Record<string, any>;
let right: { nik: string; fullName: string; birthDate: string; passportNumber: string };

beforeAll(async () => {
  kp2mi = await openDatabase('kp2mi');
  worker = (await kp2mi.db!.collection('workers').findOne({ status: 'DEPLOYED', passportNumber: { $ne: null }, fullName: / / }, { sort: { _id: -1 } }))!;
  right = { nik: worker.nik, fullName: worker.fullName, birthDate: (worker.birthDate as Date).toISOString().slice(0, 10), passportNumber: worker.passportNumber };
});
afterAll(async () => {
  await kp2mi.close();
});

const officer = (ministry: Caller['ministry'], purposeCode = DEMO_PURPOSE[ministry]): Caller => ({ ministry, roles: ['officer'], purposeCode, sub: `verifier-${ministry.toLowerCase()}` });

async function verify(input: Record<string, unknown>, caller: Caller = officer('ESDM')) {
  const response = await fetch(stackInfo().gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await headersFor(caller)) },
    body: JSON.stringify({ query: VERIFY, variables: { input } }),
  });
  const raw = await response.text();
  return { status: response.status, raw, body: JSON.parse(raw) };
}

/** Every personal value of the person, as it could appear in a body. */
const personalValues = () => [worker.nik, worker.fullName, right.birthDate, worker.passportNumber, worker.phone, String(worker._id)].filter(Boolean) as string[];

const wrong = { nik: '3507330101990001', fullName: 'Nama Yang Lain Sekali', birthDate: '1970-01-01', passportNumber: 'Z9999999' };

describe('verifyWorker', () => {
  it.each([
    ['every field right', () => ({}), 'MATCH', []],
    ['the name in other case, spacing and diacritics', () => ({ fullName: ` ${right.fullName.toUpperCase().replace(/ /g, '  ').replace(/A/, 'Á')} ` }), 'MATCH', []],
    ['a name a letter longer', () => ({ fullName: `${right.fullName}h` }), 'PARTIAL', ['fullName']],
    ['a wrong birth date', () => ({ birthDate: wrong.birthDate }), 'PARTIAL', ['birthDate']],
    ['a wrong passport number', () => ({ passportNumber: wrong.passportNumber }), 'PARTIAL', ['passportNumber']],
    ['no passport number given', () => ({ passportNumber: undefined }), 'MATCH', []],
    ['every field but the NIK wrong', () => ({ fullName: wrong.fullName, birthDate: wrong.birthDate, passportNumber: wrong.passportNumber }), 'NO_MATCH', ['fullName', 'birthDate', 'passportNumber']],
    ['a NIK nobody has', () => ({ nik: wrong.nik }), 'NO_MATCH', ['nik']],
  ])('with %s answers the outcome and the fields that differ, and no personal value', async (_name, change, result, mismatched) => {
    const input: Record<string, string | undefined> = { ...right, ...change() };
    const before = await kp2mi.db!.collection('audit_entries').countDocuments({ action: 'VERIFY_WORKER', 'actor.sub': 'verifier-esdm' });
    const { status, raw, body } = await verify(input);
    expect(status).toBe(200);
    const checked = ['nik', 'fullName', 'birthDate', ...(input.passportNumber ? ['passportNumber'] : [])];
    expect(body).toEqual({ data: { verifyWorker: { result, mismatchedFields: mismatched, checkedFields: checked, verifiedAt: expect.any(String) } } });
    for (const value of personalValues()) expect(raw).not.toContain(value);
    // Each call is on record, with the purpose and the outcome, on the person's trail when the NIK is theirs.
    const entries = await kp2mi.db!.collection('audit_entries').find({ action: 'VERIFY_WORKER', 'actor.sub': 'verifier-esdm' }).sort({ _id: -1 }).toArray();
    expect(entries).toHaveLength(before + 1);
    expect([entries[0]!.purposeCode, entries[0]!.legalBasis, entries[0]!.errorCode, entries[0]!.fields, String(entries[0]!.workerId)]).toEqual([
      'ESDM-PELATIHAN-VOKASI',
      'PUBLIC_TASK',
      result,
      checked.map((field) => `input.${field}`),
      input.nik === worker.nik ? String(worker._id) : 'null',
    ]);
  });

  it('answers officers of every ministry whose purpose allows verification', async () => {
    for (const ministry of ['KP2MI', 'ESDM', 'PERINDUSTRIAN', 'KOPERASI_UKM'] as const) {
      const { body } = await verify(right, officer(ministry));
      expect([ministry, body.data.verifyWorker.result]).toEqual([ministry, 'MATCH']);
    }
  });

  it.each([
    ['a purpose without verification', officer('KOPERASI_UKM', 'KOPERASI-PEMBERDAYAAN-PURNA-PMI'), 'PURPOSE_NOT_ALLOWED'],
    ['an expired purpose', officer('ESDM', 'ESDM-PELATIHAN-RINTISAN-2025'), 'PURPOSE_EXPIRED'],
    ['no purpose', { ministry: 'ESDM', roles: ['officer'] } as Caller, 'PURPOSE_REQUIRED'],
    ['an analyst', { ministry: 'ESDM', roles: ['analyst'], purposeCode: 'ESDM-PELATIHAN-VOKASI' } as Caller, 'FORBIDDEN'],
  ])('is refused for %s, and nothing is verified', async (_name, caller, code) => {
    const { body } = await verify(right, caller);
    expect([body.data, body.errors.map((e: any) => e.extensions.code)]).toEqual([{ verifyWorker: null }, [code]]);
  });

  it('refuses a malformed NIK naming it', async () => {
    const { body } = await verify({ ...right, nik: '35073' });
    expect(body.errors.map((e: any) => [e.extensions.code, e.extensions.field])).toEqual([['BAD_USER_INPUT', 'input.nik']]);
  });
});
