import { readFileSync } from 'node:fs';
import { Kind, parse, print } from 'graphql';
import type { Connection } from 'mongoose';
import { SUPERGRAPH_PATH } from '../../scripts/lib/composition';
import { headersFor, type Caller } from './support/callers';
import { openDatabase, postGraphQL } from './support/clients';
import { stackInfo } from './support/stack-info';

let kp2mi: Connection;
let worker: Record<string, any>;

beforeAll(async () => {
  kp2mi = await openDatabase('kp2mi');
  worker = (await kp2mi.db!.collection('workers').findOne({ status: 'DEPLOYED', passportNumber: { $ne: null } }))!;
});
afterAll(async () => {
  await kp2mi.close();
});

const QUERY = 'query($id: ID!) { worker(id: $id) { id status nik birthDate phone passportNumber } }';
const PERSONAL = ['nik', 'birthDate', 'phone', 'passportNumber'];
/** A KP2MI purpose of schema/purposes.json that allows all four personal fields of a worker. */
const PLACEMENT = 'KP2MI-VERIFIKASI-PENEMPATAN';
const PURPOSE_REQUIRED = 'Personal data needs a registered purpose: send its code in the X-Purpose-Code header (the `purposes` query lists yours)';

async function ask(caller: Caller | null) {
  const headers = caller ? await headersFor(caller) : {};
  return (await postGraphQL(stackInfo().gatewayUrl, { query: QUERY, variables: { id: worker._id.toHexString() } }, headers)).body;
}

describe('personal data needs the pii:read scope and a registered purpose', () => {
  it('is served to an officer with pii:read who states a registered purpose that allows each field', async () => {
    const body = await ask({ ministry: 'KP2MI', roles: ['officer'], scope: 'pii:read', purposeCode: PLACEMENT, purpose: 'placement verification' });
    expect(body).toEqual({
      data: {
        worker: {
          id: worker._id.toHexString(),
          status: 'DEPLOYED',
          nik: worker.nik,
          birthDate: (worker.birthDate as Date).toISOString().slice(0, 10),
          phone: worker.phone,
          passportNumber: worker.passportNumber,
        },
      },
    });
  });

  it.each([
    ['an officer without the scope', { ministry: 'KP2MI', roles: ['officer'], purposeCode: PLACEMENT, purpose: 'placement verification' } as Caller, 'FORBIDDEN', 'Personal data needs the pii:read scope'],
    ['an analyst, even with the scope', { ministry: 'ESDM', roles: ['analyst'], scope: 'pii:read', purposeCode: 'ESDM-PELATIHAN-VOKASI', purpose: 'research' } as Caller, 'FORBIDDEN', 'Personal data is only for officers and admins'],
    ['an officer with the scope but no purpose', { ministry: 'KP2MI', roles: ['officer'], scope: 'pii:read' } as Caller, 'PURPOSE_REQUIRED', PURPOSE_REQUIRED],
    ['an officer with the scope and only a free-text note (X-Purpose)', { ministry: 'KP2MI', roles: ['officer'], scope: 'pii:read', purpose: 'placement verification' } as Caller, 'PURPOSE_REQUIRED', PURPOSE_REQUIRED],
  ])('is null with its refusal on each field for %s, the rest of the answer intact', async (_name, caller, code, message) => {
    const body = await ask(caller);
    expect(body.data).toEqual({ worker: { id: worker._id.toHexString(), status: 'DEPLOYED', nik: null, birthDate: null, phone: null, passportNumber: null } });
    expect(body.errors.map((e: any) => [e.path.join('.'), e.extensions.code, e.message]).sort()).toEqual(
      PERSONAL.map((field) => [`worker.${field}`, code, message]).sort(),
    );
  });

  it('is refused to an anonymous caller, and so is workerByNik', async () => {
    const body = (await postGraphQL(stackInfo().gatewayUrl, { query: '{ workerByNik(nik: "3507335203964321") { id } countries { code } }' })).body;
    expect(body.data.workerByNik).toBeNull();
    expect(body.data.countries.length).toBeGreaterThan(30);
    expect(body.errors).toEqual([
      expect.objectContaining({ path: ['workerByNik'], message: 'Sign in: this data is only for ministry staff (send a bearer token)', extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    ]);
  });

  it('is declared with @requiresScopes in the supergraph, so the contract shows it', async () => {
    const scoped = new Map<string, string>();
    for (const definition of parse(readFileSync(SUPERGRAPH_PATH, 'utf8')).definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
      for (const field of definition.fields ?? []) {
        const directive = field.directives?.find((d) => d.name.value === 'requiresScopes');
        if (directive) scoped.set(`${definition.name.value}.${field.name.value}`, print(directive));
      }
    }
    for (const field of ['Worker.nik', 'Worker.birthDate', 'Worker.phone', 'Worker.passportNumber', 'Query.workerByNik']) {
      expect([field, scoped.get(field)]).toEqual([field, '@requiresScopes(scopes: [["pii:read"]])']);
    }
  });
});
