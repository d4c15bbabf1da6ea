/**
 * npm run check: is the working tree's change to the subgraphs safe for the graph's clients?
 * Composes the subgraphs, diffs the API schema against a baseline (the supergraph at the merge
 * base with main unless --base REF or --base-file PATH), and judges every breaking or dangerous
 * change by the registered operations (operations/). Exit 1 when a change breaks one.
 *
 *   npm run check -- [--base REF | --base-file PATH] [--subgraph NAME=FILE …] [--json]
 *
 * --subgraph checks a proposed schema for one subgraph without putting it in place.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readRegistry } from '../lib/operation-registry';
import { resolveBaseline } from './check/baseline';
import { formatReport } from './check/report';
import { runCheck } from './check/run-check';
import { readSubgraphSchemas, supergraphUpToDate, type SubgraphSource } from './lib/composition';

function usage(message: string): never {
  console.error(`check: ${message}\nusage: npm run check -- [--base REF | --base-file PATH] [--subgraph NAME=FILE ...] [--json]`);
  process.exit(2);
}

/** The working tree's subgraph schemas, with `NAME=FILE` replacements. */
function proposedSubgraphs(replacements: string[]): SubgraphSource[] {
  const sources = readSubgraphSchemas();
  for (const replacement of replacements) {
    const [name, file] = replacement.split('=', 2) as [string, string | undefined];
    const source = sources.find((candidate) => candidate.entry.name === name);
    if (!source || !file) usage(`--subgraph takes NAME=FILE with NAME one of ${sources.map((s) => s.entry.name).join(', ')}; got "${replacement}"`);
    try {
      Object.assign(source, { file: path.resolve(file), sdl: readFileSync(file, 'utf8') });
    } catch (err) {
      usage(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  }
  return sources;
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({ options: { base: { type: 'string' }, 'base-file': { type: 'string' }, subgraph: { type: 'string', multiple: true }, json: { type: 'boolean' } } }));
  } catch (err) {
    usage((err as Error).message);
  }
  if (values.base && values['base-file']) usage('give --base or --base-file, not both');
  const replacements = values.subgraph ?? [];
  const result = await runCheck({
    baseline: resolveBaseline({ base: values.base, baseFile: values['base-file'] }),
    subgraphs: proposedSubgraphs(replacements),
    registry: readRegistry(),
  });
  if (values.json) console.log(JSON.stringify(result, null, 2));
  else {
    for (const line of formatReport(result)) console.log(line);
    if (replacements.length === 0 && !supergraphUpToDate()) console.log('note: schema/supergraph.graphql is not composed from the subgraph schemas as they are now: run npm run compose');
  }
  process.exit(result.ok ? 0 : 1);
}

main().catch((err: unknown) => {
  console.error(`check: ${(err as Error).message}`);
  process.exit(2);
});
