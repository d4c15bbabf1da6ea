import { checkNikAgainst, parseNik } from '../../subgraphs/kp2mi/nik';
import { districtByCode } from '../../subgraphs/reference/districts';
import { PMI_ORIGIN_WEIGHTS, provinceByCode } from '../../subgraphs/reference/provinces';
import { createRandom } from '../../scripts/seed/random';
import { SEED } from '../../scripts/seed/seed';
import { generateWorker, generateWorkers, MAX_WORKERS, type WorkerSeed } from '../../scripts/seed/workers';

/** Completed years between two UTC dates, the way birthdays count them. */
function ageOn(birthDate: Date, day: Date): number {
  const beforeBirthday =
    day.getUTCMonth() < birthDate.getUTCMonth() ||
    (day.getUTCMonth() === birthDate.getUTCMonth() && day.getUTCDate() < birthDate.getUTCDate());
  return day.getUTCFullYear() - birthDate.getUTCFullYear() - (beforeBirthday ? 1 : 0);
}

const share = (workers: readonly WorkerSeed[], test: (w: WorkerSeed) => boolean): number =>
  workers.filter(test).length / workers.length;

describe('generateWorkers(42, 5000)', () => {
  const workers = [...generateWorkers(42, 5000)];

  it('yields the requested number of workers', () => {
    expect(workers).toHaveLength(5000);
  });

  it('is deterministic', () => {
    expect([...generateWorkers(42, 5000)]).toEqual(workers);
    expect([...generateWorkers(43, 50)]).not.toEqual(workers.slice(0, 50));
  });

  it('gives every worker a NIK that matches birth date, sex and province', () => {
    for (const w of workers) {
      expect(checkNikAgainst(w.nik, w.birthDate, w.sex)).toEqual({ ok: true });
      expect(parseNik(w.nik)).toMatchObject({ provinceCode: w.provinceCode, regencyCode: w.regencyCode });
    }
  });

  it('keeps NIKs, ids, phones and passport numbers unique', () => {
    const unique = (values: readonly (string | null)[]) => new Set(values).size;
    expect(unique(workers.map((w) => w.nik))).toBe(5000);
    expect(unique(workers.map((w) => w._id))).toBe(5000);
    expect(unique(workers.map((w) => w.phone))).toBe(5000);
    const passports = workers.map((w) => w.passportNumber).filter((p) => p !== null);
    expect(unique(passports)).toBe(passports.length);
  });

  it('makes ObjectId-shaped ids that start with the registration time', () => {
    for (const w of workers) {
      expect(w._id).toMatch(/^[0-9a-f]{24}$/);
      expect(parseInt(w._id.slice(0, 8), 16) * 1000).toBe(w.registeredAt.getTime());
    }
  });

  it('registers adults aged 18–45 between 2021-01-01 and 2026-10-31', () => {
    for (const w of workers) {
      const age = ageOn(w.birthDate, w.registeredAt);
      expect(age).toBeGreaterThanOrEqual(18);
      expect(age).toBeLessThanOrEqual(45);
      expect(w.registeredAt.getTime()).toBeGreaterThanOrEqual(Date.UTC(2021, 0, 1));
      expect(w.registeredAt.getTime()).toBeLessThanOrEqual(Date.UTC(2026, 9, 31));
      expect(w.birthDate.getTime() % 86_400_000).toBe(0);
    }
    const prime = share(workers, (w) => {
      const age = ageOn(w.birthDate, w.registeredAt);
      return age >= 20 && age <= 35;
    });
    expect(prime).toBeGreaterThan(0.7);
  });

  it('has about 60% women', () => {
    const women = share(workers, (w) => w.sex === 'FEMALE');
    expect(women).toBeGreaterThanOrEqual(0.55);
    expect(women).toBeLessThanOrEqual(0.65);
  });

  it('draws most workers from Jawa Timur, then the other big sending provinces', () => {
    const counts = new Map<string, number>();
    for (const w of workers) counts.set(w.provinceCode, (counts.get(w.provinceCode) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([code]) => code);
    expect(ranked[0]).toBe('35');
    expect(ranked.slice(0, 5).sort()).toEqual(['18', '32', '33', '35', '52']);
  });

  it('follows the education and status proportions', () => {
    expect(share(workers, (w) => w.education === 'SENIOR_HIGH')).toBeCloseTo(0.44, 1);
    expect(share(workers, (w) => w.education === 'JUNIOR_HIGH')).toBeCloseTo(0.31, 1);
    expect(share(workers, (w) => w.education === 'PRIMARY')).toBeCloseTo(0.22, 1);
    expect(share(workers, (w) => w.status === 'DEPLOYED')).toBeCloseTo(0.45, 1);
  });

  it('fills languages, phones and passports in the expected shapes', () => {
    for (const w of workers) {
      expect(w.languages[0]).toBe('id');
      expect(new Set(w.languages).size).toBe(w.languages.length);
      expect(w.phone).toMatch(/^\+628\d{10}$/);
      if (w.passportNumber !== null) expect(w.passportNumber).toMatch(/^[A-Z]\d{7}$/);
      if (['READY', 'DEPLOYED', 'RETURNED'].includes(w.status)) expect(w.passportNumber).not.toBeNull();
      expect(w.fullName.trim()).toBe(w.fullName);
    }
    expect(share(workers, (w) => w.status === 'CANDIDATE' && w.passportNumber !== null)).toBeLessThan(0.02);
  });

  it('gives names that rarely collide', () => {
    expect(new Set(workers.map((w) => w.fullName)).size).toBeGreaterThan(0.95 * workers.length);
  });
});

describe('generateWorker', () => {
  it('keeps NIK slots unique up to the last index', () => {
    // One rng per index pins province and birth date, so only the index-derived parts can tell NIKs apart.
    const niks = new Set<string>();
    const step = 37;
    for (let index = 0; index < MAX_WORKERS; index += step) niks.add(generateWorker(createRandom(1), index).nik);
    expect(niks.size).toBe(Math.ceil(MAX_WORKERS / step));
  });

  it('refuses indices that would reuse a NIK slot', () => {
    expect(() => generateWorker(createRandom(1), MAX_WORKERS)).toThrow(RangeError);
    expect(() => generateWorker(createRandom(1), -1)).toThrow(RangeError);
    // Real districts cap the slots (DKI Jakarta has 44); still far beyond the README's largest seed, 100,000.
    expect(MAX_WORKERS).toBeGreaterThanOrEqual(100_000);
  });

  it('only uses provinces that exist', () => {
    for (const code of Object.keys(PMI_ORIGIN_WEIGHTS)) expect(provinceByCode(code)).toBeDefined();
  });
});

describe('the seed of 10,000 workers (npm run seed -- --workers 10000)', () => {
  const workers = [...generateWorkers(SEED, 10_000)];

  it('gives every worker a NIK that validates, in a district that exists', () => {
    expect(workers.filter((w) => !parseNik(w.nik).ok).map((w) => w.nik)).toEqual([]);
    for (const w of workers) expect(districtByCode(w.nik.slice(0, 6))?.regencyCode).toBe(w.provinceCode + w.regencyCode);
    // Every sending province is drawn from, the smallest ones too, so each one's districts are put to the test.
    expect(new Set(workers.map((w) => w.provinceCode))).toEqual(new Set(Object.keys(PMI_ORIGIN_WEIGHTS)));
  });

  it('draws districts from all over a province, in cities less often than in regencies', () => {
    const jawaTimur = workers.filter((w) => w.provinceCode === '35');
    expect(new Set(jawaTimur.map((w) => w.nik.slice(0, 6))).size).toBeGreaterThan(400);
    const inCities = share(jawaTimur, (w) => w.regencyCode >= '71');
    expect(inCities).toBeGreaterThan(0.08);
    expect(inCities).toBeLessThan(0.25);
  });
});
