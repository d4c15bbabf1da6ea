import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { MINISTRIES } from '../../lib/identity';
import { SUBGRAPHS } from '../../subgraphs/catalog';
import { camelCase, type PartnerOptions } from './partner';
import { Refusal } from './refusal';

export const USAGE = 'Usage: npm run subgraph:new -- --name <name> --ministry <CODE> [--label "full name"] [--port N] [--database NAME] [--dry-run]';

export const HELP = `${USAGE}
  --name      the subgraph's name, lower-case kebab (e.g. bpjs, foo-bar); also its folder under subgraphs/
  --ministry  the partner's ministry code in tokens and the Ministry enum, UPPER_SNAKE (e.g. BPJS_TK)
  --label     the ministry's full name, for descriptions (default: the code, underscores as spaces)
  --port      the subgraph's default port (default: the next after the catalog's highest)
  --database  its MongoDB database (default: the name with - as _)
  --dry-run   list every file it would write or change, and the change, writing nothing`;

export interface CommandLine {
  options: PartnerOptions;
  dryRun: boolean;
}

const NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const CODE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
const DATABASE = /^[a-z][a-z0-9_]*$/;
/** The name becomes a TypeScript identifier (the definition's export): not one the language reserves. */
const RESERVED = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await'.split(' '),
);
/** The gateway's own port: a subgraph there would keep it from starting. */
const GATEWAY_PORT = 4000;

function required(value: string | undefined, option: string): string {
  if (value === undefined || value === '') throw new Refusal(`--${option} is required`);
  return value;
}

function checkName(name: string, root: string): void {
  if (!NAME.test(name) || name.length > 40) throw new Refusal(`--name must be lower-case kebab (letters, digits, single hyphens, starting with a letter, at most 40 characters), e.g. bpjs or foo-bar; got "${name}"`);
  if (RESERVED.has(camelCase(name))) throw new Refusal(`--name "${name}" is a reserved word of TypeScript; choose another`);
  const taken = SUBGRAPHS.find((entry) => entry.name === name || entry.folder === name);
  if (taken) throw new Refusal(`--name "${name}" is taken: the catalog already has the subgraph ${taken.name}`);
  if (existsSync(path.join(root, 'subgraphs', name))) throw new Refusal(`--name "${name}" is taken: subgraphs/${name} already exists`);
}

function checkMinistry(code: string): void {
  if (!CODE.test(code) || code.length > 40) throw new Refusal(`--ministry must be an UPPER_SNAKE code (capitals, digits, single underscores, starting with a letter, at most 40 characters), e.g. BPJS_TK; got "${code}"`);
  if ((MINISTRIES as readonly string[]).includes(code)) throw new Refusal(`--ministry ${code} is taken: it is already one of ${MINISTRIES.join(', ')}`);
}

function portOf(value: string | undefined): number {
  const highest = Math.max(...SUBGRAPHS.map((entry) => entry.defaultPort));
  if (value === undefined) return highest + 1;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1024 || port > 65535) throw new Refusal(`--port must be a whole number from 1024 to 65535; got "${value}"`);
  if (port === GATEWAY_PORT) throw new Refusal(`--port ${port} is taken: it is the gateway's`);
  const taken = SUBGRAPHS.find((entry) => entry.defaultPort === port);
  if (taken) throw new Refusal(`--port ${port} is taken: it is the port of the subgraph ${taken.name} in the catalog`);
  return port;
}

function databaseOf(value: string | undefined, name: string): string {
  const database = value ?? name.replace(/-/g, '_');
  if (!DATABASE.test(database) || database.length > 40) throw new Refusal(`--database must be lower-case letters, digits and underscores, starting with a letter, at most 40 characters; got "${database}"`);
  const taken = SUBGRAPHS.find((entry) => entry.databaseName === database);
  if (taken) throw new Refusal(`--database ${database} is taken: the subgraph ${taken.name} keeps its data there`);
  return database;
}

function envPrefixOf(name: string): string {
  const prefix = name.toUpperCase().replace(/-/g, '_');
  const taken = SUBGRAPHS.find((entry) => entry.envPrefix === prefix);
  if (taken) throw new Refusal(`the environment prefix ${prefix} of --name "${name}" is taken by the subgraph ${taken.name}`);
  return prefix;
}

/** The label goes into descriptions and comments as written: one line of plain text. */
function labelOf(value: string | undefined, code: string): string {
  const label = value ?? code.replace(/_/g, ' ');
  if (label.trim() !== label || label === '' || label.length > 120 || /[\u0000-\u001f\u007f"\\`]|\*\//.test(label)) {
    throw new Refusal(`--label must be one line of plain text (at most 120 characters, no quotes, backslashes or control characters); got ${JSON.stringify(label)}`);
  }
  return label;
}

/** Reads and checks the command line; a Refusal names the first thing wrong. */
export function parseCommandLine(args: readonly string[], root: string): CommandLine | 'help' {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        name: { type: 'string' },
        ministry: { type: 'string' },
        label: { type: 'string' },
        port: { type: 'string' },
        database: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new Refusal((err as Error).message);
  }
  if (values.help) return 'help';
  const name = required(values.name as string | undefined, 'name');
  const ministry = required(values.ministry as string | undefined, 'ministry');
  checkName(name, root);
  checkMinistry(ministry);
  return {
    options: {
      name,
      ministry,
      label: labelOf(values.label as string | undefined, ministry),
      port: portOf(values.port as string | undefined),
      databaseName: databaseOf(values.database as string | undefined, name),
      envPrefix: envPrefixOf(name),
    },
    dryRun: values['dry-run'] === true,
  };
}
