import { readFileSync } from 'node:fs';

export interface SupergraphFile {
  sdl: string;
  /** Subgraph names and routing URLs, as written by composition (`@join__graph`). */
  subgraphs: { name: string; url: string }[];
}

/** Reads the supergraph file, with an error that says how to produce it when it is missing. */
export function readSupergraph(path: string): SupergraphFile {
  let sdl: string;
  try {
    sdl = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`Cannot read the supergraph at ${path} (${(err as NodeJS.ErrnoException).code}): run "npm run compose" or set SUPERGRAPH_PATH`);
  }
  const subgraphs = [...sdl.matchAll(/@join__graph\(name:\s*"([^"]+)",\s*url:\s*"([^"]*)"\)/g)].map((m) => ({ name: m[1]!, url: m[2]! }));
  if (subgraphs.length === 0) throw new Error(`${path} is not a supergraph: it names no subgraph (@join__graph)`);
  return { sdl, subgraphs };
}
