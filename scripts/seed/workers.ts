/**
 * Deterministic seed workers (PMI) with 2024 KP2MI proportions, valid NIKs of real districts and ids
 * that are unique by construction, so seeding twice yields the same database.
 */
import { encodeNik, type Sex } from '../../subgraphs/kp2mi/nik';
import { PLACEMENT_WEIGHTS } from '../../subgraphs/reference/countries';
import { districtsOfProvince, type DistrictRef } from '../../subgraphs/reference/districts';
import { PMI_ORIGIN_WEIGHTS } from '../../subgraphs/reference/provinces';
import { indonesianName } from './names';
import { createRandom, type Random } from './random';

export type Education = 'PRIMARY' | 'JUNIOR_HIGH' | 'SENIOR_HIGH' | 'DIPLOMA' | 'BACHELOR';

export type WorkerStatus = 'CANDIDATE' | 'VERIFIED' | 'IN_TRAINING' | 'READY' | 'DEPLOYED' | 'RETURNED';

export interface WorkerSeed {
  /** 24-hex ObjectId string: registration time in seconds, then 16 hex digits derived from the index. */
  _id: string;
  nik: string;
  fullName: string;
  sex: Sex;
  /** UTC midnight. */
  birthDate: Date;
  provinceCode: string;
  regencyCode: string;
  education: Education;
  status: WorkerStatus;
  /** ISO 639-1 codes, always starting with `id`. */
  languages: string[];
  /** E.164, e.g. `+6281234567890`. */
  phone: string;
  /** A letter and 7 digits, e.g. `X1234567`; mostly null before training. */
  passportNumber: string | null;
  /** UTC midnight. */
  registeredAt: Date;
}

const DAY_MS = 86_400_000;

const REGISTRATION_FROM = new Date(Date.UTC(2021, 0, 1));
const REGISTRATION_TO = new Date(Date.UTC(2026, 9, 31));

/** Returned workers finished a contract (usually two years) and deployed ones went through months of preparation, so they registered earlier. */
const LATEST_REGISTRATION: Readonly<Record<WorkerStatus, Date>> = {
  CANDIDATE: REGISTRATION_TO,
  VERIFIED: REGISTRATION_TO,
  IN_TRAINING: REGISTRATION_TO,
  READY: REGISTRATION_TO,
  DEPLOYED: new Date(Date.UTC(2026, 6, 31)),
  RETURNED: new Date(Date.UTC(2024, 9, 31)),
};

const EDUCATION_WEIGHTS: Readonly<Record<Education, number>> = {
  SENIOR_HIGH: 44,
  JUNIOR_HIGH: 31,
  PRIMARY: 22,
  DIPLOMA: 2,
  BACHELOR: 1,
};

const STATUS_WEIGHTS: Readonly<Record<WorkerStatus, number>> = {
  CANDIDATE: 10,
  VERIFIED: 8,
  IN_TRAINING: 10,
  READY: 12,
  DEPLOYED: 45,
  RETURNED: 15,
};

type AgeBand = '18-19' | '20-24' | '25-29' | '30-35' | '36-40' | '41-45';

const AGE_BAND_WEIGHTS: Readonly<Record<AgeBand, number>> = {
  '18-19': 7,
  '20-24': 27,
  '25-29': 28,
  '30-35': 24,
  '36-40': 9,
  '41-45': 5,
};

const AGE_BAND_RANGES: Readonly<Record<AgeBand, readonly [number, number]>> = {
  '18-19': [18, 19],
  '20-24': [20, 24],
  '25-29': [25, 29],
  '30-35': [30, 35],
  '36-40': [36, 40],
  '41-45': [41, 45],
};

/** Women dominate placements from Java and Lampung (domestic work, care), men those from Bali (cruise ships) and NTB (plantations); overall about 60% women. */
const FEMALE_SHARE_BY_PROVINCE: Readonly<Record<string, number>> = {
  '32': 0.68,
  '33': 0.66,
  '34': 0.6,
  '35': 0.66,
  '18': 0.62,
  '51': 0.25,
  '52': 0.35,
};
const DEFAULT_FEMALE_SHARE = 0.5;

/** Most PMI come from rural regencies rather than cities (kota, regency codes 71–99). */
const CITY_SHARE = 0.15;

/** The working language a worker learns for each destination (ISO 639-1). */
const DESTINATION_LANGUAGE: Readonly<Record<string, string>> = {
  HK: 'zh', TW: 'zh', MO: 'zh', JP: 'ja', KR: 'ko', MY: 'ms', BN: 'ms', SG: 'en', KH: 'km', TH: 'th',
  SA: 'ar', AE: 'ar', QA: 'ar', KW: 'ar', OM: 'ar', BH: 'ar', JO: 'ar', IQ: 'ar', EG: 'ar', LY: 'ar', DZ: 'ar',
  TR: 'tr', AZ: 'az', KZ: 'ru', UZ: 'ru', TM: 'ru', RU: 'ru', PL: 'pl', HU: 'hu', IT: 'it', DE: 'de', NL: 'nl',
  GB: 'en', NG: 'en', AO: 'pt', AU: 'en', NZ: 'en', US: 'en',
};

/** How far along the lifecycle language training has usually gone. */
const DESTINATION_LANGUAGE_CHANCE: Readonly<Record<WorkerStatus, number>> = {
  CANDIDATE: 0.05,
  VERIFIED: 0.1,
  IN_TRAINING: 0.6,
  READY: 0.95,
  DEPLOYED: 0.95,
  RETURNED: 0.95,
};

const ENGLISH_CHANCE: Readonly<Record<Education, number>> = {
  PRIMARY: 0.03,
  JUNIOR_HIGH: 0.08,
  SENIOR_HIGH: 0.2,
  DIPLOMA: 0.5,
  BACHELOR: 0.7,
};

/** A passport is applied for once a candidate is accepted for training, so earlier stages mostly lack one. */
const PASSPORT_CHANCE: Readonly<Record<WorkerStatus, number>> = {
  CANDIDATE: 0.05,
  VERIFIED: 0.2,
  IN_TRAINING: 0.7,
  READY: 1,
  DEPLOYED: 1,
  RETURNED: 1,
};

const PASSPORT_LETTERS: readonly string[] = ['A', 'B', 'C', 'E', 'X'];

/** Mobile prefixes of the Indonesian operators (Telkomsel, Indosat, XL, Axis, Tri, Smartfren). */
const MOBILE_PREFIXES: readonly string[] = [
  '811', '812', '813', '821', '822', '823', '851', '852', '853', '814', '815', '816', '855', '856', '857', '858',
  '817', '818', '819', '859', '877', '878', '831', '832', '833', '838', '895', '896', '897', '898', '899', '881',
  '882', '883', '887', '888', '889',
];

/**
 * Each index maps to one (district class, serial) pair; a province's real districts are dealt into
 * the classes by position, so two workers of one province with different pairs differ in district
 * or serial. DKI Jakarta, the smallest province by districts, has 44, so every class has one.
 */
const DISTRICT_CLASSES = 40;
const SERIALS = 9999;

/** Indices at or beyond this would reuse a NIK slot, so generation stops there. */
export const MAX_WORKERS = DISTRICT_CLASSES * SERIALS;

/** Keys that make the NIK, phone and passport permutations independent of each other. */
const NIK_KEY = 0x1a2b;
const PHONE_KEY = 0x3c4d;
const PASSPORT_KEY = 0x5e6f;

const UINT64_MASK = (1n << 64n) - 1n;

/** The splitmix64 step is a bijection on 64-bit integers, so distinct indices keep distinct, random-looking ids. */
function mix64(value: number): bigint {
  let z = (BigInt(value) + 0x9e3779b97f4a7c15n) & UINT64_MASK;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & UINT64_MASK;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & UINT64_MASK;
  return z ^ (z >> 31n);
}

function objectId(registeredAt: Date, index: number): string {
  const seconds = Math.floor(registeredAt.getTime() / 1000).toString(16).padStart(8, '0');
  return seconds + mix64(index).toString(16).padStart(16, '0');
}

/** The murmur3 finaliser, so each Feistel round depends on every bit of its input half. */
function hash32(value: number, salt: number): number {
  let h = Math.imul(value ^ Math.imul(salt, 0x9e3779b9), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A keyed Feistel network on [0, high·low): each step adds a hash of one half to the other,
 * which can be undone, so the map is a bijection that still scatters neighbouring indices.
 */
function permute(value: number, high: number, low: number, key: number): number {
  let left = Math.floor(value / low);
  let right = value % low;
  for (let round = 0; round < 4; round += 1) {
    left = (left + hash32(right, key + 2 * round)) % high;
    right = (right + hash32(left, key + 2 * round + 1)) % low;
  }
  return left * low + right;
}

function nikSlot(index: number): { districtClass: number; serial: number } {
  const slot = permute(index, SERIALS, DISTRICT_CLASSES, NIK_KEY);
  return { districtClass: slot % DISTRICT_CLASSES, serial: Math.floor(slot / DISTRICT_CLASSES) + 1 };
}

interface DistrictClass {
  inRegencies: DistrictRef[];
  inCities: DistrictRef[];
}

const isCity = (district: DistrictRef): boolean => district.regencyCode.slice(2) >= '71';

const classesByProvince = new Map<string, readonly DistrictClass[]>();

/** A province's districts dealt into DISTRICT_CLASSES classes by position, each split into regency and city districts. */
function districtClasses(provinceCode: string): readonly DistrictClass[] {
  const known = classesByProvince.get(provinceCode);
  if (known) return known;
  const districts = districtsOfProvince(provinceCode);
  if (districts.length < DISTRICT_CLASSES) {
    throw new Error(`Province ${provinceCode} has ${districts.length} districts, fewer than the ${DISTRICT_CLASSES} NIK slots need`);
  }
  const classes = Array.from({ length: DISTRICT_CLASSES }, (): DistrictClass => ({ inRegencies: [], inCities: [] }));
  districts.forEach((district, position) => {
    const districtClass = classes[position % DISTRICT_CLASSES]!;
    (isCity(district) ? districtClass.inCities : districtClass.inRegencies).push(district);
  });
  classesByProvince.set(provinceCode, classes);
  return classes;
}

/** A real district of the province from the given class, in a regency more often than in a city. */
function districtFor(rng: Random, provinceCode: string, districtClass: number): DistrictRef {
  const { inRegencies, inCities } = districtClasses(provinceCode)[districtClass]!;
  const useCity = inCities.length > 0 && (inRegencies.length === 0 || rng.chance(CITY_SHARE));
  return rng.pick(useCity ? inCities : inRegencies);
}

/** The last birth date at which someone is at least `age` years old on `day`. */
function latestBirthDate(day: Date, age: number): Date {
  const year = day.getUTCFullYear() - age;
  const month = day.getUTCMonth();
  const date = new Date(Date.UTC(year, month, day.getUTCDate()));
  // 29 February rolls into March in a common year; the birthday then falls on 28 February.
  return date.getUTCMonth() === month ? date : new Date(Date.UTC(year, month + 1, 0));
}

function birthDateFor(rng: Random, registeredAt: Date): Date {
  const [minAge, maxAge] = AGE_BAND_RANGES[rng.weighted(AGE_BAND_WEIGHTS)];
  const age = rng.int(minAge, maxAge);
  const earliest = new Date(latestBirthDate(registeredAt, age + 1).getTime() + DAY_MS);
  return rng.dateBetween(earliest, latestBirthDate(registeredAt, age));
}

function languagesFor(rng: Random, status: WorkerStatus, education: Education): string[] {
  const languages = new Set(['id']);
  const destinationLanguage = DESTINATION_LANGUAGE[rng.weighted(PLACEMENT_WEIGHTS)] ?? 'en';
  if (rng.chance(DESTINATION_LANGUAGE_CHANCE[status])) languages.add(destinationLanguage);
  if (rng.chance(ENGLISH_CHANCE[education])) languages.add('en');
  return [...languages];
}

/** The 8 subscriber digits come from the index alone, so every worker has a different number. */
function phoneFor(rng: Random, index: number): string {
  const subscriber = permute(index, 10_000, 10_000, PHONE_KEY);
  return `+62${rng.pick(MOBILE_PREFIXES)}${String(subscriber).padStart(8, '0')}`;
}

/** The 7 digits come from the index alone, so no two workers share a passport number. */
function passportFor(rng: Random, index: number, status: WorkerStatus): string | null {
  if (!rng.chance(PASSPORT_CHANCE[status])) return null;
  const digits = permute(index, 1_000, 10_000, PASSPORT_KEY);
  return rng.pick(PASSPORT_LETTERS) + String(digits).padStart(7, '0');
}

export function generateWorker(rng: Random, index: number): WorkerSeed {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_WORKERS) {
    throw new RangeError(`Worker index must be an integer 0–${MAX_WORKERS - 1}; got ${index}`);
  }
  const provinceCode = rng.weighted(PMI_ORIGIN_WEIGHTS);
  const sex: Sex = rng.chance(FEMALE_SHARE_BY_PROVINCE[provinceCode] ?? DEFAULT_FEMALE_SHARE) ? 'FEMALE' : 'MALE';
  const status = rng.weighted(STATUS_WEIGHTS);
  const registeredAt = rng.dateBetween(REGISTRATION_FROM, LATEST_REGISTRATION[status]);
  const birthDate = birthDateFor(rng, registeredAt);
  const education = rng.weighted(EDUCATION_WEIGHTS);
  const { districtClass, serial } = nikSlot(index);
  const district = districtFor(rng, provinceCode, districtClass);
  const regency = district.regencyCode.slice(2);
  return {
    _id: objectId(registeredAt, index),
    nik: encodeNik({ provinceCode, regencyCode: regency, districtCode: district.code.slice(4), birthDate, sex, serial }),
    fullName: indonesianName(rng, sex, provinceCode),
    sex,
    birthDate,
    provinceCode,
    regencyCode: regency,
    education,
    status,
    languages: languagesFor(rng, status, education),
    phone: phoneFor(rng, index),
    passportNumber: passportFor(rng, index, status),
    registeredAt,
  };
}

export function* generateWorkers(seed: number, count: number): Generator<WorkerSeed> {
  const rng = createRandom(seed);
  for (let index = 0; index < count; index += 1) yield generateWorker(rng, index);
}
