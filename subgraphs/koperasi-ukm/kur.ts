/**
 * KUR (Kredit Usaha Rakyat) as the banks apply it: each scheme's ceiling and the banks that
 * distribute it, and where. Shared by the rules of applyForFinancing, the labels and the seed data.
 */
export const KUR_SCHEMES = ['SUPER_MICRO', 'MICRO', 'SMALL', 'PMI'] as const;
export type KurScheme = (typeof KUR_SCHEMES)[number];

/** Highest amount per scheme, in whole rupiah. */
export const KUR_CEILINGS_IDR: Readonly<Record<KurScheme, number>> = {
  SUPER_MICRO: 10_000_000,
  MICRO: 100_000_000,
  SMALL: 500_000_000,
  PMI: 100_000_000,
};

export const KUR_SCHEME_LABELS: Readonly<Record<KurScheme, string>> = {
  SUPER_MICRO: 'KUR Super Mikro',
  MICRO: 'KUR Mikro',
  SMALL: 'KUR Kecil',
  PMI: 'KUR PMI',
};

export interface KurBank {
  code: string;
  name: string;
  /** A regional development bank (BPD) lends in its home provinces only. */
  provinceCodes?: readonly string[];
}

/** The state banks that carry most KUR, and regional development banks (BPD) of the main PMI provinces. */
export const KUR_BANKS: readonly KurBank[] = [
  { code: 'BRI', name: 'Bank Rakyat Indonesia (BRI)' },
  { code: 'BNI', name: 'Bank Negara Indonesia (BNI)' },
  { code: 'MANDIRI', name: 'Bank Mandiri' },
  { code: 'BSI', name: 'Bank Syariah Indonesia (BSI)' },
  { code: 'BTN', name: 'Bank Tabungan Negara (BTN)' },
  { code: 'BJB', name: 'Bank BJB (Jawa Barat dan Banten)', provinceCodes: ['32', '36'] },
  { code: 'BANK_JATENG', name: 'Bank Jateng', provinceCodes: ['33'] },
  { code: 'BANK_JATIM', name: 'Bank Jatim', provinceCodes: ['35'] },
  { code: 'BANK_NTB_SYARIAH', name: 'Bank NTB Syariah', provinceCodes: ['52'] },
  { code: 'BANK_LAMPUNG', name: 'Bank Lampung', provinceCodes: ['18'] },
  { code: 'BANK_SUMUT', name: 'Bank Sumut', provinceCodes: ['12'] },
  { code: 'BPD_BALI', name: 'BPD Bali', provinceCodes: ['51'] },
];

const BANKS_BY_CODE: ReadonlyMap<string, KurBank> = new Map(KUR_BANKS.map((bank) => [bank.code, bank]));

export function kurBankByCode(code: string): KurBank | undefined {
  return BANKS_BY_CODE.get(code);
}

/** Whether the bank lends to a business in this province: a national bank everywhere, a BPD at home only. */
export function lendsIn(bank: KurBank, provinceCode: string): boolean {
  return bank.provinceCodes === undefined || bank.provinceCodes.includes(provinceCode);
}
