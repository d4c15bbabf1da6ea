import { describeChange, writeChanges } from './file-change';
import { HELP, parseCommandLine, USAGE } from './options';
import { planScaffold } from './plan';
import { Refusal } from './refusal';

export interface Io {
  /** The repository to scaffold into. */
  root: string;
  out: (line: string) => void;
  err: (line: string) => void;
}

const NEXT_STEPS = (name: string) => [
  'Next:',
  `  1. Make the example the partner's own, schema first: subgraphs/${name}/schema.graphql, then its model, repository,`,
  "     resolvers, access rows, seed hook and tests; add the partner to the README's tables (subgraphs, ports, variables).",
  '  2. npm run compose',
  '  3. npm run lint && npm run check',
  '  4. npm test (databases seeded before it joined get its records with npm run seed)',
];

/**
 * `npm run subgraph:new`: exit code 0 when done (or listed, with --dry-run), 2 when refused
 * (nothing written), 1 when a file the scaffold edits is not of the shape it knows (nothing written).
 */
export function runSubgraphNew(args: readonly string[], io: Io): number {
  try {
    const command = parseCommandLine(args, io.root);
    if (command === 'help') {
      io.out(HELP);
      return 0;
    }
    const changes = planScaffold(io.root, command.options);
    const { name, ministry, port, databaseName, envPrefix, label } = command.options;
    const summary = `subgraph ${name} of ${ministry} (${label}): port ${port}, database ${databaseName}, environment prefix ${envPrefix}`;
    if (command.dryRun) {
      io.out(`Dry run, nothing written. The ${summary} would take:`);
      for (const change of changes) for (const line of describeChange(change)) io.out(line);
      return 0;
    }
    writeChanges(io.root, changes);
    io.out(`Scaffolded the ${summary}:`);
    for (const change of changes) io.out(`  ${change.before === null ? 'created' : 'changed'} ${change.path}`);
    for (const line of NEXT_STEPS(name)) io.out(line);
    return 0;
  } catch (err) {
    if (err instanceof Refusal) {
      io.err(`subgraph:new: ${err.message}. Nothing was written.`);
      io.err(USAGE);
      return 2;
    }
    io.err(`subgraph:new: ${(err as Error).message}. Nothing was written.`);
    return 1;
  }
}
