/**
 * Destination countries of PMI under ISO 3166-1 alpha-2 codes, grouped by UN M49 sub-region,
 * so placements, job openings and export markets all name countries the same way. Their English
 * and Indonesian names come from the npm package `i18n-iso-countries`; the sub-regions, which it
 * does not carry, are the project's own.
 */
import * as isoCountries from 'i18n-iso-countries/index';
import en from 'i18n-iso-countries/langs/en.json';
import id from 'i18n-iso-countries/langs/id.json';

// The package's Node entry registers all of its ~80 locales; the graph speaks two.
isoCountries.registerLocale(en);
isoCountries.registerLocale(id);

export interface CountryRef {
  /** ISO 3166-1 alpha-2 code, e.g. `HK`. */
  code: string;
  /** English short name, e.g. `Saudi Arabia`. */
  name: string;
  /** Indonesian name, e.g. `Arab Saudi`. */
  nameId: string;
  /** UN M49 sub-region, e.g. `Western Asia`. */
  region: string;
}

/** The destinations the graph knows, in its own order, with their UN M49 sub-region. */
const REGIONS: Readonly<Record<string, string>> = {
  HK: 'Eastern Asia',
  TW: 'Eastern Asia',
  MO: 'Eastern Asia',
  JP: 'Eastern Asia',
  KR: 'Eastern Asia',
  MY: 'South-eastern Asia',
  SG: 'South-eastern Asia',
  BN: 'South-eastern Asia',
  KH: 'South-eastern Asia',
  TH: 'South-eastern Asia',
  SA: 'Western Asia',
  AE: 'Western Asia',
  QA: 'Western Asia',
  KW: 'Western Asia',
  OM: 'Western Asia',
  BH: 'Western Asia',
  JO: 'Western Asia',
  IQ: 'Western Asia',
  TR: 'Western Asia',
  AZ: 'Western Asia',
  KZ: 'Central Asia',
  UZ: 'Central Asia',
  TM: 'Central Asia',
  RU: 'Eastern Europe',
  PL: 'Eastern Europe',
  HU: 'Eastern Europe',
  IT: 'Southern Europe',
  DE: 'Western Europe',
  NL: 'Western Europe',
  GB: 'Northern Europe',
  DZ: 'Northern Africa',
  LY: 'Northern Africa',
  EG: 'Northern Africa',
  NG: 'Western Africa',
  AO: 'Middle Africa',
  AU: 'Australia and New Zealand',
  NZ: 'Australia and New Zealand',
  US: 'Northern America',
};

/**
 * Where the package's first English name is ISO's long form (`Taiwan, Province of China`,
 * `Russian Federation`), the short name the graph has always answered with, which clients match
 * on; each must be one of the package's own names for that code.
 */
const SHORT_ENGLISH_NAMES: Readonly<Record<string, string>> = {
  TW: 'Taiwan',
  TR: 'Turkey',
  RU: 'Russia',
  US: 'United States',
};

function englishName(code: string): string {
  const names = isoCountries.getName(code, 'en', { select: 'all' }) ?? [];
  const short = SHORT_ENGLISH_NAMES[code];
  if (short !== undefined && !names.includes(short)) throw new Error(`i18n-iso-countries does not call ${code} "${short}" (it says ${names.join(', ')})`);
  const name = short ?? names[0];
  if (name === undefined) throw new Error(`i18n-iso-countries has no English name for ${code}`);
  return name;
}

function indonesianName(code: string): string {
  const name = isoCountries.getName(code, 'id');
  if (name === undefined) throw new Error(`i18n-iso-countries has no Indonesian name for ${code}`);
  return name;
}

export const COUNTRIES: readonly CountryRef[] = Object.entries(REGIONS).map(([code, region]) => ({
  code,
  name: englishName(code),
  nameId: indonesianName(code),
  region,
}));

const BY_CODE: ReadonlyMap<string, CountryRef> = new Map(COUNTRIES.map((c) => [c.code, c]));

export function countryByCode(code: string): CountryRef | undefined {
  return BY_CODE.get(code);
}

/** True for an ISO 3166-1 alpha-2 code (upper case) of any country, a destination or not. */
export function isIsoCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && isoCountries.alpha2ToAlpha3(code) !== undefined;
}

/**
 * Relative numbers of PMI placed in 2024 by destination, for weighted seed data: the top ten
 * are the published figures, the rest plausible smaller ones (energy-sector markets stay small).
 */
export const PLACEMENT_WEIGHTS: Readonly<Record<string, number>> = {
  HK: 99_000,
  TW: 84_000,
  MY: 51_000,
  JP: 12_700,
  SG: 10_800,
  KR: 9_500,
  SA: 6_600,
  IT: 2_900,
  BN: 2_500,
  TR: 2_500,
  PL: 1_800,
  AE: 1_600,
  QA: 1_200,
  DE: 1_100,
  MO: 1_000,
  AU: 900,
  KW: 600,
  US: 600,
  OM: 500,
  GB: 500,
  NZ: 400,
  HU: 400,
  KH: 300,
  TH: 300,
  BH: 300,
  NL: 200,
  JO: 100,
  DZ: 80,
  RU: 70,
  NG: 60,
  KZ: 50,
  EG: 50,
  AZ: 40,
  IQ: 40,
  AO: 30,
  UZ: 20,
  TM: 20,
  LY: 20,
};
