import { normalizedName, sameName } from '../../subgraphs/kp2mi/name-match';

describe('names compared for verification', () => {
  it.each([
    ['Siti Aminah', 'SITI AMINAH'],
    ['Siti Aminah', '  siti   aminah '],
    ['Adé Irawan', 'Ade Irawan'],
    ['Ni Luh Putu Ayu', 'ni luh\tputu  ayu'],
    ['Nur Fitriyani', 'NÜR FÍTRIYANI'],
  ])('%s is the same name as %s', (a, b) => {
    expect(sameName(a, b)).toBe(true);
  });

  it.each([
    ['Muhamad Rizki', 'Muhammad Rizki'],
    ['Siti Aminah', 'Siti Aminah Binti Ahmad'],
    ['Dewi', 'Dewi.'],
    ['Wayan', 'Wayan Sudarta'],
  ])('%s is not %s: nothing fuzzier than case, spacing and diacritics', (a, b) => {
    expect(sameName(a, b)).toBe(false);
  });

  it('normalizes to lower case without marks, single spaces, trimmed', () => {
    expect(normalizedName('  ÁDÉ   Irawan ')).toBe('ade irawan');
  });
});
