import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { GRAPH_SCALARS } from '../lib/graphql/scalars';

export interface SupergraphFile {
  sdl: string;
  /** Subgraph names and routing URLs, as written by composition (`@join__graph`). */
  subgraphs: { name: string; url: string }[];
  /** sha256 of the text as read, so an operator can compare it with the file they deployed. */
  sha256: string;
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

/** The hash the gateway reports for a supergraph text (readiness, reload log lines). */
export function supergraphHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * A supergraph's text as the gateway serves it, from a file or a URL (`source` names it in
 * errors). Whether it composes is for @apollo/gateway to say when it loads it.
 */
export function parseSupergraph(text: string, source: string): SupergraphFile {
  const sdl = acknowledgeSubgraphEnforcedSecurity(text);
  const subgraphs = [...sdl.matchAll(/@join__graph\(name:\s*"([^"]+)",\s*url:\s*"([^"]*)"\)/g)].map((m) => ({ name: m[1]!, url: m[2]! }));
  if (subgraphs.length === 0) throw new Error(`${source} is not a supergraph: it names no subgraph (@join__graph)`);
  // The gateway checks every input against the graph's own scalars; one it cannot check would
  // reach the subgraphs unchecked, so a supergraph with an unknown scalar is not served.
  const unknown = [...sdl.matchAll(/^scalar (\w+)/gm)].map((m) => m[1]!).filter((name) => !name.includes('__') && !GRAPH_SCALARS[name]);
  if (unknown.length > 0) throw new Error(`${source} declares scalars the gateway cannot check: ${unknown.join(', ')}; add their parsing to lib/graphql/scalars.ts`);
  return { sdl, subgraphs, sha256: supergraphHash(text) };
}

/** Reads the supergraph file, with an error that says how to produce it when it is missing. */
export function readSupergraph(path: string): SupergraphFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`Cannot read the supergraph at ${path} (${(err as NodeJS.ErrnoException).code}): run "npm run compose" or set SUPERGRAPH_PATH`);
  }
  return parseSupergraph(text, path);
}
