/**
 * The 38 Indonesian provinces under their Kemendagri codes, the codes that open every NIK,
 * so all subgraphs validate and label provinces from one list (Satu Data reference codes),
 * taken from the npm package `idn-area-data` rather than written by hand.
 */
import { readAreaTable } from './area-table';

export interface ProvinceRef {
  /** Two-digit Kemendagri code, e.g. `35`. */
  code: string;
  name: string;
}

/**
 * The package spells out the special regions' titles (`Daerah Khusus Ibukota Jakarta`); the graph
 * has always answered with the short forms Kemendagri and BPS publish, and clients match on them.
 */
const SHORT_NAMES: Readonly<Record<string, string>> = {
  '31': 'DKI Jakarta',
  '34': 'DI Yogyakarta',
};

export const PROVINCES: readonly ProvinceRef[] = readAreaTable('provinces', ['code', 'name']).map(({ code, name }) => ({
  code,
  name: SHORT_NAMES[code] ?? name,
}));

const BY_CODE: ReadonlyMap<string, ProvinceRef> = new Map(PROVINCES.map((p) => [p.code, p]));

export function provinceByCode(code: string): ProvinceRef | undefined {
  return BY_CODE.get(code);
}

/**
 * Relative numbers of PMI placed in 2024 by province of origin, for weighted seed data:
 * the top five are the published figures, the rest plausible smaller shares.
 */
export const PMI_ORIGIN_WEIGHTS: Readonly<Record<string, number>> = {
  '35': 79_000,
  '33': 66_000,
  '32': 61_000,
  '52': 30_000,
  '18': 25_000,
  '12': 8_500,
  '51': 6_800,
  '36': 5_600,
  '16': 4_300,
  '73': 3_700,
  '34': 1_900,
  '53': 1_700,
  '61': 1_300,
  '31': 900,
  '14': 700,
  '21': 650,
  '11': 600,
  '13': 500,
  '15': 450,
  '17': 350,
  '72': 300,
  '74': 300,
  '64': 250,
  '63': 200,
  '71': 200,
  '75': 150,
  '19': 150,
  '76': 120,
};
