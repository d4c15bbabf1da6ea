import { readFileSync } from 'node:fs';
import { GraphQLError } from 'graphql';
import type { Identity } from '../../lib/identity';
import { purposeForField, usablePurpose } from '../../lib/privacy/purpose-check';
import { DEFAULT_PURPOSE_REGISTRY, parsePurposeRegistry, PurposeRegistryError, type Purpose } from '../../lib/privacy/purposes';
import { retained } from '../../subgraphs/runtime/privacy/data-subject-part';

const json = () => JSON.parse(readFileSync(DEFAULT_PURPOSE_REGISTRY, 'utf8'));
const registry = parsePurposeRegistry(json(), 'purposes.json');
const officer = (ministry: Identity['ministry'], purposeCode?: string): Identity => ({ sub: 's', ministry, roles: ['officer'], scopes: ['pii:read'], purpose: null, purposeCode });

function problemsOf(change: (registry: any) => void): string {
  const broken = json();
  change(broken);
  try {
    parsePurposeRegistry(broken, 'broken.json', new Set(['Worker.nik', 'Worker.phone', 'Worker.fullName', 'Worker.birthDate', 'Worker.passportNumber', 'DataSubjectReport.nik', 'EnergyEnrollment.score', 'IndustryEnrollment.score', 'FinancingApplication.amountIdr', 'FinancingApplication.bank']));
  } catch (err) {
    expect(err).toBeInstanceOf(PurposeRegistryError);
    return (err as Error).message;
  }
  throw new Error('the registry was accepted');
}

describe('the registry of purposes', () => {
  it('loads the committed registry, every purpose with its instrument', () => {
    expect(registry.purposes.length).toBe(json().purposes.length);
    expect([...registry.byCode.keys()]).toEqual(json().purposes.map((p: Purpose) => p.code));
  });

  it.each([
    ['a missing legal basis', (r: any) => delete r.purposes[0].legalBasis, 'purposes[0] (KP2MI-PELINDUNGAN): "legalBasis" must be a letter of Pasal 20(2) UU 27/2022: a, b, c, d, e, f'],
    ['a legal basis outside Pasal 20(2)', (r: any) => (r.purposes[1].legalBasis = 'g'), 'purposes[1] (KP2MI-VERIFIKASI-PENEMPATAN): "legalBasis" must be a letter'],
    ['a code used twice', (r: any) => (r.purposes[1].code = r.purposes[0].code), 'the code is used twice'],
    ['a lower-case code', (r: any) => (r.purposes[0].code = 'kp2mi-x'), '"code" must be upper-case letters, digits and dashes'],
    ['an impossible date', (r: any) => (r.purposes[3].instrument.validUntil = '2029-02-30'), '"instrument.validUntil" must be a date YYYY-MM-DD'],
    ['an instrument ending before it starts', (r: any) => (r.purposes[3].instrument.validUntil = '2020-01-01'), '"instrument.validUntil" is before its "validFrom"'],
    ['an unknown instrument kind', (r: any) => (r.purposes[3].instrument.kind = 'LETTER'), '"instrument.kind" must be one of PKS, MOU, UU, PP, PERPRES, PERMEN'],
    ['a role the graph does not have', (r: any) => (r.purposes[0].roles = ['superuser']), '"roles" must list at least one of officer, analyst, admin'],
    ['a field no schema marks', (r: any) => r.purposes[0].fields.push('Worker.shoeSize'), '"Worker.shoeSize" is not a personal field marked @personal'],
    ['a label without English', (r: any) => delete r.purposes[0].label.en, '"label" needs "id" (Indonesian) and "en" (English) text'],
    ['a retention of no months', (r: any) => (r.purposes[0].retentionMonths = 0), '"retentionMonths" must be a whole number of months above 0'],
    ['a retention duty on consent', (r: any) => (r.purposes[3].retentionDuty = 'UU x'), '"retentionDuty" needs legal basis c'],
    ['a refusal ground outside Pasal 15(1)', (r: any) => (r.purposes[8].erasureRefusalGround = 'z'), '"erasureRefusalGround" must be a letter of Pasal 15(1)'],
    ['no version', (r: any) => delete r.version, '"version" must name this version of the registry'],
  ])('refuses %s, naming the purpose and the problem', (_name, change, message) => {
    const problems = problemsOf(change);
    expect(problems).toContain('broken.json is not valid, so nothing starts');
    expect(problems).toContain(message);
  });

  it('says every problem at once', () => {
    const problems = problemsOf((r) => {
      delete r.purposes[0].legalBasis;
      r.purposes[2].roles = [];
    });
    // The header line, then one line per problem: the missing basis also voids its retention duty.
    expect(problems.split('\n  - ').slice(1)).toEqual([
      'purposes[0] (KP2MI-PELINDUNGAN): "legalBasis" must be a letter of Pasal 20(2) UU 27/2022: a, b, c, d, e, f',
      'purposes[0] (KP2MI-PELINDUNGAN): "retentionDuty" needs legal basis c (a legal obligation)',
      'purposes[2] (KP2MI-PERMINTAAN-SUBJEK-DATA): "roles" must list at least one of officer, analyst, admin',
    ]);
  });
});

describe('the purpose check', () => {
  const today = '2026-12-02';
  const code = (result: Purpose | GraphQLError) => (result instanceof GraphQLError ? [result.extensions.code, result.extensions.reason] : result.code);

  it.each([
    ['no code', officer('KP2MI'), 'Worker.nik', ['PURPOSE_REQUIRED', undefined]],
    ['an unknown code', officer('KP2MI', 'NOPE'), 'Worker.nik', ['PURPOSE_UNKNOWN', undefined]],
    ["another ministry's purpose", officer('ESDM', 'KP2MI-PELINDUNGAN'), 'Worker.nik', ['PURPOSE_NOT_ALLOWED', 'MINISTRY']],
    ['a role the purpose is not for', { ...officer('KP2MI', 'KP2MI-PELINDUNGAN'), roles: ['analyst'] } as Identity, 'Worker.nik', ['PURPOSE_NOT_ALLOWED', 'ROLE']],
    ['a field the purpose does not allow', officer('PERINDUSTRIAN', 'PERINDUSTRIAN-PELATIHAN-3IN1'), 'Worker.passportNumber', ['PURPOSE_NOT_ALLOWED', 'FIELD']],
    ['an instrument that ended', officer('ESDM', 'ESDM-PELATIHAN-RINTISAN-2025'), 'Worker.nik', ['PURPOSE_EXPIRED', undefined]],
    ['a field the purpose allows', officer('PERINDUSTRIAN', 'PERINDUSTRIAN-PELATIHAN-3IN1'), 'Worker.phone', 'PERINDUSTRIAN-PELATIHAN-3IN1'],
  ])('with %s', (_name, identity, field, expected) => {
    expect(code(purposeForField(registry, identity, field, today))).toEqual(expected);
  });

  it('refuses an instrument before its first day and takes its last day as in force', () => {
    const vokasi = officer('ESDM', 'ESDM-PELATIHAN-VOKASI');
    expect(code(usablePurpose(registry, vokasi, '2026-04-07'))).toEqual(['PURPOSE_NOT_IN_FORCE', undefined]);
    expect(code(usablePurpose(registry, vokasi, '2026-04-08'))).toBe('ESDM-PELATIHAN-VOKASI');
    expect(code(usablePurpose(registry, vokasi, '2029-04-07'))).toBe('ESDM-PELATIHAN-VOKASI');
    expect(code(usablePurpose(registry, vokasi, '2029-04-08'))).toEqual(['PURPOSE_EXPIRED', undefined]);
  });
});

describe('retention on erasure', () => {
  const now = new Date('2026-12-02T00:00:00Z');
  it('keeps a field a duty of the holding ministry covers, until its period ends from the record’s last event', () => {
    expect(retained({ ministry: 'KP2MI', registry }, 'Worker.nik', new Date('2026-01-10T00:00:00Z'), now)).toMatchObject({ purposeCode: 'KP2MI-PELINDUNGAN', until: '2036-01-10', ground: null });
    expect(retained({ ministry: 'KOPERASI_UKM', registry }, 'FinancingApplication.bank', new Date('2025-03-01T00:00:00Z'), now)).toMatchObject({ purposeCode: 'KOPERASI-PENYALURAN-KUR', until: '2030-03-01', ground: 'FINANCIAL_SUPERVISION' });
  });

  it('erases what no duty covers, what another ministry’s duty covers, and what a duty kept long enough', () => {
    expect(retained({ ministry: 'KP2MI', registry }, 'Worker.phone', new Date('2026-01-10T00:00:00Z'), now)).toBeNull();
    // Perindustrian's certification duty names Worker.nik, but KP2MI holds it.
    expect(retained({ ministry: 'ESDM', registry }, 'Worker.nik', new Date('2026-01-10T00:00:00Z'), now)).toBeNull();
    expect(retained({ ministry: 'ESDM', registry }, 'EnergyEnrollment.score', new Date('2026-01-10T00:00:00Z'), now)).toBeNull();
    expect(retained({ ministry: 'KP2MI', registry }, 'Worker.nik', new Date('2016-11-01T00:00:00Z'), now)).toBeNull();
  });
});
