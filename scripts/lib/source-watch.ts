import { readdirSync, readFileSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { SUBGRAPHS } from '../../subgraphs/catalog';
import { composeSupergraph, printMessages, writeSupergraph } from './composition';
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
 * Composes the subgraph schemas and writes the supergraph when they compose, and the typed client
 * with it (as `npm run compose` does); prints the errors and keeps the last good supergraph (which
 * the gateway goes on serving) when they do not.
 */
export async function composeForDev(log: (line: string) => void): Promise<boolean> {
  const result = composeSupergraph();
  if (!result.ok) {
    printMessages('error', result.errors);
    log('the subgraph schemas do not compose (errors above): the gateway keeps serving the last good supergraph');
    return false;
  }
  if (!writeSupergraph(result.supergraph)) {
    log('composed: the supergraph is unchanged');
    return true;
  }
  log('composed schema/supergraph.graphql: the gateway takes it up without a restart');
  try {
    // Loaded here: the generator is large, and only a schema change needs it.
    const { generatedFiles, writeGenerated } = await import('./typed-client');
    const { written } = writeGenerated(await generatedFiles());
    if (written > 0) log(`wrote the typed client again (${written} files)`);
  } catch (err) {
    log(`the typed client could not be generated: ${(err as Error).message}`);
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
