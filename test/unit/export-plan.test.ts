import { readFileSync } from 'node:fs';
import path from 'node:path';
import { print, parse } from 'graphql';
import { planExport } from '../../gateway/export/export-plan';
import { neutraliseFormula } from '../../gateway/export/formats/csv';
import { personalDataCoordinates, recordedFieldNames } from '../../gateway/scoped-fields';
import { rowMaker } from '../../gateway/export/rows';
import { apiSchemaOf } from '../../scripts/lib/api-schema';

const supergraph = readFileSync(path.join(__dirname, '..', '..', 'schema', 'supergraph.graphql'), 'utf8');
const schema = apiSchemaOf(supergraph);
const normalised = (text: string) => print(parse(text));

describe('planExport', () => {
  it('gives $after, full pages, pageInfo and totalCount to a connection that lacks them', () => {
    const plan = planExport(schema, 'query W($status: WorkerStatus) { workers(filter: { status: $status }) { edges { node { id province { name } } } } }', null, null);
    expect(plan.changed).toBe(true);
    expect(plan.document).toBe(
      normalised('query W($status: WorkerStatus, $exportAfter: String, $exportCounting: Boolean!) { workers(filter: { status: $status }, after: $exportAfter, first: 100) { edges { node { id province { name } } } exportPageInfo: pageInfo { hasNextPage endCursor } exportTotalCount: totalCount @include(if: $exportCounting) } }'),
    );
    expect(plan.connection).toEqual({ edges: 'edges', node: 'node', pageInfo: 'exportPageInfo', totalCount: 'exportTotalCount', after: 'exportAfter', first: null, counting: 'exportCounting' });
    expect(plan.columns).toEqual([
      { name: 'id', path: ['id'], type: 'string', coordinate: 'Worker.id', list: null },
      { name: 'province.name', path: ['province', 'name'], type: 'string', coordinate: 'Province.name', list: null },
    ]);
  });

  it('sends a document that pages by its own $after unchanged, and fills its $first', () => {
    const text = 'query S($first: Int, $cursor: String) { list: workers(first: $first, after: $cursor) { totalCount pageInfo { hasNextPage endCursor } rows: edges { worker: node { id } } } }';
    const plan = planExport(schema, text, 'S', null);
    expect(plan).toMatchObject({ changed: false, document: text, target: ['list'], connection: { edges: 'rows', node: 'worker', pageInfo: 'pageInfo', totalCount: 'totalCount', after: 'cursor', first: 'first' } });
  });

  it('refuses a document paged by $after that does not select what paging needs', () => {
    expect(() => planExport(schema, 'query S($a: String) { workers(after: $a) { edges { node { id } } } }', null, null)).toThrow(
      'workers is paged by $a but does not select pageInfo { hasNextPage endCursor }, so the export cannot find the next page',
    );
  });

  it('finds a connection below single objects, and opens fragments and lists into columns', () => {
    const plan = planExport(
      schema,
      'query C { country(code: "TW") { placements { edges { node { ...P } } } } } fragment P on Placement { id worker { languages placements { country { code } } } }',
      null,
      null,
    );
    expect(plan.target).toEqual(['country', 'placements']);
    expect(plan.through).toEqual(['Query.country', 'Country.placements']);
    expect(plan.columns.map((column) => [column.name, column.type, column.list])).toEqual([
      ['id', 'string', null],
      ['worker.languages', 'string', 'worker.languages'],
      ['worker.placements.country.code', 'string', 'worker.placements'],
    ]);
    expect(plan.lists).toEqual(['worker.languages', 'worker.placements']);
  });

  it('takes a statistics list as it is, with typed columns', () => {
    const plan = planExport(schema, '{ financingStats(by: SCHEME) { key count totalAmountIdr } }', null, null);
    expect(plan).toMatchObject({ changed: false, connection: null, target: ['financingStats'] });
    expect(plan.columns.map((column) => [column.name, column.type])).toEqual([['key', 'string'], ['count', 'int'], ['totalAmountIdr', 'float']]);
  });

  it.each([
    ['{ countries { code } jobOpenings { edges { node { id } } } }', null, "The operation's answer has 2 connections or lists (countries, jobOpenings): name the one to export in path"],
    ['{ worker(id: "x") { fullName } }', null, "The operation's answer has no connection or list of objects to export"],
    ['query A { countries { code } } query B { countries { name } }', null, 'The document has 2 operations (A, B): name the one to export in operationName'],
    ['{ workers { totalCount } }', null, 'Select the rows to export: workers { edges { node { … } } }'],
    ['{ workers { edges { node { nope } } } }', null, 'Worker has no field nope'],
  ])('refuses %s', (text, operationName, message) => {
    expect(() => planExport(schema, text, operationName, null)).toThrow(message);
  });
});

describe('rows of an export', () => {
  const plan = planExport(schema, '{ workers { edges { node { id languages placements { country { code } } } } } }', null, null);
  const worker = { id: 'w1', languages: ['id', 'en'], placements: [{ country: { code: 'TW' } }, { country: { code: 'JP' } }] };

  it('joins the lists inside a row into one cell each', () => {
    expect(rowMaker(plan.columns, plan.lists, 'join')(worker)).toEqual([{ id: 'w1', languages: 'id; en', 'placements.country.code': 'TW; JP' }]);
    expect(rowMaker(plan.columns, plan.lists, 'join')({ id: 'w2', languages: [], placements: [] })).toEqual([{ id: 'w2', languages: null, 'placements.country.code': null }]);
  });

  it('unwinds them into a row per combination when asked', () => {
    expect(rowMaker(plan.columns, plan.lists, 'unwind')(worker)).toEqual([
      { id: 'w1', languages: 'id', 'placements.country.code': 'TW' },
      { id: 'w1', languages: 'id', 'placements.country.code': 'JP' },
      { id: 'w1', languages: 'en', 'placements.country.code': 'TW' },
      { id: 'w1', languages: 'en', 'placements.country.code': 'JP' },
    ]);
  });
});

describe('the export of personal data and of spreadsheets', () => {
  it('knows the personal-data fields from the supergraph, and every guarded or personal field the gateway never shares', () => {
    expect([...personalDataCoordinates(supergraph)].sort()).toEqual(['Query.dataSubjectReport', 'Query.workerByNik', 'Worker.birthDate', 'Worker.nik', 'Worker.passportNumber', 'Worker.phone']);
    // Scope-guarded fields, and the @personal ones without a scope (a score, a financing amount, a name).
    expect(recordedFieldNames(supergraph)).toEqual(['amountIdr', 'auditTrail', 'bank', 'birthDate', 'dataSubjectReport', 'dataSubjectRequests', 'fullName', 'nik', 'passportNumber', 'phone', 'score', 'workerByNik']);
  });

  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+62 812', "'+62 812"],
    ['-1', "'-1"],
    ['@Komang', "'@Komang"],
    ['\tTab', "'\tTab"],
    ['Siti = Ayu', 'Siti = Ayu'],
    ['Déwi', 'Déwi'],
  ])('neutralises a cell starting like a formula: %j', (value, written) => {
    expect(neutraliseFormula(value)).toBe(written);
  });
});
