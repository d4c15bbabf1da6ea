import { readdirSync, readFileSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { SUBGRAPHS } from '../../subgraphs/catalog';
import { buildGraph } from './build-graph';
import { ROOT } from './root';

/** What a change to the sources asks for: which processes to restart, and whether to compose. */
export interface SourceChange {
  restart: Set<string>;
  compose: boolean;
}

/** Whether any `.ts` file under `subgraphs/<folder>` imports from `subgraphs/<shared>/`. */
function imports(folder: string, shared: string): boolean {
  const pattern = new RegExp(`from '(?:\\.\\./)+${shared}/`);
  const root = path.join(ROOT, 'subgraphs', folder);
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).some((file) => file.endsWith('.ts') && pattern.test(readFileSync(path.join(root, file), 'utf8')));
}

/**
 * The subgraphs that run a shared folder's code (`runtime`, `training`, `reference`, or the
 * catalog): every one for the runtime and what the runtime itself imports, else those that import it.
 */
function sharedBy(shared: string): string[] {
  const all = SUBGRAPHS.map((s) => s.name);
  if (shared === 'runtime' || shared === 'catalog.ts' || imports('runtime', shared)) return all;
  return SUBGRAPHS.filter((s) => imports(s.folder, shared)).map((s) => s.name);
}

/**
 * What a changed file (relative to the repository) asks for in `npm run dev`: a subgraph's own
 * code restarts that subgraph; its schema is composed again as well (the gateway picks the new
 * supergraph up without a restart); shared subgraph code restarts the subgraphs that use it;
 * the gateway's code restarts the gateway; `lib/`, which every process shares, restarts them all.
 */
export function changeFor(file: string): SourceChange {
  const change: SourceChange = { restart: new Set(), compose: false };
  if (!/\.(ts|graphql)$/.test(file)) return change;
  const [top, folder] = file.split(path.sep);
  if (top === 'gateway') change.restart.add('gateway');
  if (top === 'lib') for (const name of ['gateway', ...SUBGRAPHS.map((s) => s.name)]) change.restart.add(name);
  if (top === 'subgraphs' && folder) {
    const own = SUBGRAPHS.find((s) => s.folder === folder);
    for (const name of own ? [own.name] : sharedBy(folder)) change.restart.add(name);
    if (own && file.endsWith('.graphql')) change.compose = true;
  }
  return change;
}

export interface SourceWatchOptions {
  log: (line: string) => void;
  /** Restarts a process by name, saying why; resolves once the request is made. */
  restart: (name: string, reason: string) => Promise<unknown>;
  /** Changes closer together than this are taken as one (an editor's save is several writes). */
  debounceMs?: number;
}

/**
 * Builds the graph as `npm run compose` does (supergraph and typed client); when it does not
 * compose, the errors are printed and the last good supergraph, which the gateway goes on
 * serving, is kept.
 */
export async function composeForDev(log: (line: string) => void): Promise<boolean> {
  try {
    const result = await buildGraph();
    if (!result.ok) {
      log('the subgraph schemas do not compose (errors above): the gateway keeps serving the last good supergraph');
      return false;
    }
    log(result.supergraphChanged ? 'composed schema/supergraph.graphql: the gateway takes it up without a restart' : 'composed: the supergraph is unchanged');
    if (result.clientFilesWritten > 0) log(`wrote the typed client again (${result.clientFilesWritten} files)`);
  } catch (err) {
    log(`the graph could not be built: ${(err as Error).message}`);
  }
  return true;
}

/** Watches the gateway, the subgraphs and the shared code, and acts on each batch of changes. */
export function watchSources(options: SourceWatchOptions): { close(): void } {
  const { log, restart, debounceMs = 200 } = options;
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const flush = async () => {
    timer = undefined;
    const files = [...pending].sort();
    pending.clear();
    const reasons = new Map<string, string[]>();
    let compose = false;
    for (const file of files) {
      const change = changeFor(file);
      compose ||= change.compose;
      for (const name of change.restart) reasons.set(name, [...(reasons.get(name) ?? []), file]);
    }
    // A schema that does not compose is not served: its subgraph goes on with the schema it has.
    const composed = compose ? await composeForDev(log) : true;
    for (const [name, changed] of reasons) {
      const schemaChanged = changed.some((file) => file.endsWith('.graphql'));
      if (schemaChanged && !composed) continue;
      void restart(name, `${changed.join(', ')} changed`);
    }
  };
  const watchers: FSWatcher[] = ['gateway', 'subgraphs', 'lib'].map((top) =>
    watch(path.join(ROOT, top), { recursive: true }, (_event, name) => {
      if (!name) return;
      pending.add(path.join(top, name.toString()));
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), debounceMs);
    }),
  );
  return {
    close() {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
  };
}
