import path from 'node:path';
import { changeFor } from '../../scripts/lib/source-watch';
import { SUBGRAPHS } from '../../subgraphs/catalog';

const ALL_SUBGRAPHS = SUBGRAPHS.map((s) => s.name);
const change = (file: string) => {
  const { restart, compose } = changeFor(file.split('/').join(path.sep));
  return { restart: [...restart].sort(), compose };
};

describe('npm run dev: what a changed file restarts', () => {
  it.each([
    ['subgraphs/kp2mi/resolvers/query.ts', ['kp2mi'], false],
    ['subgraphs/kp2mi/schema.graphql', ['kp2mi'], true],
    ['subgraphs/koperasi-ukm/repositories/product-repository.ts', ['koperasi-ukm'], false],
    ['subgraphs/esdm/schema.graphql', ['esdm'], true],
    ['subgraphs/training/enrollment-service.ts', ['esdm', 'perindustrian'], false],
    ['subgraphs/runtime/pagination.ts', ALL_SUBGRAPHS, false],
    ['subgraphs/reference/provinces.ts', ALL_SUBGRAPHS, false],
    ['subgraphs/catalog.ts', ALL_SUBGRAPHS, false],
    ['gateway/limits/cost.ts', ['gateway'], false],
    ['lib/graphql/text.ts', ['gateway', ...ALL_SUBGRAPHS], false],
    ['subgraphs/kp2mi/README.md', [], false],
    ['gateway/.server.ts.swp', [], false],
  ])('%s restarts %j (compose: %s)', (file, restart, compose) => {
    expect(change(file)).toEqual({ restart: [...restart].sort(), compose });
  });
});
