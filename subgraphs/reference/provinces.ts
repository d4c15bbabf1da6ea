/**
 * The 38 Indonesian provinces under their Kemendagri codes, the codes that open every NIK,
 * so all subgraphs validate and label provinces from one list (Satu Data reference codes).
 */
export interface ProvinceRef {
  /** Two-digit Kemendagri code, e.g. `35`. */
  code: string;
  name: string;
}

export const PROVINCES: readonly ProvinceRef[] = [
  { code: '11', name: 'Aceh' },
  { code: '12', name: 'Sumatera Utara' },
  { code: '13', name: 'Sumatera Barat' },
  { code: '14', name: 'Riau' },
  { code: '15', name: 'Jambi' },
  { code: '16', name: 'Sumatera Selatan' },
  { code: '17', name: 'Bengkulu' },
  { code: '18', name: 'Lampung' },
  { code: '19', name: 'Kepulauan Bangka Belitung' },
  { code: '21', name: 'Kepulauan Riau' },
  { code: '31', name: 'DKI Jakarta' },
  { code: '32', name: 'Jawa Barat' },
  { code: '33', name: 'Jawa Tengah' },
  { code: '34', name: 'DI Yogyakarta' },
  { code: '35', name: 'Jawa Timur' },
  { code: '36', name: 'Banten' },
  { code: '51', name: 'Bali' },
  { code: '52', name: 'Nusa Tenggara Barat' },
  { code: '53', name: 'Nusa Tenggara Timur' },
  { code: '61', name: 'Kalimantan Barat' },
  { code: '62', name: 'Kalimantan Tengah' },
  { code: '63', name: 'Kalimantan Selatan' },
  { code: '64', name: 'Kalimantan Timur' },
  { code: '65', name: 'Kalimantan Utara' },
  { code: '71', name: 'Sulawesi Utara' },
  { code: '72', name: 'Sulawesi Tengah' },
  { code: '73', name: 'Sulawesi Selatan' },
  { code: '74', name: 'Sulawesi Tenggara' },
  { code: '75', name: 'Gorontalo' },
  { code: '76', name: 'Sulawesi Barat' },
  { code: '81', name: 'Maluku' },
  { code: '82', name: 'Maluku Utara' },
  { code: '91', name: 'Papua' },
  { code: '92', name: 'Papua Barat' },
  { code: '93', name: 'Papua Selatan' },
  { code: '94', name: 'Papua Tengah' },
  { code: '95', name: 'Papua Pegunungan' },
  { code: '96', name: 'Papua Barat Daya' },
];

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
