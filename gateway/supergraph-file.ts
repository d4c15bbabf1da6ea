import { readFileSync } from 'node:fs';
import { GRAPH_SCALARS } from '../lib/graphql/scalars';

export interface SupergraphFile {
  sdl: string;
  /** Subgraph names and routing URLs, as written by composition (`@join__graph`). */
  subgraphs: { name: string; url: string }[];
}

/**
 * Security features the subgraphs enforce themselves. A supergraph marks `@requiresScopes` as
 * `for: SECURITY`, which tells a gateway that cannot enforce it to refuse the supergraph;
 * @apollo/gateway cannot, but our subgraphs check every such field against the signed identity,
 * so the gateway may serve it (the directive stays in the file: the contract shows it).
 */
const SUBGRAPH_ENFORCED = ['https://specs.apollo.dev/requiresScopes/v0.1'];

export function acknowledgeSubgraphEnforcedSecurity(sdl: string): string {
  let result = sdl;
  for (const url of SUBGRAPH_ENFORCED) result = result.replace(`@link(url: "${url}", for: SECURITY)`, `@link(url: "${url}")`);
  return result;
}

/** Reads the supergraph file, with an error that says how to produce it when it is missing. */
export function readSupergraph(path: string): SupergraphFile {
  let sdl: string;
  try {
    sdl = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`Cannot read the supergraph at ${path} (${(err as NodeJS.ErrnoException).code}): run "npm run compose" or set SUPERGRAPH_PATH`);
  }
  sdl = acknowledgeSubgraphEnforcedSecurity(sdl);
  const subgraphs = [...sdl.matchAll(/@join__graph\(name:\s*"([^"]+)",\s*url:\s*"([^"]*)"\)/g)].map((m) => ({ name: m[1]!, url: m[2]! }));
  if (subgraphs.length === 0) throw new Error(`${path} is not a supergraph: it names no subgraph (@join__graph)`);
  // The gateway checks every input against the graph's own scalars; one it cannot check would
  // reach the subgraphs unchecked, so a supergraph with an unknown scalar is not served.
  const unknown = [...sdl.matchAll(/^scalar (\w+)/gm)].map((m) => m[1]!).filter((name) => !name.includes('__') && !GRAPH_SCALARS[name]);
  if (unknown.length > 0) throw new Error(`${path} declares scalars the gateway cannot check: ${unknown.join(', ')}; add their parsing to lib/graphql/scalars.ts`);
  return { sdl, subgraphs };
}
