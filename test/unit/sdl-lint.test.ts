import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { ROOT } from '../../scripts/lib/root';
import { SUBGRAPHS } from '../../subgraphs/catalog';

/**
 * `npm run lint`: the subgraph SDL against eslint.config.js. The real subgraphs pass; each fixture
 * under test/fixtures/lint/ breaks one rule and shows that exactly that rule fires, where.
 */

// The config is handed to ESLint rather than found on disk: ESLint loads a config file with
// import(), which Jest's CommonJS runtime does not provide. It is the same file either way.
const config = require('../../eslint.config.js') as Linter.Config[];

const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: config });

/** Lints a fixture as if it were a new subgraph's schema.graphql: the pattern the config applies to. */
async function lintFixture(name: string): Promise<[string | null, number, string][]> {
  const code = readFileSync(path.join(ROOT, 'test', 'fixtures', 'lint', name), 'utf8');
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, 'subgraphs', 'lint-fixture', 'schema.graphql') });
  return result!.messages.map((m) => [m.ruleId, m.line, m.message]);
}

describe('subgraph SDL lint', () => {
  it('finds nothing in the four subgraph schemas', async () => {
    // The files by name: ESLint expands a glob with import(), which Jest's runtime lacks (see above).
    const files = SUBGRAPHS.map((s) => path.join(ROOT, 'subgraphs', s.folder, 'schema.graphql'));
    const results = await eslint.lintFiles(files);
    expect(results.map((r) => r.filePath)).toEqual(files);
    // The messages themselves, so a failure says what was found and where.
    expect(results.flatMap((r) => r.messages.map((m) => `${path.relative(ROOT, r.filePath)}:${m.line} ${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  it('accepts every federation construct the subgraphs use, entities only the router reaches included', async () => {
    expect(await lintFixture('federated.graphql')).toEqual([]);
  });

  it('requires a description on types, arguments, enum values and input fields', async () => {
    expect(await lintFixture('missing-description.graphql')).toEqual([
      ['@graphql-eslint/require-description', 3, 'Description is required for type "Course"'],
      ['@graphql-eslint/require-description', 14, 'Description is required for enum value "FULL" in enum "CourseStatus"'],
      ['@graphql-eslint/require-description', 19, 'Description is required for input value "status" in input "CourseFilter"'],
      ['@graphql-eslint/require-description', 25, 'Description is required for input value "filter" in field "courses"'],
    ]);
  });

  it('holds names to the contract conventions: camelCase fields, inputs ending in Input or Filter', async () => {
    expect(await lintFixture('naming.graphql')).toEqual([
      ['@graphql-eslint/naming-convention', 8, 'Field "seats_available" should be in camelCase format'],
      ['@graphql-eslint/naming-convention', 12, 'Input "CourseSearch" should have one of the following suffixes: Input or Filter'],
    ]);
  });

  it('reports a type nothing reaches, but not an entity the router reaches by its key', async () => {
    expect(await lintFixture('unreachable.graphql')).toEqual([['@graphql-eslint/no-unreachable-types', 10, 'Object type `Trainer` is unreachable.']]);
  });

  it('reports @key and @requires field sets naming fields the type does not have', async () => {
    expect(await lintFixture('field-sets.graphql')).toEqual([
      ['federation/field-sets-exist', 4, '`@key` on `Course` names `code`, which `Course` does not have.'],
      ['federation/field-sets-exist', 12, '`@key` on `Centre` names `name`, which `City` does not have.'],
      ['federation/field-sets-exist', 20, '`@requires` on `Centre.courses` names `sectr`, which `Centre` does not have.'],
    ]);
  });
});
