/**
 * Kemendagri's districts (kecamatan) from `idn-area-data`, keyed by the six digits that open a NIK
 * (province, regency, district, e.g. `350712`), so a NIK can be checked against a place that exists.
 */
import { compactCode, readAreaTable } from './area-table';

export interface DistrictRef {
  /** Province, regency and district digits, e.g. `350712`. */
  code: string;
  /** Province and regency digits, e.g. `3507`. */
  regencyCode: string;
  name: string;
}

const DISTRICTS: readonly DistrictRef[] = readAreaTable('districts', ['code', 'regency_code', 'name'])
  .map((row) => ({ code: compactCode(row.code), regencyCode: compactCode(row.regency_code), name: row.name }))
  .sort((a, b) => a.code.localeCompare(b.code));

const BY_CODE: ReadonlyMap<string, DistrictRef> = new Map(DISTRICTS.map((d) => [d.code, d]));

const BY_PROVINCE: ReadonlyMap<string, readonly DistrictRef[]> = Map.groupBy(DISTRICTS, (d) => d.code.slice(0, 2));

/** A district by its six digits (province + regency + district), e.g. `350712`. */
export function districtByCode(code: string): DistrictRef | undefined {
  return BY_CODE.get(code);
}

/** Every district of a province, by code; empty for a code that is no province. */
export function districtsOfProvince(provinceCode: string): readonly DistrictRef[] {
  return BY_PROVINCE.get(provinceCode) ?? [];
}
