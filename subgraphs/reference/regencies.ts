/**
 * Kemendagri's regencies (kabupaten, codes 01–69) and cities (kota, 71–99) from `idn-area-data`,
 * keyed by the four digits that follow the province in a NIK's first four (e.g. `3507`).
 */
import { compactCode, readAreaTable } from './area-table';

export interface RegencyRef {
  /** Province and regency digits, e.g. `3507`. */
  code: string;
  /** Two-digit province code, e.g. `35`. */
  provinceCode: string;
  /** As Kemendagri writes it, e.g. `Kabupaten Malang`, `Kota Surabaya`. */
  name: string;
}

const BY_CODE: ReadonlyMap<string, RegencyRef> = new Map(
  readAreaTable('regencies', ['code', 'province_code', 'name']).map((row) => {
    const regency = { code: compactCode(row.code), provinceCode: row.province_code, name: row.name };
    return [regency.code, regency];
  }),
);

/** A regency by its four digits (province + regency), e.g. `3507`. */
export function regencyByCode(code: string): RegencyRef | undefined {
  return BY_CODE.get(code);
}
