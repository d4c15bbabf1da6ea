import type { Partner } from '../partner';

/** `test/unit/<name>-memberships.test.ts`: the repository's loaders batch as promised. */
export function repositoryTestTemplate(p: Partner): string {
  return `import { GraphQLError } from 'graphql';
import { Types, type Model } from 'mongoose';
import type { ${p.pascal}Models } from '../../subgraphs/${p.name}/models';
import { MembershipRepository } from '../../subgraphs/${p.name}/repositories/membership-repository';

interface FindCall {
  query: Record<string, unknown>;
  sort?: unknown;
  limit?: number;
}

/**
 * A stand-in for the membership model that records every \`find\` (one per batch) and answers an
 * \`$in\` or equality query from its stored documents, in storage order rather than key order.
 */
function fakeModels(stored: Record<string, unknown>[]) {
  const finds: FindCall[] = [];
  const Membership = {
    find(query: Record<string, unknown>) {
      const call: FindCall = { query };
      finds.push(call);
      const [[field, condition]] = Object.entries(query) as [[string, unknown]];
      const values = condition !== null && typeof condition === 'object' && '$in' in condition ? (condition.$in as unknown[]) : [condition];
      const wanted = new Set(values.map(String));
      const result = {
        limit: (n: number) => ((call.limit = n), result),
        sort: (order: unknown) => ((call.sort = order), result),
        batchSize: () => result,
        lean: () => Promise.resolve(stored.filter((doc) => wanted.has(String(doc[field])))),
      };
      return result;
    },
  };
  return { models: { Membership: Membership as unknown as Model<any> } as unknown as ${p.pascal}Models, finds };
}

const hex = (n: number): string => n.toString(16).padStart(24, '0');
const id = (n: number) => new Types.ObjectId(hex(n));
const membership = (n: number, worker: number) => ({ _id: id(n), workerId: id(worker), number: \`1000000000\${n}\`, status: 'ACTIVE', joinedOn: new Date(Date.UTC(2024, 0, n)) });

function thrown(work: () => unknown): unknown {
  try {
    work();
  } catch (err) {
    return err;
  }
  return undefined;
}

describe('MembershipRepository', () => {
  // Stored in reverse order, so a loader that returned documents as found would be caught.
  const stored = [membership(5, 12), membership(4, 11), membership(3, 11), membership(2, 10), membership(1, 10)];

  it('loads memberships asked for by id in the same tick with one find, in key order, null for none', async () => {
    const { models, finds } = fakeModels(stored);
    const repository = new MembershipRepository(models);

    const docs = await Promise.all([hex(3), hex(99), hex(1)].map((key) => repository.findById(key)));

    expect(finds).toEqual([{ query: { _id: { $in: [id(3), id(99), id(1)] } }, limit: 3 }]);
    expect(docs).toEqual([membership(3, 11), null, membership(1, 10)]);
  });

  it("loads the memberships of a page of workers with one find, each worker's in the stored order, empty for none", async () => {
    const { models, finds } = fakeModels([membership(1, 10), membership(2, 10), membership(3, 11)]);
    const repository = new MembershipRepository(models);

    const lists = await Promise.all([hex(10), hex(12), hex(11)].map((worker) => repository.ofWorker(worker)));

    expect(finds).toEqual([{ query: { workerId: { $in: [id(10), id(12), id(11)] } }, sort: { joinedOn: 1, _id: 1 } }]);
    expect(lists).toEqual([[membership(1, 10), membership(2, 10)], [], [membership(3, 11)]]);
  });

  it("refuses an id that is not one as the caller's mistake, naming the argument, without a find", () => {
    const { models, finds } = fakeModels(stored);
    const repository = new MembershipRepository(models);

    const error = thrown(() => repository.findById('nope'));

    expect(error).toBeInstanceOf(GraphQLError);
    expect([(error as GraphQLError).message, (error as GraphQLError).extensions]).toEqual(['id "nope" is not a membership id (24 hexadecimal characters)', { code: 'BAD_USER_INPUT', field: 'id' }]);
    expect(finds).toEqual([]);
  });
});
`;
}
