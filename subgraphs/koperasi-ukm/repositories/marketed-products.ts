import DataLoader from 'dataloader';
import type { Model } from 'mongoose';
import { encodeCursor, keysetFilter, paginate, pageSize, readPage, type Connection, type Filter, type PageArgs } from '../../runtime/pagination';
import { WHOLE_BATCH } from '../../runtime/loaders';
import type { ProductDoc } from '../models/product';

/** By name, ties by id; documented in the schema (Country.marketedProducts). */
export const PRODUCT_ORDER = { field: 'name', direction: 1 } as const;

const CONNECTION = 'Country.marketedProducts';

function pageOf(docs: readonly ProductDoc[], limit: number, totalCount: () => Promise<number>): Connection<ProductDoc> {
  const nodes = docs.slice(0, limit);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(CONNECTION, node.name, node._id), node }));
  return { edges, pageInfo: { hasNextPage: docs.length > limit, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}

/**
 * Pages of the products marketed in each country (`Country.marketedProducts`). The gateway asks for
 * many countries at once (every country of a list, or of a page of placements), so the countries
 * asked with the same page arguments share one `find` (reading all their products, not just a page
 * each) and their totals one aggregation; a single country reads only its page.
 */
export class MarketedProducts {
  private readonly pagesByArgs = new Map<string, DataLoader<string, Connection<ProductDoc>>>();
  private readonly counts: DataLoader<string, number>;

  constructor(private readonly model: Model<any>) {
    this.counts = new DataLoader(async (codes) => {
      const rows = (await model.aggregate([
        { $match: { marketCountryCodes: { $in: codes } } },
        { $unwind: '$marketCountryCodes' },
        { $match: { marketCountryCodes: { $in: codes } } },
        { $group: { _id: '$marketCountryCodes', count: { $sum: 1 } } },
      ])) as { _id: string; count: number }[];
      const byCode = new Map(rows.map((row) => [row._id, row.count]));
      return codes.map((code) => byCode.get(code) ?? 0);
    });
  }

  page(countryCode: string, page: PageArgs): Promise<Connection<ProductDoc>> {
    const key = JSON.stringify([page.first ?? null, page.after ?? null]);
    let loader = this.pagesByArgs.get(key);
    if (!loader) {
      loader = new DataLoader((codes) => this.load(codes, page));
      this.pagesByArgs.set(key, loader);
    }
    return loader.load(countryCode);
  }

  private async load(codes: readonly string[], page: PageArgs): Promise<Connection<ProductDoc>[]> {
    const [only] = codes;
    if (codes.length === 1 && only !== undefined) {
      // One country reads just its page, served by the { marketCountryCodes, name, _id } index.
      return [await paginate<ProductDoc>(this.model, { connection: CONNECTION, filter: { marketCountryCodes: only }, order: PRODUCT_ORDER, page })];
    }
    const limit = pageSize(page.first);
    const filter: Filter = { marketCountryCodes: { $in: codes } };
    const query = page.after ? { $and: [filter, keysetFilter(CONNECTION, PRODUCT_ORDER, page.after)] } : filter;
    // Every product of these countries, so `first: 0` too learns whether a country has any.
    const docs = await readPage(CONNECTION, async () => (await this.model.find(query).sort({ name: 1, _id: 1 }).batchSize(WHOLE_BATCH).lean()) as ProductDoc[]);
    const byCode = new Map<string, ProductDoc[]>(codes.map((code) => [code, []]));
    for (const doc of docs) for (const code of doc.marketCountryCodes) byCode.get(code)?.push(doc);
    return codes.map((code) => pageOf(byCode.get(code)!, limit, () => this.counts.load(code)));
  }
}
