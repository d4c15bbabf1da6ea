import { GraphQLError } from 'graphql';
import { businessFilter } from '../../subgraphs/koperasi-ukm/repositories/business-repository';
import { workerFilter } from '../../subgraphs/kp2mi/repositories/worker-filter';

/** The GraphQLError a filter builder throws, so message and extensions can be asserted whole. */
function errorOf(fn: () => unknown): { message: string; extensions: unknown } {
  try {
    fn();
  } catch (err) {
    if (err instanceof GraphQLError) return { message: err.message, extensions: err.extensions };
    throw err;
  }
  throw new Error('expected a GraphQLError, nothing was thrown');
}

const day = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);

describe('workerFilter', () => {
  it('is empty without input', () => {
    expect(workerFilter(null)).toEqual({});
    expect(workerFilter(undefined)).toEqual({});
    expect(workerFilter({})).toEqual({});
    expect(workerFilter({ status: null, sex: null, education: null, provinceCode: null, nameContains: null })).toEqual({});
  });

  it.each([
    [{ status: 'READY' }, { status: 'READY' }],
    [{ sex: 'FEMALE' }, { sex: 'FEMALE' }],
    [{ education: 'SENIOR_HIGH' }, { education: 'SENIOR_HIGH' }],
    [{ provinceCode: '35' }, { provinceCode: '35' }],
  ])('matches %p exactly', (input, expected) => {
    expect(workerFilter(input)).toEqual(expected);
  });

  it('makes registeredTo include the whole day', () => {
    expect(workerFilter({ registeredTo: day('2025-10-08') })).toEqual({ registeredAt: { $lt: day('2025-10-09') } });
  });

  it('starts registeredFrom at its midnight', () => {
    expect(workerFilter({ registeredFrom: day('2025-01-01') })).toEqual({ registeredAt: { $gte: day('2025-01-01') } });
  });

  it('accepts a one-day range', () => {
    expect(workerFilter({ registeredFrom: day('2025-10-08'), registeredTo: day('2025-10-08') })).toEqual({
      registeredAt: { $gte: day('2025-10-08'), $lt: day('2025-10-09') },
    });
  });

  it('combines every field', () => {
    expect(
      workerFilter({
        status: 'VERIFIED',
        provinceCode: '52',
        sex: 'MALE',
        education: 'DIPLOMA',
        registeredFrom: day('2024-01-01'),
        registeredTo: day('2024-12-31'),
        nameContains: 'siti',
      }),
    ).toEqual({
      status: 'VERIFIED',
      provinceCode: '52',
      sex: 'MALE',
      education: 'DIPLOMA',
      registeredAt: { $gte: day('2024-01-01'), $lt: day('2025-01-01') },
      fullName: { $regex: 'siti', $options: 'i' },
    });
  });

  it('escapes regex metacharacters in nameContains so they match literally', () => {
    const filter = workerFilter({ nameContains: 'a.b*' });
    expect(filter).toEqual({ fullName: { $regex: 'a\\.b\\*', $options: 'i' } });

    const regex = new RegExp((filter.fullName as { $regex: string }).$regex, 'i');
    expect(regex.test('Nur A.B* Rahma')).toBe(true);
    expect(regex.test('axbbb')).toBe(false);
  });

  it('keeps a $-prefixed nameContains a literal, not an operator', () => {
    expect(workerFilter({ nameContains: '$where' })).toEqual({ fullName: { $regex: '\\$where', $options: 'i' } });
    expect(workerFilter({ nameContains: '(x|y)+[z]{2}^?\\' })).toEqual({
      fullName: { $regex: '\\(x\\|y\\)\\+\\[z\\]\\{2\\}\\^\\?\\\\', $options: 'i' },
    });
  });

  it('accepts a nameContains of exactly 100 characters', () => {
    expect(workerFilter({ nameContains: 'a'.repeat(100) })).toEqual({ fullName: { $regex: 'a'.repeat(100), $options: 'i' } });
  });

  it('rejects a nameContains over 100 characters', () => {
    expect(errorOf(() => workerFilter({ nameContains: 'a'.repeat(101) }))).toEqual({
      message: 'nameContains must be at most 100 characters',
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.nameContains' },
    });
  });

  it('rejects a province code Kemendagri does not have', () => {
    expect(errorOf(() => workerFilter({ provinceCode: '20' }))).toEqual({
      message: 'provinceCode "20" is not a Kemendagri province code (e.g. "35" for Jawa Timur)',
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.provinceCode' },
    });
  });

  it('rejects a range that ends before it starts', () => {
    expect(errorOf(() => workerFilter({ registeredFrom: day('2025-10-09'), registeredTo: day('2025-10-08') }))).toEqual({
      message: 'registeredFrom must not be after registeredTo',
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.registeredFrom' },
    });
  });
});

describe('businessFilter', () => {
  it('is empty without input', () => {
    expect(businessFilter(null)).toEqual({});
    expect(businessFilter(undefined)).toEqual({});
    expect(businessFilter({ provinceCode: null, scale: null, sector: null, ownedByReturnedWorker: null })).toEqual({});
  });

  it.each([
    [{ scale: 'MICRO' }, { scale: 'MICRO' }],
    [{ sector: 'FOOD_BEVERAGE' }, { sector: 'FOOD_BEVERAGE' }],
    [{ provinceCode: '33' }, { provinceCode: '33' }],
    [{ ownedByReturnedWorker: true }, { ownedByReturnedWorker: true }],
    [{ ownedByReturnedWorker: false }, { ownedByReturnedWorker: false }],
  ])('matches %p exactly', (input, expected) => {
    expect(businessFilter(input)).toEqual(expected);
  });

  it('combines every field', () => {
    expect(businessFilter({ provinceCode: '52', scale: 'SMALL', sector: 'AGRICULTURE', ownedByReturnedWorker: true })).toEqual({
      provinceCode: '52',
      scale: 'SMALL',
      sector: 'AGRICULTURE',
      ownedByReturnedWorker: true,
    });
  });

  it('rejects a province code Kemendagri does not have', () => {
    expect(errorOf(() => businessFilter({ provinceCode: 'JT' }))).toEqual({
      message: 'provinceCode "JT" is not a Kemendagri province code (e.g. "35" for Jawa Timur)',
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.provinceCode' },
    });
  });
});
