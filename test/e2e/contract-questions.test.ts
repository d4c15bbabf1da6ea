import { Types, type Connection } from 'mongoose';
import { AnalystStatisticsDocument, CountryMarketDocument, EnergyAndMiningJobsDocument, WorkerStoryDocument } from '../../clients/typescript/src';
import { countryByCode } from '../../subgraphs/reference/countries';
import { provinceByCode } from '../../subgraphs/reference/provinces';
import { openDatabase, typedClient } from './support/clients';

/**
 * The contract's four "questions one request must answer", asked with the very operations
 * the benchmark times, registered (operations/contract/) and sent by id with the typed client,
 * each answer checked whole against the four databases read directly.
 */
const graph = typedClient('contract');
const db: Record<string, Connection> = {};
beforeAll(async () => {
  for (const name of ['kp2mi', 'esdm', 'perindustrian', 'koperasi_ukm']) db[name] = await openDatabase(name);
});
afterAll(async () => {
  for (const connection of Object.values(db)) await connection.close();
});

type Doc = Record<string, any>;
const col = (database: string, name: string) => db[database]!.db!.collection(name);
const day = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : null);
const instant = (date: Date | null | undefined) => (date ? date.toISOString() : null);
const hex = (id: Types.ObjectId) => id.toHexString();
const country = (code: string) => ({ code, name: countryByCode(code)!.name });
const byId = async (database: string, name: string) => new Map((await col(database, name).find().toArray()).map((doc) => [String(doc._id), doc as Doc]));

async function trainingOf(database: 'esdm' | 'perindustrian', workerId: Types.ObjectId, withSkillArea: boolean) {
  const courses = await byId(database, 'courses');
  const centers = await byId(database, 'training_centers');
  const enrollments = await col(database, 'enrollments').find({ workerId }).sort({ enrolledAt: 1, _id: 1 }).toArray();
  const certificates = await col(database, 'certificates').find({ workerId }).sort({ issuedOn: 1, _id: 1 }).toArray();
  return {
    enrollments: enrollments.map((e) => {
      const course = courses.get(String(e.courseId))!;
      const center = centers.get(course.trainingCenterCode)!;
      return {
        status: e.status,
        score: e.score,
        ...(withSkillArea ? { enrolledAt: instant(e.enrolledAt), completedAt: instant(e.completedAt) } : {}),
        course: { title: course.title, ...(withSkillArea ? { skillArea: course.skillArea } : {}), trainingCenter: { name: center.name, city: center.city } },
      };
    }),
    certificates: certificates.map((c) => ({ scheme: c.scheme, issuer: c.issuer, issuedOn: day(c.issuedOn), expiresOn: day(c.expiresOn) })),
  };
}

describe('the questions one request must answer', () => {
  it('1. a worker’s whole story across the four ministries', async () => {
    // A returned worker with a placement, training at both ministries and a business with exports.
    const esdmTrained = new Set((await col('esdm', 'enrollments').find().toArray()).map((e) => String(e.workerId)));
    const industryTrained = new Set((await col('perindustrian', 'enrollments').find().toArray()).map((e) => String(e.workerId)));
    const owners = (await col('koperasi_ukm', 'businesses').find({ ownerWorkerId: { $ne: null } }).toArray()).map((b) => String(b.ownerWorkerId));
    const candidates = owners.filter((id) => esdmTrained.has(id) || industryTrained.has(id)).sort();
    expect(candidates.length).toBeGreaterThan(0);
    const chosen = (await col('kp2mi', 'workers').findOne({ _id: new Types.ObjectId(candidates[0]) }))!;

    const placements = await col('kp2mi', 'placements').find({ workerId: chosen._id }).sort({ startDate: -1, _id: -1 }).toArray();
    const energy = await trainingOf('esdm', chosen._id, true);
    const industry = await trainingOf('perindustrian', chosen._id, false);
    const businesses = await col('koperasi_ukm', 'businesses').find({ ownerWorkerId: chosen._id }).sort({ name: 1, _id: 1 }).toArray();
    const expectedBusinesses = [];
    for (const b of businesses) {
      const products = await col('koperasi_ukm', 'products').find({ businessId: b._id }).sort({ name: 1, _id: 1 }).toArray();
      const financing = await col('koperasi_ukm', 'financing_applications').find({ businessId: b._id }).sort({ appliedOn: -1, _id: -1 }).toArray();
      expectedBusinesses.push({
        name: b.name,
        sector: b.sector,
        scale: b.scale,
        ownedByReturnedWorker: b.ownedByReturnedWorker,
        products: products.map((p) => ({ name: p.name, category: p.category, priceIdr: p.priceIdr, exportReady: p.exportReady, markets: p.marketCountryCodes.map(country) })),
        financing: financing.map((f) => ({ scheme: f.scheme, amountIdr: f.amountIdr, bank: f.bank, status: f.status, appliedOn: day(f.appliedOn) })),
      });
    }

    const data = await graph.request(WorkerStoryDocument, { id: hex(chosen._id) });
    expect(data).toEqual({
      worker: {
        id: hex(chosen._id),
        fullName: chosen.fullName,
        status: chosen.status,
        province: { name: provinceByCode(chosen.provinceCode)!.name },
        placements: placements.map((p) => ({
          country: country(p.countryCode),
          employer: p.employer,
          jobTitle: p.jobTitle,
          sector: p.sector,
          scheme: p.scheme,
          startDate: day(p.startDate),
          endDate: day(p.endDate),
          status: p.status,
        })),
        energyEnrollments: energy.enrollments,
        energyCertificates: energy.certificates,
        industryEnrollments: industry.enrollments,
        industryCertificates: industry.certificates,
        businesses: expectedBusinesses,
      },
    });
    expect(energy.enrollments.length + industry.enrollments.length).toBeGreaterThan(0);
    expect(expectedBusinesses.length).toBeGreaterThan(0);
  });

  it('2. a destination country: PMI working there now, and the UMKM products marketed there, by whom', async () => {
    const code = 'HK';
    const active = await col('kp2mi', 'placements').find({ status: 'ACTIVE', countryCode: code }).toArray();
    const products = await col('koperasi_ukm', 'products').find({ marketCountryCodes: code }).sort({ name: 1, _id: 1 }).toArray();
    const businesses = await byId('koperasi_ukm', 'businesses');
    const workers = await byId('kp2mi', 'workers');
    const owner = (id: Types.ObjectId | null) => {
      if (!id) return null;
      const w = workers.get(String(id))!;
      return { id: hex(id), fullName: w.fullName, status: w.status };
    };
    const data = await graph.request(CountryMarketDocument, { code });
    expect(data).toEqual({
      country: {
        code,
        name: 'Hong Kong',
        activeWorkers: new Set(active.map((p) => String(p.workerId))).size,
        marketedProducts: {
          totalCount: products.length,
          edges: products.slice(0, 20).map((p) => {
            const b = businesses.get(String(p.businessId))!;
            return { node: { name: p.name, category: p.category, priceIdr: p.priceIdr, business: { name: b.name, ownedByReturnedWorker: b.ownedByReturnedWorker, owner: owner(b.ownerWorkerId) } } };
          }),
        },
      },
    });
    expect(products.length).toBeGreaterThan(0);
  });

  it.each(['ENERGY', 'MINING'] as const)('3. %s job openings abroad with the ESDM courses that prepare for them', async (sector) => {
    const openings = await col('kp2mi', 'job_openings').find({ sector }).sort({ closesOnSort: 1, _id: 1 }).toArray();
    const centers = await byId('esdm', 'training_centers');
    const courses = (await col('esdm', 'courses').find({ sector, seatsAvailable: { $gt: 0 } }).sort({ seatsAvailable: -1, title: 1, _id: 1 }).limit(5).toArray()).map((c) => ({
      title: c.title,
      skillArea: c.skillArea,
      durationHours: c.durationHours,
      seatsAvailable: c.seatsAvailable,
      certificationScheme: c.certificationScheme,
      trainingCenter: { name: centers.get(c.trainingCenterCode)!.name, city: centers.get(c.trainingCenterCode)!.city },
    }));
    expect(courses.length).toBeGreaterThan(0);
    const data = await graph.request(EnergyAndMiningJobsDocument, { sector });
    expect(data).toEqual({
      jobOpenings: {
        totalCount: openings.length,
        edges: openings.slice(0, 20).map((o) => ({
          node: { title: o.title, employer: o.employer, vacancies: o.vacancies, closesOn: day(o.closesOn), country: country(o.countryCode), requirements: o.requirements, recommendedEnergyCourses: courses },
        })),
      },
    });
  });

  it('4. statistics for analysts, computed in the database, equal counts from the collections', async () => {
    const year = 2025;
    const count = (docs: Doc[], key: (d: Doc) => string, label: (k: string) => string, amount?: (d: Doc) => number) => {
      const buckets = new Map<string, { count: number; total: number }>();
      for (const d of docs) {
        const b = buckets.get(key(d)) ?? { count: 0, total: 0 };
        b.count += 1;
        b.total += amount ? amount(d) : 0;
        buckets.set(key(d), b);
      }
      return [...buckets]
        .sort(([ka, a], [kb, b]) => b.count - a.count || (ka < kb ? -1 : 1))
        .map(([k, b]) => ({ key: k, label: label(k), count: b.count, ...(amount ? { totalAmountIdr: b.total } : {}) }));
    };
    const province = (k: string) => provinceByCode(k)!.name;
    const data = await graph.request(AnalystStatisticsDocument, { year });
    expect(data.placementsByCountry).toEqual(count(await col('kp2mi', 'placements').find({ startYear: year }).toArray(), (d) => d.countryCode, (k) => countryByCode(k)!.name));
    expect(data.workersByProvince).toEqual(count(await col('kp2mi', 'workers').find({ status: 'DEPLOYED' }).toArray(), (d) => d.provinceCode, province));
    expect(data.returnedOwnedBusinesses).toEqual(count(await col('koperasi_ukm', 'businesses').find({ ownedByReturnedWorker: true }).toArray(), (d) => d.provinceCode, province));
    const financing = data.financingByScheme!;
    const expected = count(await col('koperasi_ukm', 'financing_applications').find().toArray(), (d) => d.scheme, () => '', (d) => d.amountIdr);
    expect(financing.map(({ label: _label, ...rest }) => rest)).toEqual(expected.map(({ label: _label, ...rest }) => rest));
    expect(financing.every((b) => b.label.length > 0)).toBe(true);
  });
});
