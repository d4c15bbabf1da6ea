/**
 * Rules of the NIK (Nomor Induk Kependudukan): 2 digits province, 2 regency/city, 2 district,
 * birth date DDMMYY with 40 added to the day for women, then a 4-digit serial. The first six digits
 * must name a district (kecamatan) that exists in Kemendagri's codes (`idn-area-data`).
 * Dates are UTC midnight, so only UTC getters are used.
 */
import { districtByCode } from '../reference/districts';
import { provinceByCode } from '../reference/provinces';
import { regencyByCode } from '../reference/regencies';

export type Sex = 'MALE' | 'FEMALE';

export type NikProblem = 'FORMAT' | 'PROVINCE' | 'REGENCY' | 'DISTRICT' | 'DATE' | 'BIRTH_DATE_MISMATCH' | 'SEX_MISMATCH';

export interface NikFailure {
  ok: false;
  problem: NikProblem;
  message: string;
}

export interface NikParts {
  ok: true;
  provinceCode: string;
  regencyCode: string;
  districtCode: string;
  sex: Sex;
  /** Day of birth with the 40 for women already removed. */
  day: number;
  month: number;
  yearTwoDigits: number;
  serial: number;
}

export interface NikInput {
  provinceCode: string;
  regencyCode: string;
  districtCode: string;
  /** UTC midnight. */
  birthDate: Date;
  sex: Sex;
  /** 1..9999. */
  serial: number;
}

const FEMALE_DAY_OFFSET = 40;

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

/** Regencies are numbered 01–69 and cities 71–99, so 00 and 70 name nothing. */
const isRegencyCode = (code: string): boolean => /^\d{2}$/.test(code) && code !== '00' && code !== '70';

const isDistrictCode = (code: string): boolean => /^\d{2}$/.test(code) && code !== '00';

/** Both 19YY and 20YY share leap years except 1900, and a NIK cannot tell them apart, so 20YY is used. */
const daysInMonth = (month: number, yearTwoDigits: number): number =>
  new Date(Date.UTC(2000 + yearTwoDigits, month, 0)).getUTCDate();

export function encodeNik(input: NikInput): string {
  const { provinceCode, regencyCode, districtCode, birthDate, sex, serial } = input;
  if (!provinceByCode(provinceCode)) throw new RangeError(`Unknown province code "${provinceCode}"`);
  if (!regencyByCode(provinceCode + regencyCode)) throw new RangeError(`Unknown regency ${provinceCode}.${regencyCode}`);
  if (!districtByCode(provinceCode + regencyCode + districtCode)) throw new RangeError(`Unknown district ${provinceCode}.${regencyCode}.${districtCode}`);
  if (!Number.isInteger(serial) || serial < 1 || serial > 9999) {
    throw new RangeError(`NIK serial must be an integer 1–9999; got ${serial}`);
  }
  if (Number.isNaN(birthDate.getTime())) throw new RangeError('Birth date is not a valid date');
  const day = birthDate.getUTCDate() + (sex === 'FEMALE' ? FEMALE_DAY_OFFSET : 0);
  const datePart = pad(day, 2) + pad(birthDate.getUTCMonth() + 1, 2) + pad(birthDate.getUTCFullYear() % 100, 2);
  return provinceCode + regencyCode + districtCode + datePart + pad(serial, 4);
}

export function parseNik(nik: string): NikParts | NikFailure {
  if (!/^\d{16}$/.test(nik)) {
    return { ok: false, problem: 'FORMAT', message: `NIK must be exactly 16 digits; got "${nik}"` };
  }
  const provinceCode = nik.slice(0, 2);
  const regencyCode = nik.slice(2, 4);
  const districtCode = nik.slice(4, 6);
  const datePart = nik.slice(6, 12);
  const serial = Number(nik.slice(12, 16));
  const province = provinceByCode(provinceCode);
  if (!province) {
    return { ok: false, problem: 'PROVINCE', message: `NIK province code ${provinceCode} is not a Kemendagri province code` };
  }
  if (!isRegencyCode(regencyCode)) {
    return {
      ok: false,
      problem: 'FORMAT',
      message: `NIK regency code ${regencyCode} is neither a regency (01–69) nor a city (71–99) code`,
    };
  }
  const regency = regencyByCode(provinceCode + regencyCode);
  if (!regency) {
    return { ok: false, problem: 'REGENCY', message: `NIK digits 3–4: regency ${provinceCode}.${regencyCode} does not exist in ${province.name}` };
  }
  if (!isDistrictCode(districtCode)) {
    return { ok: false, problem: 'FORMAT', message: `NIK district code ${districtCode} is not a district code (01–99)` };
  }
  if (!districtByCode(provinceCode + regencyCode + districtCode)) {
    return {
      ok: false,
      problem: 'DISTRICT',
      message: `NIK digits 5–6: district ${provinceCode}.${regencyCode}.${districtCode} does not exist in ${regency.name}`,
    };
  }
  if (serial === 0) {
    return { ok: false, problem: 'FORMAT', message: 'NIK serial 0000 is not valid; serials start at 0001' };
  }
  const rawDay = Number(datePart.slice(0, 2));
  const month = Number(datePart.slice(2, 4));
  const yearTwoDigits = Number(datePart.slice(4, 6));
  const sex: Sex = rawDay > FEMALE_DAY_OFFSET ? 'FEMALE' : 'MALE';
  const day = sex === 'FEMALE' ? rawDay - FEMALE_DAY_OFFSET : rawDay;
  if (month < 1 || month > 12) {
    return { ok: false, problem: 'DATE', message: `NIK date part ${datePart} has month ${pad(month, 2)}, which does not exist` };
  }
  if (day < 1 || day > daysInMonth(month, yearTwoDigits)) {
    return {
      ok: false,
      problem: 'DATE',
      message: `NIK date part ${datePart} has day ${pad(rawDay, 2)}, which is no day of month ${pad(month, 2)} for men (01–31) or women (41–71)`,
    };
  }
  return { ok: true, provinceCode, regencyCode, districtCode, sex, day, month, yearTwoDigits, serial };
}

export function checkNikAgainst(nik: string, birthDate: Date, sex?: Sex): { ok: true } | NikFailure {
  const parts = parseNik(nik);
  if (!parts.ok) return parts;
  const datePart = nik.slice(6, 12);
  const sameDate =
    parts.day === birthDate.getUTCDate() &&
    parts.month === birthDate.getUTCMonth() + 1 &&
    parts.yearTwoDigits === birthDate.getUTCFullYear() % 100;
  if (!sameDate) {
    return {
      ok: false,
      problem: 'BIRTH_DATE_MISMATCH',
      message: `NIK date part ${datePart} does not match birth date ${isoDate(birthDate)} (women add 40 to the day)`,
    };
  }
  if (sex !== undefined && parts.sex !== sex) {
    const expectedDay = birthDate.getUTCDate() + (sex === 'FEMALE' ? FEMALE_DAY_OFFSET : 0);
    return {
      ok: false,
      problem: 'SEX_MISMATCH',
      message:
        `NIK date part ${datePart} marks a ${parts.sex.toLowerCase()} but the person is ${sex.toLowerCase()}; ` +
        `the day should be ${pad(expectedDay, 2)} (women add 40 to the day)`,
    };
  }
  return { ok: true };
}
