/**
 * Field names that say a field holds personal data, for the check that nothing personal goes
 * unmarked (personal-data-marks.ts). A name is matched as its lower-case words joined by `_`
 * (`passportNumber` → `passport_number`), so each pattern can insist on whole words: `phone` and
 * `phoneNumber` are flagged, `phoneCode` (a country's dialling code) is not, and a plain `name`
 * never is, since businesses, products, banks, centres and provinces have one too.
 */
export const PERSONAL_FIELD_NAMES: readonly { what: string; pattern: RegExp }[] = [
  { what: 'NIK (national identity number)', pattern: /(^|_)(nik|ktp|national_id|identity_number)($|_)/ },
  { what: 'phone number', pattern: /(^|_)(phone|mobile|telephone|telepon|whatsapp)(_number)?$|(^|_)(no|nomor)_(hp|telp)$/ },
  { what: 'passport', pattern: /(^|_)(passport|paspor)($|_)/ },
  { what: 'date or place of birth', pattern: /(^|_)(birth_?(date|day|place)|(date|place)_of_birth|dob|(tanggal|tgl|tempat)_lahir)$/ },
  { what: 'address', pattern: /(^|_)(address|alamat)($|_)/ },
  { what: "mother's name", pattern: /(^|_)(mothers?(_maiden)?_name|nama_ibu(_kandung)?)$/ },
  { what: 'email address', pattern: /(^|_)(email|e_mail)($|_)/ },
  { what: 'family card (KK) number', pattern: /(^|_)(family_card(_number)?|(no|nomor)_kk|kk_number|kartu_keluarga)$/ },
  { what: "a person's full or part name", pattern: /(^|_)(full_name|first_name|last_name|given_name|middle_name|family_name|surname|nama_lengkap)$/ },
  { what: 'bank account', pattern: /(^|_)(bank_account|account_(number|no)|iban|rekening)($|_)/ },
  // Specific data of Pasal 4(2) UU 27/2022 that a placement process collects (medical check, SKCK, fingerprints).
  { what: 'health, biometric or criminal-record data', pattern: /(^|_)(health|medical|diagnosis|disability|biometrics?|fingerprints?|criminal_record|skck)($|_)/ },
];

/**
 * Fields whose name matches a pattern but that are left unmarked on purpose, each with why.
 * Keep it short: an entry here is a field the record of processing does not list.
 */
export const UNMARKED_BY_DESIGN: Readonly<Record<string, string>> = {};

/** `passportNumber` → `passport_number`, `NIKHash` → `nik_hash`. */
export function nameWords(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

/** What personal data the field's name suggests, or null when it suggests none. */
export function personalDataNamed(fieldName: string): string | null {
  const words = nameWords(fieldName);
  return PERSONAL_FIELD_NAMES.find(({ pattern }) => pattern.test(words))?.what ?? null;
}
