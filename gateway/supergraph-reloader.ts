import type { Logger } from '../lib/logger';
import { supergraphHash } from './supergraph-file';

export interface SupergraphReloaderOptions {
  /** Where the texts come from (a path, a URL), for the log. */
  source: string;
  /** The hash of the supergraph served now. */
  served(): string;
  /** Builds a supergraph from the text and serves it; throws, the current one still serving, when it cannot. */
  replace(text: string): Promise<void>;
  logger: Logger;
}

export interface SupergraphReloader {
  /** A text the source now holds; resolves once it, or a newer one offered meanwhile, has been dealt with. */
  offer(text: string): Promise<void>;
}

/**
 * Turns what a watched file or a polled URL holds into reloads: a text whose hash is the served
 * one is no change (a touch, a poll with nothing new), a text refused once is not tried (and
 * logged) again until the source holds something else, and reloads run one at a time, the
 * latest text offered during one being the next.
 */
export function supergraphReloader(options: SupergraphReloaderOptions): SupergraphReloader {
  const { source, logger } = options;
  let refused: string | undefined;
  let next: string | undefined;
  let draining: Promise<void> | undefined;

  async function apply(text: string): Promise<void> {
    const sha256 = supergraphHash(text);
    const previous = options.served();
    if (sha256 === previous || sha256 === refused) return;
    const started = performance.now();
    try {
      await options.replace(text);
    } catch (err) {
      refused = sha256;
      logger.error('supergraph refused, still serving the previous one', { supergraph: source, sha256, serving: previous, reason: (err as Error).message });
      return;
    }
    refused = undefined;
    logger.info('supergraph reloaded', { supergraph: source, previous, sha256, ms: Math.round(performance.now() - started) });
  }

  async function drain(): Promise<void> {
    try {
      for (let text = next; text !== undefined; text = next) {
        next = undefined;
        await apply(text);
      }
    } finally {
      draining = undefined;
    }
  }

  return {
    offer(text) {
      next = text;
      return (draining ??= drain());
    },
  };
}
