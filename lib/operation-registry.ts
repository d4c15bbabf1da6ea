import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';

/**
 * The operations the graph's clients really run, kept in the repository: `operations/<client>/`
 * holds a `client.json` (who the client is and who owns it) and one `.graphql` file per operation
 * (its fragments may sit beside it in the same file). The subgraph check judges schema changes by
 * them, and typed clients and trusted documents are generated from them, so each operation has a
 * name unique across the registry and each client an owner to ask.
 */
export interface RegisteredClient {
  /** The folder name, e.g. `job-portal`. */
  id: string;
  name: string;
  owner: string;
  description: string;
  /** Who calls it, in words (`anonymous`, `a KP2MI officer with pii:read`). */
  caller: string;
  /**
   * Breaking changes its owner has taken in, by the check's exact words for each (`Field
   * 'Query.businesses' changed type from 'BusinessConnection!' to 'BusinessConnection'`), with why:
   * the check passes such a change for this client's operations (README, "How a ministry changes
   * its subgraph").
   */
  accepts: readonly AcceptedChange[];
}

export interface AcceptedChange {
  change: string;
  why: string;
}

export interface RegisteredOperation {
  client: RegisteredClient;
  /** The operation's name, unique in the registry. */
  name: string;
  kind: OperationDefinitionNode['operation'];
  /** The file, relative to the registry folder (`job-portal/open-positions.graphql`). */
  file: string;
  /** The file's text, as sent by a client. */
  source: string;
  document: DocumentNode;
}

export class RegistryError extends Error {
  override name = 'RegistryError';
}

const CLIENT_FIELDS = ['name', 'owner', 'description', 'caller'] as const;

function readClient(folder: string, id: string): RegisteredClient {
  const file = path.join(folder, id, 'client.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new RegistryError(`${id}/client.json: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing: every client folder names its client and owner' : (err as Error).message}`);
  }
  const client = raw as Record<string, unknown>;
  for (const key of CLIENT_FIELDS) {
    if (typeof client[key] !== 'string' || (client[key] as string).trim() === '') throw new RegistryError(`${id}/client.json: "${key}" must be a non-empty string`);
  }
  return { id, name: client.name as string, owner: client.owner as string, description: client.description as string, caller: client.caller as string, accepts: acceptsOf(id, client.accepts) };
}

function acceptsOf(id: string, value: unknown): AcceptedChange[] {
  if (value === undefined) return [];
  const entries = Array.isArray(value) ? value : [value];
  return entries.map((entry: unknown, index) => {
    const { change, why } = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    if (!Array.isArray(value) || typeof change !== 'string' || change.trim() === '' || typeof why !== 'string' || why.trim() === '') {
      throw new RegistryError(`${id}/client.json: "accepts" must be a list of { "change": "<the check's words for the change>", "why": "<how the client handles it>" }; entry ${index} is not`);
    }
    return { change, why };
  });
}

function readOperation(folder: string, client: RegisteredClient, fileName: string): RegisteredOperation {
  const file = `${client.id}/${fileName}`;
  const source = readFileSync(path.join(folder, file), 'utf8');
  let document: DocumentNode;
  try {
    document = parse(source);
  } catch (err) {
    throw new RegistryError(`${file}: ${(err as Error).message}`);
  }
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1) throw new RegistryError(`${file}: holds ${operations.length} operations; a registered file holds exactly one (its fragments may sit beside it)`);
  const [operation] = operations as [OperationDefinitionNode];
  if (!operation.name) throw new RegistryError(`${file}: the operation has no name; registered operations are named, so checks and clients can name them`);
  return { client, name: operation.name.value, kind: operation.operation, file, source, document };
}

/** The registry folder of this checkout. */
export const REGISTRY_PATH = path.resolve(__dirname, '..', 'operations');

/** Every registered operation, by client folder and file name; refuses a malformed registry with what is wrong. */
export function readRegistry(folder: string = REGISTRY_PATH): RegisteredOperation[] {
  const operations: RegisteredOperation[] = [];
  const clientIds = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  for (const id of clientIds) {
    const client = readClient(folder, id);
    const files = readdirSync(path.join(folder, id)).filter((name) => name.endsWith('.graphql')).sort();
    if (files.length === 0) throw new RegistryError(`${id}/: a client with no operations; remove the folder or register its operations`);
    for (const name of files) operations.push(readOperation(folder, client, name));
  }
  const byName = new Map<string, RegisteredOperation>();
  for (const operation of operations) {
    const other = byName.get(operation.name);
    if (other) throw new RegistryError(`${operation.file}: the operation name ${operation.name} is taken by ${other.file}; names are unique across the registry`);
    byName.set(operation.name, operation);
  }
  return operations;
}

/** One registered operation's text by name (for the benchmark and tests, which ask the same questions). */
export function registeredSource(name: string, folder: string = REGISTRY_PATH): string {
  const operation = readRegistry(folder).find((candidate) => candidate.name === name);
  if (!operation) throw new RegistryError(`no registered operation is named ${name}`);
  return operation.source;
}
