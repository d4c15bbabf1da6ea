import { readFileSync, writeFileSync } from 'node:fs';
import { SUPERGRAPH_PATH } from '../lib/composition';

/**
 * The committed supergraph with each subgraph's routing URL replaced by where a benchmark started
 * it (ports of its own, so it can run beside `npm start`), written to `file`; returns `file`.
 */
export function writeRoutedSupergraph(subgraphUrls: Record<string, string>, file: string): string {
  let sdl = readFileSync(SUPERGRAPH_PATH, 'utf8');
  for (const [name, url] of Object.entries(subgraphUrls)) {
    sdl = sdl.replace(new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]*(")`), `$1${url}$2`);
  }
  writeFileSync(file, sdl);
  return file;
}
