/**
 * Destination countries of PMI under ISO 3166-1 alpha-2 codes, grouped by UN M49 sub-region,
 * so placements, job openings and export markets all name countries the same way.
 */
export interface CountryRef {
  /** ISO 3166-1 alpha-2 code, e.g. `HK`. */
  code: string;
  /** English short name. */
  name: string;
  /** UN M49 sub-region, e.g. `Western Asia`. */
  region: string;
}

export const COUNTRIES: readonly CountryRef[] = [
  { code: 'HK', name: 'Hong Kong', region: 'Eastern Asia' },
  { code: 'TW', name: 'Taiwan', region: 'Eastern Asia' },
  { code: 'MO', name: 'Macao', region: 'Eastern Asia' },
  { code: 'JP', name: 'Japan', region: 'Eastern Asia' },
  { code: 'KR', name: 'South Korea', region: 'Eastern Asia' },
  { code: 'MY', name: 'Malaysia', region: 'South-eastern Asia' },
  { code: 'SG', name: 'Singapore', region: 'South-eastern Asia' },
  { code: 'BN', name: 'Brunei', region: 'South-eastern Asia' },
  { code: 'KH', name: 'Cambodia', region: 'South-eastern Asia' },
  { code: 'TH', name: 'Thailand', region: 'South-eastern Asia' },
  { code: 'SA', name: 'Saudi Arabia', region: 'Western Asia' },
  { code: 'AE', name: 'United Arab Emirates', region: 'Western Asia' },
  { code: 'QA', name: 'Qatar', region: 'Western Asia' },
  { code: 'KW', name: 'Kuwait', region: 'Western Asia' },
  { code: 'OM', name: 'Oman', region: 'Western Asia' },
  { code: 'BH', name: 'Bahrain', region: 'Western Asia' },
  { code: 'JO', name: 'Jordan', region: 'Western Asia' },
  { code: 'IQ', name: 'Iraq', region: 'Western Asia' },
  { code: 'TR', name: 'Turkey', region: 'Western Asia' },
  { code: 'AZ', name: 'Azerbaijan', region: 'Western Asia' },
  { code: 'KZ', name: 'Kazakhstan', region: 'Central Asia' },
  { code: 'UZ', name: 'Uzbekistan', region: 'Central Asia' },
  { code: 'TM', name: 'Turkmenistan', region: 'Central Asia' },
  { code: 'RU', name: 'Russia', region: 'Eastern Europe' },
  { code: 'PL', name: 'Poland', region: 'Eastern Europe' },
  { code: 'HU', name: 'Hungary', region: 'Eastern Europe' },
  { code: 'IT', name: 'Italy', region: 'Southern Europe' },
  { code: 'DE', name: 'Germany', region: 'Western Europe' },
  { code: 'NL', name: 'Netherlands', region: 'Western Europe' },
  { code: 'GB', name: 'United Kingdom', region: 'Northern Europe' },
  { code: 'DZ', name: 'Algeria', region: 'Northern Africa' },
  { code: 'LY', name: 'Libya', region: 'Northern Africa' },
  { code: 'EG', name: 'Egypt', region: 'Northern Africa' },
  { code: 'NG', name: 'Nigeria', region: 'Western Africa' },
  { code: 'AO', name: 'Angola', region: 'Middle Africa' },
  { code: 'AU', name: 'Australia', region: 'Australia and New Zealand' },
  { code: 'NZ', name: 'New Zealand', region: 'Australia and New Zealand' },
  { code: 'US', name: 'United States', region: 'Northern America' },
];

const BY_CODE: ReadonlyMap<string, CountryRef> = new Map(COUNTRIES.map((c) => [c.code, c]));

export function countryByCode(code: string): CountryRef | undefined {
  return BY_CODE.get(code);
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
