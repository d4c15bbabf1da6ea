import type { Partner } from '../partner';

/** `test/e2e/<name>.test.ts`: the new subgraph through the gateway, answers checked whole against the databases. */
export function e2eTestTemplate(p: Partner): string {
  const membershipFields = 'id number status joinedOn';
  return `import type { Connection, mongo } from 'mongoose';
import { gatewayClient, openDatabase, postGraphQL } from './support/clients';
import { commandsDuring } from './support/db-commands';
import { stackInfo } from './support/stack-info';

let partner: Connection;
let kp2mi: Connection;
let koperasi: Connection;
/** The first seeded membership and its member. */
let membership: mongo.Document;
let member: mongo.Document;

beforeAll(async () => {
  partner = await openDatabase('${p.databaseName}');
  kp2mi = await openDatabase('kp2mi');
  koperasi = await openDatabase('koperasi_ukm');
  membership = (await partner.db!.collection('memberships').findOne({}, { sort: { _id: 1 } }))!;
  member = (await kp2mi.db!.collection('workers').findOne({ _id: membership.workerId }))!;
});
afterAll(async () => {
  for (const connection of [partner, kp2mi, koperasi]) await connection.close();
});

const gql = <T>(query: string, variables?: Record<string, unknown>) => gatewayClient().request<T>(query, variables);
const hex = (doc: mongo.Document) => doc._id.toHexString() as string;
const day = (date: Date) => date.toISOString().slice(0, 10);
const node = (m: mongo.Document) => ({ id: hex(m), number: m.number, status: m.status, joinedOn: day(m.joinedOn) });

describe('${p.name} through the gateway', () => {
  it('answers ${p.rootField} with its member completed from kp2mi', async () => {
    const data = await gql(\`query($id: ID!) { ${p.rootField}(id: $id) { ${membershipFields} worker { id fullName status } } }\`, { id: hex(membership) });
    expect(data).toEqual({ ${p.rootField}: { ...node(membership), worker: { id: hex(member), fullName: member.fullName, status: member.status } } });
  });

  it("adds a worker's memberships next to the fields of kp2mi and koperasi-ukm", async () => {
    const memberships = await partner.db!.collection('memberships').find({ workerId: member._id }).sort({ joinedOn: 1, _id: 1 }).toArray();
    const businesses = await koperasi.db!.collection('businesses').find({ ownerWorkerId: member._id }).sort({ name: 1, _id: 1 }).toArray();
    const data = await gql(\`query($id: ID!) { worker(id: $id) { id fullName businesses { id name } ${p.workerField} { ${membershipFields} } } }\`, { id: hex(member) });
    expect(data).toEqual({ worker: { id: hex(member), fullName: member.fullName, businesses: businesses.map((b) => ({ id: hex(b), name: b.name })), ${p.workerField}: memberships.map(node) } });
    expect(memberships.length).toBeGreaterThan(0);
  });

  it('answers an empty list for a worker without memberships', async () => {
    const members = await partner.db!.collection('memberships').distinct('workerId');
    const other = (await kp2mi.db!.collection('workers').findOne({ _id: { $nin: members } }, { sort: { _id: 1 } }))!;
    const data = await gql(\`query($id: ID!) { worker(id: $id) { id ${p.workerField} { id } } }\`, { id: hex(other) });
    expect(data).toEqual({ worker: { id: hex(other), ${p.workerField}: [] } });
  });

  it('reads the memberships of a page of workers with one database command', async () => {
    const commands = await commandsDuring(() => gql(\`{ workers(first: 50) { edges { node { id ${p.workerField} { id } } } } }\`));
    expect(Object.fromEntries(Object.entries(commands).filter(([key]) => key.startsWith('${p.name} ')))).toEqual({ '${p.name} find': 1 });
  });

  it("refuses an id that is not one as the caller's mistake, naming the argument", async () => {
    const { status, body } = await postGraphQL(stackInfo().gatewayUrl, { query: '{ ${p.rootField}(id: "nope") { id } }' }, stackInfo().defaultHeaders);
    expect(status).toBe(200);
    expect(body.data).toEqual({ ${p.rootField}: null });
    expect(body.errors.map((e: any) => [e.message, e.extensions.code, e.extensions.field])).toEqual([['id "nope" is not a membership id (24 hexadecimal characters)', 'BAD_USER_INPUT', 'id']]);
  });
});
`;
}
