import { districtByCode, districtsOfProvince } from '../../subgraphs/reference/districts';
import { PROVINCES, provinceByCode } from '../../subgraphs/reference/provinces';
import { regencyByCode } from '../../subgraphs/reference/regencies';

describe('Kemendagri areas (from idn-area-data)', () => {
  it('has the 38 provinces under the names the graph has always used', () => {
    expect(PROVINCES).toHaveLength(38);
    expect(provinceByCode('35')).toEqual({ code: '35', name: 'Jawa Timur' });
    // The package writes the special regions' full titles; the graph keeps the short forms.
    expect(provinceByCode('31')?.name).toBe('DKI Jakarta');
    expect(provinceByCode('34')?.name).toBe('DI Yogyakarta');
    expect(provinceByCode('19')?.name).toBe('Kepulauan Bangka Belitung');
    expect(provinceByCode('96')?.name).toBe('Papua Barat Daya');
    expect(provinceByCode('20')).toBeUndefined();
  });

  it('looks regencies up by four digits and districts by six', () => {
    expect(regencyByCode('3507')).toEqual({ code: '3507', provinceCode: '35', name: 'Kabupaten Malang' });
    expect(regencyByCode('3578')).toEqual({ code: '3578', provinceCode: '35', name: 'Kota Surabaya' });
    expect(regencyByCode('3599')).toBeUndefined();
    expect(districtByCode('350713')).toEqual({ code: '350713', regencyCode: '3507', name: 'Kepanjen' });
    expect(districtByCode('350799')).toBeUndefined();
  });

  it('lists a province\'s districts by code', () => {
    const jakarta = districtsOfProvince('31');
    expect(jakarta).toHaveLength(44);
    expect(jakarta.map((d) => d.code)).toEqual([...jakarta.map((d) => d.code)].sort());
    expect(jakarta.every((d) => d.code.startsWith('31'))).toBe(true);
    expect(districtsOfProvince('20')).toEqual([]);
  });
});
