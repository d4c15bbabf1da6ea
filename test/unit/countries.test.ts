import { COUNTRIES, countryByCode, isIsoCountryCode } from '../../subgraphs/reference/countries';
import { countryCodeInput } from '../../subgraphs/runtime/country-input';
import { refusal } from './support/refusal';

describe('destination countries (names from i18n-iso-countries)', () => {
  it('names each country in English and in Indonesian', () => {
    expect(countryByCode('SA')).toEqual({ code: 'SA', name: 'Saudi Arabia', nameId: 'Arab Saudi', region: 'Western Asia' });
    expect(countryByCode('KR')).toEqual({ code: 'KR', name: 'South Korea', nameId: 'Korea Selatan', region: 'Eastern Asia' });
    expect(countryByCode('JP')).toMatchObject({ name: 'Japan', nameId: 'Jepang' });
    expect(countryByCode('NL')).toMatchObject({ name: 'Netherlands', nameId: 'Belanda' });
  });

  it('keeps the short English names the graph has always answered with, where ISO has a long form', () => {
    expect(countryByCode('TW')).toMatchObject({ name: 'Taiwan', nameId: 'Taiwan' });
    expect(countryByCode('RU')).toMatchObject({ name: 'Russia', nameId: 'Rusia' });
    expect(countryByCode('TR')).toMatchObject({ name: 'Turkey', nameId: 'Turki' });
    expect(countryByCode('US')).toMatchObject({ name: 'United States', nameId: 'Amerika Serikat' });
  });

  it('has both names and a region for each of the 38 destinations', () => {
    expect(COUNTRIES).toHaveLength(38);
    for (const country of COUNTRIES) {
      expect(country.code).toMatch(/^[A-Z]{2}$/);
      expect(country.name).not.toBe('');
      expect(country.nameId).not.toBe('');
      expect(country.region).not.toBe('');
    }
  });

  it('tells ISO codes from other pairs of letters', () => {
    expect(isIsoCountryCode('FR')).toBe(true);
    expect(isIsoCountryCode('XX')).toBe(false);
    expect(isIsoCountryCode('tw')).toBe(false);
    expect(isIsoCountryCode('TWN')).toBe(false);
  });
});

describe('countryCodeInput', () => {
  it('upper-cases a destination code', () => {
    expect(countryCodeInput(' tw ', 'input.countryCode')).toBe('TW');
  });

  it('refuses a code that is no ISO 3166-1 country, naming the field', () => {
    expect(refusal(() => countryCodeInput('XX', 'input.countryCode'))).toEqual({
      message: 'countryCode "XX" is not an ISO 3166-1 alpha-2 country code (e.g. "TW")',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.countryCode' },
    });
  });

  it('refuses a real country that is no destination of PMI', () => {
    expect(refusal(() => countryCodeInput('FR', 'filter.countryCode'))).toEqual({
      message: 'countryCode "FR" is not a destination country known to the graph (ISO 3166-1 alpha-2, e.g. "TW")',
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.countryCode' },
    });
  });
});
