/**
 * Categories of personal data a field can be marked with (`@personal(category: …)` in the
 * subgraph schemas). The record of processing groups fields by them; `specific` is the
 * specific (sensitive) data of Pasal 4(2) UU 27/2022, which needs more care.
 */
export const PERSONAL_DATA_CATEGORIES = {
  'identity-number': { en: 'national identity number (NIK)', id: 'Nomor Induk Kependudukan', specific: false },
  name: { en: 'name', id: 'nama', specific: false },
  'birth-date': { en: 'date of birth', id: 'tanggal lahir', specific: false },
  contact: { en: 'contact details', id: 'kontak', specific: false },
  'travel-document': { en: 'travel document (passport)', id: 'dokumen perjalanan (paspor)', specific: false },
  assessment: { en: 'training and assessment results', id: 'hasil pelatihan dan uji kompetensi', specific: false },
  financial: { en: 'personal financial data', id: 'data keuangan pribadi', specific: true },
} as const;

export type PersonalDataCategory = keyof typeof PERSONAL_DATA_CATEGORIES;

export const isPersonalDataCategory = (value: string): value is PersonalDataCategory => value in PERSONAL_DATA_CATEGORIES;
