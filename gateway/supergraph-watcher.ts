import { readFileSync, watch } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../lib/logger';

export interface SupergraphWatchOptions {
  logger: Logger;
  /** Quiet time after the last change before the file is read. */
  debounceMs?: number;
}

/**
 * A write in place arrives as several events (truncate, then each write) and a rename as one or
 * two: reading once the folder has been quiet this long reads the file once, and whole.
 */
const DEBOUNCE_MS = 100;

/**
 * Hands the supergraph file's text to `onText` whenever it may have changed, and once as it
 * starts (a change made since the gateway read the file is not missed); returns how to stop.
 * It watches the file's folder rather than the file: editors and deploy tools replace a file
 * by renaming a new one over it, and a watch on the file would follow the old one.
 */
export function watchSupergraphFile(file: string, onText: (text: string) => unknown, options: SupergraphWatchOptions): () => void {
  const { logger, debounceMs = DEBOUNCE_MS } = options;
  const name = path.basename(file);
  let timer: NodeJS.Timeout | undefined;
  const read = () => {
    let text: string;
    try {
      // Synchronous, so that texts reach `onText` in the order the file held them.
      text = readFileSync(file, 'utf8');
    } catch (err) {
      logger.error('cannot read the supergraph, still serving the previous one', { supergraph: file, reason: (err as Error).message });
      return;
    }
    void onText(text);
  };
  // Not persistent: the gateway's HTTP server is what keeps the process running.
  const watcher = watch(path.dirname(file), { persistent: false }, (_event, changed) => {
    // Some platforms do not say which file changed.
    if (changed !== null && changed !== name) return;
    clearTimeout(timer);
    timer = setTimeout(read, debounceMs);
  });
  watcher.on('error', (err) => logger.error('stopped watching the supergraph: a new one needs a restart', { supergraph: file, reason: err.message }));
  read();
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
