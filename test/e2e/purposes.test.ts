import type { Connection } from 'mongoose';
import { inForce, indonesianToday, LEGAL_BASES, loadPurposeRegistry } from '../../lib/privacy/purposes';
import { headersFor, type Caller } from './support/callers';
import { openDatabase, postGraphQL } from './support/clients';
import { stackInfo } from './support/stack-info';

/**
 * A personal-data read needs a registered purpose (X-Purpose-Code), checked per field by the
 * subgraph that holds it: the code exists, is the caller's ministry's, allows their role and the
 * field, and its instrument is in force. Every refusal is per field; the rest of the answer stands.
 */
const registry = loadPurposeRegistry();
let kp2mi: Connection;
let worker: Record<string, any>;

beforeAll(async () => {
  kp2mi = await openDatabase('kp2mi');
  worker = (await kp2mi.db!.collection('workers').findOne({ status: 'DEPLOYED', passportNumber: { $ne: null }, phone: { $ne: null } }, { sort: { _id: 1 } }))!;
});
afterAll(async () => {
  await kp2mi.close();
});

const QUERY = 'query Personal($id: ID!) { worker(id: $id) { id status nik birthDate phone passportNumber } }';
const FIELDS = ['nik', 'birthDate', 'phone', 'passportNumber'] as const;
const valueOf = (field: (typeof FIELDS)[number]) => (field === 'birthDate' ? (worker.birthDate as Date).toISOString().slice(0, 10) : worker[field]);

async function ask(caller: Caller, sub = `purpose-test-${caller.ministry.toLowerCase()}`) {
  return (await postGraphQL(stackInfo().gatewayUrl, { query: QUERY, variables: { id: worker._id.toHexString() } }, await headersFor({ scope: 'pii:read', sub, ...caller }))).body;
}

const officerOf = (ministry: Caller['ministry'], purposeCode?: string): Caller => ({ ministry, roles: ['officer'], ...(purposeCode ? { purposeCode } : {}) });

describe('the purpose code, per personal field', () => {
  it.each([
    ['no purpose code', officerOf('KP2MI'), 'PURPOSE_REQUIRED', undefined],
    ['a code the registry does not have', officerOf('KP2MI', 'KP2MI-TIDAK-ADA'), 'PURPOSE_UNKNOWN', undefined],
    ["another ministry's purpose", officerOf('KP2MI', 'ESDM-PELATIHAN-VOKASI'), 'PURPOSE_NOT_ALLOWED', 'MINISTRY'],
    ['a purpose whose PKS has ended', officerOf('ESDM', 'ESDM-PELATIHAN-RINTISAN-2025'), 'PURPOSE_EXPIRED', undefined],
  ])('refuses every personal field for %s, with the rest of the answer standing', async (_name, caller, code, reason) => {
    const body = await ask(caller);
    expect(body.data).toEqual({ worker: { id: worker._id.toHexString(), status: 'DEPLOYED', nik: null, birthDate: null, phone: null, passportNumber: null } });
    expect(body.errors.map((e: any) => [e.path.join('.'), e.extensions.code, e.extensions.reason]).sort()).toEqual(FIELDS.map((field) => [`worker.${field}`, code, reason]).sort());
  });

  it('lets a Perindustrian officer whose purpose allows phone read it, and refuses passportNumber in the same answer', async () => {
    const body = await ask(officerOf('PERINDUSTRIAN', 'PERINDUSTRIAN-PELATIHAN-3IN1'));
    expect(body.data).toEqual({ worker: { id: worker._id.toHexString(), status: 'DEPLOYED', nik: null, birthDate: null, phone: worker.phone, passportNumber: null } });
    expect(body.errors.map((e: any) => [e.path.join('.'), e.extensions.code, e.extensions.reason, e.message]).sort()).toEqual(
      (['nik', 'birthDate', 'passportNumber'] as const).map((field) => [`worker.${field}`, 'PURPOSE_NOT_ALLOWED', 'FIELD', `Purpose PERINDUSTRIAN-PELATIHAN-3IN1 does not allow Worker.${field}`]).sort(),
    );
  });

  it('answers every field each purpose allows, and refuses every field it does not, for every purpose in force', async () => {
    for (const purpose of registry.purposes.filter((p) => inForce(p, indonesianToday()))) {
      const body = await ask({ ministry: purpose.ministry, roles: [purpose.roles[0]!], purposeCode: purpose.code });
      for (const field of FIELDS) {
        const allowed = purpose.fields.includes(`Worker.${field}`);
        expect([purpose.code, field, body.data.worker[field]]).toEqual([purpose.code, field, allowed ? valueOf(field) : null]);
        const error = (body.errors ?? []).find((e: any) => e.path.join('.') === `worker.${field}`);
        expect([purpose.code, field, error?.extensions.code]).toEqual([purpose.code, field, allowed ? undefined : 'PURPOSE_NOT_ALLOWED']);
      }
    }
  });

  it('puts the purpose code, its legal basis and the note in the audit entry of the fields answered', async () => {
    const sub = `purpose-audit-${Date.now()}`;
    await ask({ ...officerOf('PERINDUSTRIAN', 'PERINDUSTRIAN-PELATIHAN-3IN1'), purpose: 'memanggil peserta pelatihan' }, sub);
    const entries = await kp2mi.db!.collection('audit_entries').find({ 'actor.sub': sub }).toArray();
    expect(entries.map((entry) => [entry.action, entry.workerId.toHexString(), entry.fields, entry.purposeCode, entry.legalBasis, entry.purpose])).toEqual([
      ['READ_PERSONAL_DATA', worker._id.toHexString(), ['Worker.phone'], 'PERINDUSTRIAN-PELATIHAN-3IN1', 'PUBLIC_TASK', 'memanggil peserta pelatihan'],
    ]);
    // Refused fields are not reads: nothing is on record for a caller refused everything.
    const refusedSub = `purpose-refused-${Date.now()}`;
    await ask(officerOf('ESDM', 'ESDM-PELATIHAN-RINTISAN-2025'), refusedSub);
    expect(await kp2mi.db!.collection('audit_entries').countDocuments({ 'actor.sub': refusedSub })).toBe(0);
  });

  it('checks the NIK a lookup processes: workerByNik needs a purpose that allows Worker.nik', async () => {
    const lookup = async (caller: Caller) =>
      (await postGraphQL(stackInfo().gatewayUrl, { query: 'query($nik: String!) { workerByNik(nik: $nik) { id } }', variables: { nik: worker.nik } }, await headersFor({ scope: 'pii:read', ...caller }))).body;
    expect(await lookup(officerOf('KP2MI', 'KP2MI-VERIFIKASI-PENEMPATAN'))).toEqual({ data: { workerByNik: { id: worker._id.toHexString() } } });
    const refused = await lookup(officerOf('PERINDUSTRIAN', 'PERINDUSTRIAN-PELATIHAN-3IN1'));
    expect([refused.data, refused.errors.map((e: any) => [e.extensions.code, e.extensions.reason])]).toEqual([{ workerByNik: null }, [['PURPOSE_NOT_ALLOWED', 'FIELD']]]);
  });

  it('refuses a malformed X-Purpose-Code with 400 before anything runs', async () => {
    const headers = { ...(await headersFor({ ...officerOf('KP2MI'), scope: 'pii:read' })), 'x-purpose-code': 'verifikasi penempatan; drop' };
    const { status, body } = await postGraphQL(stackInfo().gatewayUrl, { query: QUERY, variables: { id: worker._id.toHexString() } }, headers);
    expect([status, body.data, body.errors.map((e: any) => [e.extensions.code, e.extensions.field])]).toEqual([400, undefined, [['BAD_USER_INPUT', 'X-Purpose-Code']]]);
  });
});

describe('the purposes query', () => {
  const PURPOSES = `{ purposes { code indonesianLabel englishLabel ministry legalBasis legalBasisArticle instrument { kind number validFrom validUntil } roles fields allowsVerification retentionMonths retentionDuty } }`;

  it("lists exactly the caller's ministry's purposes in force for their role, as the registry has them", async () => {
    for (const ministry of ['KP2MI', 'ESDM', 'PERINDUSTRIAN', 'KOPERASI_UKM'] as const) {
      const { body } = await postGraphQL(stackInfo().gatewayUrl, { query: PURPOSES }, await headersFor(officerOf(ministry)));
      const expected = registry.purposes
        .filter((p) => p.ministry === ministry && p.roles.includes('officer') && inForce(p, indonesianToday()))
        .map((p) => ({
          code: p.code,
          indonesianLabel: p.label.id,
          englishLabel: p.label.en,
          ministry: p.ministry,
          legalBasis: LEGAL_BASES[p.legalBasis].name,
          legalBasisArticle: LEGAL_BASES[p.legalBasis].article,
          instrument: p.instrument,
          roles: p.roles,
          fields: p.fields,
          allowsVerification: p.verification,
          retentionMonths: p.retentionMonths,
          retentionDuty: p.retentionDuty,
        }));
      expect(expected.length).toBeGreaterThan(0);
      expect(body).toEqual({ data: { purposes: expected } });
    }
    const esdm = await postGraphQL(stackInfo().gatewayUrl, { query: '{ purposes { code } }' }, await headersFor(officerOf('ESDM')));
    expect(esdm.body.data.purposes.map((p: any) => p.code)).not.toContain('ESDM-PELATIHAN-RINTISAN-2025');
  });

  it('is empty for analysts and anonymous callers', async () => {
    const analyst = await postGraphQL(stackInfo().gatewayUrl, { query: '{ purposes { code } }' }, await headersFor({ ministry: 'KP2MI', roles: ['analyst'] }));
    const anonymous = await postGraphQL(stackInfo().gatewayUrl, { query: '{ purposes { code } }' });
    expect([analyst.body, anonymous.body]).toEqual([{ data: { purposes: [] } }, { data: { purposes: [] } }]);
  });
});
