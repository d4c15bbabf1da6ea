import type { Connection } from 'mongoose';
import { gatewayClient, openDatabase, postGraphQL } from './support/clients';
import { stackInfo } from './support/stack-info';

/**
 * Text that means something to MongoDB or to a regular expression. Sent through every string
 * argument of the graph, each must be taken as plain text: it finds nothing (or is refused as
 * malformed input naming its field), and everything answers as before afterwards.
 */
const PAYLOADS = ['.*', '^', '$where', '{"$ne": null}', "' || '1'=='1", '\\', '(a+)+$', '[', '$gt', 'this.nik != null'];

/** Every string filter and string argument, with the path of its answer and what "found nothing" looks like. */
const TARGETS: { name: string; query: string; empty: unknown }[] = [
  { name: 'workers.nameContains', query: 'query($t: String) { r: workers(filter: { nameContains: $t }) { totalCount } }', empty: { totalCount: 0 } },
  { name: 'workers.provinceCode', query: 'query($t: String) { r: workers(filter: { provinceCode: $t }) { totalCount } }', empty: { totalCount: 0 } },
  { name: 'workerStats.nameContains', query: 'query($t: String) { r: workerStats(by: STATUS, filter: { nameContains: $t }) { key count } }', empty: [] },
  { name: 'placements.countryCode', query: 'query($t: String) { r: placements(filter: { countryCode: $t }) { totalCount } }', empty: { totalCount: 0 } },
  { name: 'placementStats.countryCode', query: 'query($t: String) { r: placementStats(by: SECTOR, filter: { countryCode: $t }) { key count } }', empty: [] },
  { name: 'jobOpenings.countryCode', query: 'query($t: String) { r: jobOpenings(filter: { countryCode: $t }) { totalCount } }', empty: { totalCount: 0 } },
  { name: 'energyCourses.skillArea', query: 'query($t: String) { r: energyCourses(filter: { skillArea: $t }) { totalCount } }', empty: { totalCount: 0 } },
  { name: 'energyCourses.city', query: 'query($t: String) { r: energyCourses(filter: { city: $t }) { totalCount } }', empty: { totalCount: 0 } },
  { name: 'industryCourses.skillArea', query: 'query($t: String) { r: industryCourses(filter: { skillArea: $t }) { totalCount } }', empty: { totalCount: 0 } },
  { name: 'industryCourses.city', query: 'query($t: String) { r: industryCourses(filter: { city: $t }) { totalCount } }', empty: { totalCount: 0 } },
  { name: 'businesses.provinceCode', query: 'query($t: String) { r: businesses(filter: { provinceCode: $t }) { totalCount } }', empty: { totalCount: 0 } },
  { name: 'businessStats.provinceCode', query: 'query($t: String) { r: businessStats(by: SCALE, filter: { provinceCode: $t }) { key count } }', empty: [] },
  { name: 'products.category', query: 'query($t: String) { r: products(filter: { category: $t }) { totalCount } }', empty: { totalCount: 0 } },
  { name: 'products.marketCountryCode', query: 'query($t: String) { r: products(filter: { marketCountryCode: $t }) { totalCount } }', empty: { totalCount: 0 } },
  { name: 'worker.id', query: 'query($t: ID!) { r: worker(id: $t) { id } }', empty: null },
  { name: 'workerByNik.nik', query: 'query($t: String!) { r: workerByNik(nik: $t) { id } }', empty: null },
  { name: 'country.code', query: 'query($t: ID!) { r: country(code: $t) { code } }', empty: null },
  { name: 'jobOpening.id', query: 'query($t: ID!) { r: jobOpening(id: $t) { id } }', empty: null },
  { name: 'energyCourse.id', query: 'query($t: ID!) { r: energyCourse(id: $t) { id } }', empty: null },
  { name: 'industryCourse.id', query: 'query($t: ID!) { r: industryCourse(id: $t) { id } }', empty: null },
  { name: 'business.id', query: 'query($t: ID!) { r: business(id: $t) { id } }', empty: null },
  { name: 'product.id', query: 'query($t: ID!) { r: product(id: $t) { id } }', empty: null },
  { name: 'auditTrail.workerId', query: 'query($t: ID!) { r: auditTrail(workerId: $t) { totalCount } }', empty: { totalCount: 0 } },
  { name: 'dataSubjectReport.nik', query: 'query($t: String!) { r: dataSubjectReport(nik: $t) { nik } }', empty: null },
];

const COLLECTIONS: [string, string][] = [
  ['kp2mi', 'workers'],
  ['kp2mi', 'placements'],
  ['kp2mi', 'job_openings'],
  ['esdm', 'courses'],
  ['perindustrian', 'courses'],
  ['koperasi_ukm', 'businesses'],
  ['koperasi_ukm', 'products'],
];

const dbs: Record<string, Connection> = {};
beforeAll(async () => {
  for (const name of ['kp2mi', 'esdm', 'perindustrian', 'koperasi_ukm']) dbs[name] = await openDatabase(name);
});
afterAll(async () => {
  for (const connection of Object.values(dbs)) await connection.close();
});

const counts = () => Promise.all(COLLECTIONS.map(([db, collection]) => dbs[db]!.db!.collection(collection).countDocuments()));

describe('injection through string arguments', () => {
  it('finds nothing through any string filter or argument, or is refused as malformed input naming it', async () => {
    const before = await counts();
    const outcomes: string[] = [];
    for (const target of TARGETS) {
      for (const payload of PAYLOADS) {
        const { status, body } = await postGraphQL(stackInfo().gatewayUrl, { query: target.query, variables: { t: payload } }, stackInfo().defaultHeaders);
        expect(status).toBe(200);
        const found = JSON.stringify(body.data?.r) === JSON.stringify(target.empty);
        const refused = body.errors?.length === 1 && body.errors[0].extensions.code === 'BAD_USER_INPUT' && typeof body.errors[0].extensions.field === 'string';
        // A refused non-null root field nulls `data` itself.
        if (!(found && !body.errors) && !(refused && (body.data === null || body.data.r === null))) outcomes.push(`${target.name} with ${JSON.stringify(payload)}: ${JSON.stringify(body)}`);
      }
    }
    expect(outcomes).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it('still answers normally afterwards', async () => {
    const data = await gatewayClient().request<{ workers: { totalCount: number }; countries: unknown[] }>('{ workers { totalCount } countries { code } }');
    expect(data.workers.totalCount).toBe(await dbs.kp2mi!.db!.collection('workers').countDocuments());
    expect(data.countries.length).toBeGreaterThan(30);
  });
});
