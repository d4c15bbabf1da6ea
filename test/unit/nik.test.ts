import { checkNikAgainst, encodeNik, parseNik, type NikProblem } from '../../subgraphs/kp2mi/nik';

const utc = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);

function problemOf(result: { ok: true } | { ok: false; problem: NikProblem; message: string }): [NikProblem, string] {
  if (result.ok) throw new Error('expected a problem, got ok');
  return [result.problem, result.message];
}

describe('encodeNik', () => {
  it('writes province, regency, district, DDMMYY and serial for a man', () => {
    const nik = encodeNik({
      provinceCode: '35',
      regencyCode: '07',
      districtCode: '12',
      birthDate: utc('1995-03-12'),
      sex: 'MALE',
      serial: 1,
    });
    expect(nik).toBe('3507121203950001');
  });

  it('adds 40 to the day for a woman', () => {
    const nik = encodeNik({
      provinceCode: '52',
      regencyCode: '71',
      districtCode: '03',
      birthDate: utc('2001-11-05'),
      sex: 'FEMALE',
      serial: 9999,
    });
    expect(nik).toBe('5271034511019999');
  });

  it('rejects an unknown province and an out-of-range serial', () => {
    const base = { regencyCode: '01', districtCode: '01', birthDate: utc('1990-01-01'), sex: 'MALE' as const };
    expect(() => encodeNik({ ...base, provinceCode: '20', serial: 1 })).toThrow(RangeError);
    expect(() => encodeNik({ ...base, provinceCode: '35', serial: 0 })).toThrow(RangeError);
    expect(() => encodeNik({ ...base, provinceCode: '35', serial: 10_000 })).toThrow(RangeError);
  });

  it('rejects a regency or district that does not exist, so it never writes a NIK that parseNik refuses', () => {
    const base = { provinceCode: '35', birthDate: utc('1990-01-01'), sex: 'MALE' as const, serial: 1 };
    expect(() => encodeNik({ ...base, regencyCode: '99', districtCode: '01' })).toThrow('Unknown regency 35.99');
    expect(() => encodeNik({ ...base, regencyCode: '07', districtCode: '99' })).toThrow('Unknown district 35.07.99');
  });
});

describe('parseNik', () => {
  it('round-trips what encodeNik wrote', () => {
    const input = {
      provinceCode: '33',
      regencyCode: '29',
      districtCode: '17',
      birthDate: utc('1988-12-31'),
      sex: 'FEMALE' as const,
      serial: 437,
    };
    expect(parseNik(encodeNik(input))).toEqual({
      ok: true,
      provinceCode: '33',
      regencyCode: '29',
      districtCode: '17',
      sex: 'FEMALE',
      day: 31,
      month: 12,
      yearTwoDigits: 88,
      serial: 437,
    });
  });

  it('reads a woman from a day above 40', () => {
    const parsed = parseNik('3201014507990002');
    expect(parsed).toMatchObject({ ok: true, sex: 'FEMALE', day: 5, month: 7, yearTwoDigits: 99 });
  });

  it('accepts 29 February only in a leap year', () => {
    expect(parseNik('3501012902960001').ok).toBe(true);
    expect(problemOf(parseNik('3501012902970001'))[0]).toBe('DATE');
  });

  it.each([
    ['too short', '350101120395001'],
    ['letters', '35010112039500A1'],
    ['spaces', '3501 01120395001'],
  ])('reports FORMAT for %s', (_, nik) => {
    const [problem, message] = problemOf(parseNik(nik));
    expect(problem).toBe('FORMAT');
    expect(message).toBe(`NIK must be exactly 16 digits; got "${nik}"`);
  });

  it('reports FORMAT for regency 00, district 00 and serial 0000', () => {
    expect(problemOf(parseNik('3500011203950001'))).toEqual([
      'FORMAT',
      'NIK regency code 00 is neither a regency (01–69) nor a city (71–99) code',
    ]);
    expect(problemOf(parseNik('3501001203950001'))).toEqual(['FORMAT', 'NIK district code 00 is not a district code (01–99)']);
    expect(problemOf(parseNik('3501011203950000'))).toEqual(['FORMAT', 'NIK serial 0000 is not valid; serials start at 0001']);
  });

  it('reports PROVINCE for a code that is no province', () => {
    expect(problemOf(parseNik('2001011203950001'))).toEqual([
      'PROVINCE',
      'NIK province code 20 is not a Kemendagri province code',
    ]);
  });

  it('reports REGENCY for a regency the province does not have, naming digits 3–4 and the province', () => {
    expect(problemOf(parseNik('3599011203950001'))).toEqual(['REGENCY', 'NIK digits 3–4: regency 35.99 does not exist in Jawa Timur']);
    // Kota codes start at 71; Jawa Timur's stop at 79 (Kota Batu).
    expect(problemOf(parseNik('3580011203950001'))).toEqual(['REGENCY', 'NIK digits 3–4: regency 35.80 does not exist in Jawa Timur']);
    expect(problemOf(parseNik('3102011203950001'))).toEqual(['REGENCY', 'NIK digits 3–4: regency 31.02 does not exist in DKI Jakarta']);
  });

  it('reports DISTRICT for a district the regency does not have, naming digits 5–6 and the regency', () => {
    // Kabupaten Malang has 33 districts (kecamatan).
    expect(problemOf(parseNik('3507341203950001'))).toEqual(['DISTRICT', 'NIK digits 5–6: district 35.07.34 does not exist in Kabupaten Malang']);
    expect(problemOf(parseNik('3578991203950001'))).toEqual(['DISTRICT', 'NIK digits 5–6: district 35.78.99 does not exist in Kota Surabaya']);
  });

  it('accepts districts that exist, in a regency and in a city', () => {
    expect(parseNik('3507331203950001')).toMatchObject({ ok: true, provinceCode: '35', regencyCode: '07', districtCode: '33' });
    expect(parseNik('3578015203950001')).toMatchObject({ ok: true, provinceCode: '35', regencyCode: '78', districtCode: '01', sex: 'FEMALE' });
    expect(parseNik('3171011203950001')).toMatchObject({ ok: true, provinceCode: '31', regencyCode: '71' });
  });

  it('reports DATE for an impossible month or day', () => {
    expect(problemOf(parseNik('3501011213950001'))).toEqual([
      'DATE',
      'NIK date part 121395 has month 13, which does not exist',
    ]);
    expect(problemOf(parseNik('3501013503950001'))).toEqual([
      'DATE',
      'NIK date part 350395 has day 35, which is no day of month 03 for men (01–31) or women (41–71)',
    ]);
    expect(problemOf(parseNik('3501017204950001'))[0]).toBe('DATE');
    expect(problemOf(parseNik('3501010003950001'))[0]).toBe('DATE');
  });
});

describe('checkNikAgainst', () => {
  it('accepts a NIK that matches birth date and sex', () => {
    expect(checkNikAgainst('3507125203950001', utc('1995-03-12'), 'FEMALE')).toEqual({ ok: true });
    expect(checkNikAgainst('3507121203950001', utc('1995-03-12'), 'MALE')).toEqual({ ok: true });
    expect(checkNikAgainst('3507125203950001', utc('1995-03-12'))).toEqual({ ok: true });
  });

  it('reports BIRTH_DATE_MISMATCH when day, month or year differ', () => {
    expect(problemOf(checkNikAgainst('3507121203950001', utc('1995-03-13')))).toEqual([
      'BIRTH_DATE_MISMATCH',
      'NIK date part 120395 does not match birth date 1995-03-13 (women add 40 to the day)',
    ]);
    expect(problemOf(checkNikAgainst('3507121203950001', utc('1995-04-12')))[0]).toBe('BIRTH_DATE_MISMATCH');
    expect(problemOf(checkNikAgainst('3507121203950001', utc('1996-03-12')))[0]).toBe('BIRTH_DATE_MISMATCH');
  });

  it('reports SEX_MISMATCH when a woman lacks the 40 or a man has it', () => {
    expect(problemOf(checkNikAgainst('3507121203950001', utc('1995-03-12'), 'FEMALE'))).toEqual([
      'SEX_MISMATCH',
      'NIK date part 120395 marks a male but the person is female; the day should be 52 (women add 40 to the day)',
    ]);
    expect(problemOf(checkNikAgainst('3507125203950001', utc('1995-03-12'), 'MALE'))).toEqual([
      'SEX_MISMATCH',
      'NIK date part 520395 marks a female but the person is male; the day should be 12 (women add 40 to the day)',
    ]);
  });

  it('passes on parse problems unchanged', () => {
    expect(problemOf(checkNikAgainst('123', utc('1995-03-12')))[0]).toBe('FORMAT');
  });
});
