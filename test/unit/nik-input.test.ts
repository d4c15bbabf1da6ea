import { nikInput } from '../../subgraphs/kp2mi/nik-input';
import { newWorker } from '../../subgraphs/kp2mi/repositories/worker-registration';
import { refusal } from './support/refusal';

const registration = { fullName: 'Siti Rahayu', sex: 'FEMALE' as const, birthDate: new Date('1995-03-12T00:00:00Z') };

describe('nikInput (workerByNik, dataSubjectReport)', () => {
  it('refuses a NIK whose regency does not exist in its province, naming nik and digits 3–4', () => {
    expect(refusal(() => nikInput('3599015203950001', 'nik'))).toEqual({
      message: 'NIK digits 3–4: regency 35.99 does not exist in Jawa Timur',
      extensions: { code: 'BAD_USER_INPUT', field: 'nik' },
    });
  });

  it('refuses a NIK whose district does not exist in its regency, naming nik and digits 5–6', () => {
    expect(refusal(() => nikInput('3507995203950001', 'nik'))).toEqual({
      message: 'NIK digits 5–6: district 35.07.99 does not exist in Kabupaten Malang',
      extensions: { code: 'BAD_USER_INPUT', field: 'nik' },
    });
  });

  it('keeps refusing what it refused before: the format, the province and the date', () => {
    expect(refusal(() => nikInput('12ab', 'nik'))).toEqual({ message: 'NIK must be exactly 16 digits; got "12ab"', extensions: { code: 'BAD_USER_INPUT', field: 'nik' } });
    expect(refusal(() => nikInput('9907335203950001', 'nik')).message).toBe('NIK province code 99 is not a Kemendagri province code');
    expect(refusal(() => nikInput('3507337203950001', 'nik')).message).toMatch(/^NIK date part 720395 has day 72/);
  });

  it('accepts a NIK of a district that exists and returns its parts', () => {
    expect(nikInput('3507335203950001', 'nik')).toEqual({ ok: true, provinceCode: '35', regencyCode: '07', districtCode: '33', sex: 'FEMALE', day: 12, month: 3, yearTwoDigits: 95, serial: 1 });
  });
});

describe('newWorker (registerWorker)', () => {
  it('refuses a nonexistent regency or district naming input.nik', () => {
    expect(refusal(() => newWorker({ ...registration, nik: '3599015203950001' }))).toEqual({
      message: 'NIK digits 3–4: regency 35.99 does not exist in Jawa Timur',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.nik' },
    });
    expect(refusal(() => newWorker({ ...registration, nik: '3507995203950001' }))).toEqual({
      message: 'NIK digits 5–6: district 35.07.99 does not exist in Kabupaten Malang',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.nik' },
    });
  });

  it('still checks the birth date against the NIK (women add 40 to the day)', () => {
    expect(refusal(() => newWorker({ ...registration, nik: '3507331203950001' }))).toEqual({
      message: 'NIK date part 120395 marks a male but the person is female; the day should be 52 (women add 40 to the day)',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.nik' },
    });
  });

  it('registers a valid NIK with its two-digit province and regency codes', () => {
    expect(newWorker({ ...registration, nik: '3507335203950001' })).toMatchObject({ nik: '3507335203950001', provinceCode: '35', regencyCode: '07', status: 'CANDIDATE' });
  });
});
