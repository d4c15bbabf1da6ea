import {
  getNamedType,
  isCompositeType,
  isLeafType,
  Kind,
  parse,
  parseType,
  print,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
} from 'graphql';
import { HttpError } from '../../lib/http/http-error';
import { MAX_PAGE_SIZE } from '../../lib/page-size';
import { isConnectionType, isListField, isObjectList, selectedFields, type Fragments, type SelectedField } from './selection';

/** How a column's values are written: Parquet keeps the type, CSV and NDJSON their text and JSON forms. */
export type ColumnType = 'string' | 'int' | 'float' | 'boolean';

/** One column of the export: a leaf field of a row, named by its response keys (`worker.province.name`). */
export interface Column {
  name: string;
  path: readonly string[];
  type: ColumnType;
  /** `Worker.nik`: the field it reads, for the access rules and the audit trail. */
  coordinate: string;
  /** The path (`placements`, `languages`) of the nearest list it sits in, or null. */
  list: string | null;
}

interface Target {
  field: SelectedField;
  /** Response keys from `data` to the exported field (`country.placements`). */
  path: string[];
  /** The fields read on the way to it, itself included (`Query.country`, `Country.placements`). */
  through: string[];
}

/** Where the walk finds things in a page of a connection: the response keys of the document it sends. */
export interface ConnectionKeys {
  edges: string;
  node: string;
  pageInfo: string;
  totalCount: string | null;
  /** The variable that takes each page's `after`. */
  after: string;
  /** A variable bound to `first` that the caller left unset: the walk asks for full pages. */
  first: string | null;
  /**
   * The variable that asks for the totalCount the export added (true on the first page only: a
   * count is a database command of its own, and the row limit needs it once), or null.
   */
  counting: string | null;
}

export interface ExportPlan {
  /** The document the walk sends: the caller's, or the caller's with `$after` (and what paging needs) added. */
  document: string;
  /** Whether `document` differs from the caller's: a registered document is then no longer sent by its id. */
  changed: boolean;
  operationName: string | null;
  target: readonly string[];
  /** The fields read on the way to the exported one, itself included (`Query.workerByNik`, `Worker.placements`). */
  through: readonly string[];
  /** Null for a statistics list: one execution answers all its rows. */
  connection: ConnectionKeys | null;
  columns: readonly Column[];
  /** Paths of the lists inside a row, outermost first (what `lists: unwind` deconstructs). */
  lists: readonly string[];
}

const COLUMN_TYPES: Readonly<Record<string, ColumnType>> = { Int: 'int', Float: 'float', Boolean: 'boolean' };

/** The variable the gateway adds for pages to a document that declares none. */
const AFTER_VARIABLE = 'exportAfter';

function operationOf(document: DocumentNode, operationName: string | null): OperationDefinitionNode {
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  const chosen = operationName === null ? (operations.length === 1 ? operations[0] : undefined) : operations.find((operation) => operation.name?.value === operationName);
  if (!chosen) {
    const names = operations.map((operation) => operation.name?.value ?? '(anonymous)').join(', ');
    throw new HttpError(400, 'OPERATION_RESOLUTION_FAILURE', operationName === null ? `The document has ${operations.length} operations (${names}): name the one to export in operationName` : `The document has no operation named ${operationName} (it has ${names})`);
  }
  if (chosen.operation !== 'query') throw new HttpError(400, 'BAD_USER_INPUT', `Only queries are exported; ${chosen.name?.value ?? 'this operation'} is a ${chosen.operation}`, { field: 'operationName' });
  return chosen;
}

/** Every connection or list of objects reachable from the root through single objects: what could be exported. */
function candidates(schema: GraphQLSchema, fields: SelectedField[], path: string[], through: string[], fragments: Fragments): Target[] {
  return fields.flatMap((field): Target[] => {
    const here = [...path, field.key];
    const read = [...through, `${field.parent.name}.${field.definition.name}`];
    const { type } = field.definition;
    if (isConnectionType(type) || isObjectList(type)) return [{ field, path: here, through: read }];
    const named = getNamedType(type);
    if (isListField(type) || !isCompositeType(named)) return [];
    return candidates(schema, selectedFields(schema, field.node.selectionSet, named, fragments), here, read, fragments);
  });
}

function chooseTarget(found: Target[], wanted: string | null): Target {
  const names = found.map((target) => target.path.join('.'));
  if (wanted !== null) {
    const target = found.find((candidate) => candidate.path.join('.') === wanted);
    if (!target) throw new HttpError(400, 'BAD_USER_INPUT', `path "${wanted}" is not a connection or list of this operation's answer; it has ${names.join(', ') || 'none'}`, { field: 'path' });
    return target;
  }
  if (found.length === 1) return found[0]!;
  if (found.length === 0) throw new HttpError(400, 'BAD_USER_INPUT', 'The operation\'s answer has no connection or list of objects to export', { field: 'query' });
  throw new HttpError(400, 'BAD_USER_INPUT', `The operation's answer has ${found.length} connections or lists (${names.join(', ')}): name the one to export in path`, { field: 'path' });
}

/** The leaf fields under a row's selection, as columns, lists of objects opened. */
function columnsOf(schema: GraphQLSchema, fields: SelectedField[], prefix: string[], list: string | null, fragments: Fragments): Column[] {
  return fields.flatMap((field): Column[] => {
    const path = [...prefix, field.key];
    const named = getNamedType(field.definition.type);
    const inList = isListField(field.definition.type) ? path.join('.') : list;
    if (isLeafType(named)) {
      return [{ name: path.join('.'), path, type: COLUMN_TYPES[named.name] ?? 'string', coordinate: `${field.parent.name}.${field.definition.name}`, list: inList }];
    }
    return columnsOf(schema, selectedFields(schema, field.node.selectionSet, named as GraphQLCompositeType, fragments), path, inList, fragments);
  });
}

/** Columns once each, in the order they were first selected (a field asked for in two fragments is one column). */
function distinct(columns: Column[]): Column[] {
  const seen = new Map<string, Column>();
  for (const column of columns) if (!seen.has(column.name)) seen.set(column.name, column);
  return [...seen.values()];
}

function field(name: string, selections: readonly SelectionNode[] = [], alias?: string): FieldNode {
  return {
    kind: Kind.FIELD,
    name: { kind: Kind.NAME, value: name },
    ...(alias ? { alias: { kind: Kind.NAME, value: alias } } : {}),
    ...(selections.length ? { selectionSet: { kind: Kind.SELECTION_SET, selections } } : {}),
  };
}

function variableNode(name: string) {
  return { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: name } } as const;
}

/** `@include(if: $name)`. */
function includeIf(name: string) {
  return { kind: Kind.DIRECTIVE, name: { kind: Kind.NAME, value: 'include' }, arguments: [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'if' }, value: variableNode(name) }] } as const;
}

/** The one field named `name` directly in the connection's selection (fragments opened), or undefined. */
function direct(fields: SelectedField[], name: string): SelectedField | undefined {
  return fields.find((candidate) => candidate.definition.name === name);
}

function pagedConnection(schema: GraphQLSchema, operation: OperationDefinitionNode, target: Target, fragments: Fragments) {
  const named = getNamedType(target.field.definition.type) as GraphQLCompositeType;
  const inside = selectedFields(schema, target.field.node.selectionSet, named, fragments);
  const edges = direct(inside, 'edges');
  const edgeType = edges && (getNamedType(edges.definition.type) as GraphQLCompositeType);
  const node = edges && direct(selectedFields(schema, edges.node.selectionSet, edgeType!, fragments), 'node');
  if (!edges || !node) throw new HttpError(400, 'BAD_USER_INPUT', `Select the rows to export: ${target.path.join('.')} { edges { node { … } } }`, { field: 'query' });
  const argument = (name: string) => target.field.node.arguments?.find((candidate) => candidate.name.value === name);
  const after = argument('after');
  const first = argument('first');
  const declared = new Set(operation.variableDefinitions?.map((definition) => definition.variable.name.value));
  const pageInfo = direct(inside, 'pageInfo');
  const pageFields = pageInfo ? selectedFields(schema, pageInfo.node.selectionSet, getNamedType(pageInfo.definition.type) as GraphQLCompositeType, fragments) : [];
  const pageInfoComplete = pageInfo && direct(pageFields, 'hasNextPage')?.key === 'hasNextPage' && direct(pageFields, 'endCursor')?.key === 'endCursor';
  const totalCount = direct(inside, 'totalCount');
  const rows = { node: node.node, nodeType: getNamedType(node.definition.type) as GraphQLCompositeType, edges: edges.key, nodeKey: node.key };
  if (after?.value.kind === Kind.VARIABLE) {
    // Paged through its own `$after`: sent unchanged (by its id, when registered).
    if (!pageInfoComplete) throw new HttpError(400, 'BAD_USER_INPUT', `${target.path.join('.')} is paged by $${after.value.name.value} but does not select pageInfo { hasNextPage endCursor }, so the export cannot find the next page`, { field: 'query' });
    const firstVariable = first?.value.kind === Kind.VARIABLE ? first.value.name.value : null;
    return { ...rows, rewrite: null, keys: { edges: rows.edges, node: rows.nodeKey, pageInfo: pageInfo!.key, totalCount: totalCount?.key ?? null, after: after.value.name.value, first: firstVariable, counting: null } };
  }
  // Given `$after`: the field takes it (in place of a literal cursor), with full pages unless
  // `first` says otherwise, and selects what paging and the row limit need under keys of its own.
  let variable = AFTER_VARIABLE;
  while (declared.has(variable)) variable = `_${variable}`;
  const additions: SelectionNode[] = [];
  const pageInfoKey = pageInfoComplete ? pageInfo!.key : 'exportPageInfo';
  if (!pageInfoComplete) additions.push(field('pageInfo', [field('hasNextPage'), field('endCursor')], pageInfoKey));
  const totalKey = totalCount?.key ?? 'exportTotalCount';
  let counting = 'exportCounting';
  while (declared.has(counting)) counting = `_${counting}`;
  if (!totalCount) additions.push({ ...field('totalCount', [], totalKey), directives: [includeIf(counting)] });
  const afterArgument = { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'after' }, value: variableNode(variable) } as const;
  const firstArgument = { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'first' }, value: { kind: Kind.INT, value: String(MAX_PAGE_SIZE) } } as const;
  const afterType = target.field.definition.args.find((arg) => arg.name === 'after')?.type.toString() ?? 'String';
  const rewrite = (document: DocumentNode) =>
    visit(document, {
      Field: (node) =>
        node === target.field.node
          ? {
              ...node,
              arguments: [...(node.arguments ?? []).filter((candidate) => candidate.name.value !== 'after'), afterArgument, ...(first ? [] : [firstArgument])],
              selectionSet: { kind: Kind.SELECTION_SET, selections: [...(node.selectionSet?.selections ?? []), ...additions] },
            }
          : undefined,
      OperationDefinition: (node) =>
        node === operation
          ? {
              ...node,
              variableDefinitions: [
                ...(node.variableDefinitions ?? []),
                { kind: Kind.VARIABLE_DEFINITION, variable: afterArgument.value, type: parseType(afterType) },
                ...(totalCount ? [] : [{ kind: Kind.VARIABLE_DEFINITION, variable: variableNode(counting), type: parseType('Boolean!') } as const]),
              ],
            }
          : undefined,
    });
  return {
    ...rows,
    rewrite,
    keys: { edges: rows.edges, node: rows.nodeKey, pageInfo: pageInfoKey, totalCount: totalKey, after: variable, first: first?.value.kind === Kind.VARIABLE ? first.value.name.value : null, counting: totalCount ? null : counting },
  };
}

/**
 * What an export of `text` walks: the one connection or list of objects its answer has (or the
 * one `path` names), the document that pages through it, and its columns. Refuses what cannot be
 * exported with a 400 that says why, before anything runs.
 */
export function planExport(schema: GraphQLSchema, text: string, operationName: string | null, path: string | null): ExportPlan {
  let document: DocumentNode;
  try {
    document = parse(text, { maxTokens: 5000 });
  } catch (err) {
    throw new HttpError(400, 'GRAPHQL_PARSE_FAILED', (err as Error).message);
  }
  const operation = operationOf(document, operationName);
  const fragments = new Map(document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]));
  const root = schema.getQueryType()!;
  const target = chooseTarget(candidates(schema, selectedFields(schema, operation.selectionSet, root, fragments), [], [], fragments), path);
  const name = operation.name?.value ?? null;
  if (!isConnectionType(target.field.definition.type)) {
    const itemType = getNamedType(target.field.definition.type) as GraphQLCompositeType;
    const columns = distinct(columnsOf(schema, selectedFields(schema, target.field.node.selectionSet, itemType, fragments), [], null, fragments));
    return { document: text, changed: false, operationName: name, target: target.path, through: target.through, connection: null, columns, lists: listsOf(columns) };
  }
  const paged = pagedConnection(schema, operation, target, fragments);
  const columns = distinct(columnsOf(schema, selectedFields(schema, paged.node.selectionSet, paged.nodeType, fragments), [], null, fragments));
  const changed = paged.rewrite !== null;
  return { document: changed ? print(paged.rewrite!(document)) : text, changed, operationName: name, target: target.path, through: target.through, connection: paged.keys, columns, lists: listsOf(columns) };
}

function listsOf(columns: readonly Column[]): string[] {
  const lists = new Set<string>();
  for (const column of columns) {
    if (column.list === null) continue;
    // Every list on the way to the column, outermost first: unwinding an inner list needs the outer one unwound.
    const parts = column.list.split('.');
    for (let end = 1; end <= parts.length; end += 1) {
      const prefix = parts.slice(0, end).join('.');
      if (columns.some((candidate) => candidate.list === prefix)) lists.add(prefix);
    }
  }
  return [...lists].sort((a, b) => a.split('.').length - b.split('.').length);
}
