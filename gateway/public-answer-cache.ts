import type { AnswerLookup, AnswerStore, KeptAnswer } from '../lib/http/graphql-handler';
import type { GatewayContext } from './context';
import type { SubgraphVersions } from './write-versions';

/** A kept answer, with the write version of each subgraph it was made from, as they were before it was made. */
export interface VersionedAnswer extends KeptAnswer {
  madeAt: ReadonlyMap<string, string>;
}

/**
 * Whole answers to public queries, kept as the bytes that were sent. An answer is kept only
 * when the gateway marked it `Cache-Control: public, max-age=N`: every field in it carries a
 * cache hint from its subgraph (`@cacheControl`) and it has no error. Fields that depend on who
 * asks (workers, names, personal data, statistics, the audit trail) have no hint, so such an
 * answer is never kept. Per process, bounded in bytes, safe to lose.
 */
export interface PublicAnswerCache {
  get(key: string, now?: number): VersionedAnswer | undefined;
  /** Keeps the answer if its Cache-Control allows anyone to reuse it; returns whether it did. */
  offer(key: string, cacheControl: string | undefined, contentType: string, body: string, madeAt?: ReadonlyMap<string, string>, now?: number): boolean;
  drop(key: string): void;
}

/** Seconds anyone may reuse an answer (`public, max-age=N`), else 0. */
export function publicMaxAge(cacheControl: string | undefined): number {
  if (!cacheControl || !/\bpublic\b/.test(cacheControl)) return 0;
  return Number(/\bmax-age=(\d+)/.exec(cacheControl)?.[1] ?? 0);
}

export function publicAnswerCache(maxBytes: number): PublicAnswerCache {
  const kept = new Map<string, VersionedAnswer & { bytes: number }>();
  let bytes = 0;
  const drop = (key: string) => {
    const entry = kept.get(key);
    if (!entry) return;
    bytes -= entry.bytes;
    kept.delete(key);
  };
  return {
    get(key, now = Date.now()) {
      const entry = kept.get(key);
      if (!entry) return undefined;
      if (entry.until <= now) {
        drop(key);
        return undefined;
      }
      // Map order is insertion order: moving a used entry to the end makes eviction least-recently-used.
      kept.delete(key);
      kept.set(key, entry);
      return entry;
    },
    offer(key, cacheControl, contentType, body, madeAt = new Map(), now = Date.now()) {
      const maxAge = publicMaxAge(cacheControl);
      const size = (key.length + body.length) * 2;
      if (maxAge === 0 || size > maxBytes) return false;
      drop(key);
      while (bytes + size > maxBytes) drop(kept.keys().next().value!);
      kept.set(key, { body, contentType, until: now + maxAge * 1000, madeAt, bytes: size });
      bytes += size;
      return true;
    },
    drop,
  };
}

const sameVersions = (madeAt: ReadonlyMap<string, string>, now: ReadonlyMap<string, string | null>) => [...madeAt].every(([subgraph, version]) => now.get(subgraph) === version);

/** Documents whose last answer the cache remembers the kind of; past it, the oldest is forgotten (and learnt again). */
const KNOWN_DOCUMENTS = 2000;

/**
 * Longest a fetch waits for its subgraph's versions: the versions are read before the first fetch
 * to a subgraph, so that an answer is never kept with a version newer than what it was made from;
 * one not read by then (a slow or frozen subgraph) only means this answer is not kept.
 */
export const VERSIONS_WAIT_MS = 100;

/**
 * The cache as the request path uses it: a kept answer is sent again only while every subgraph
 * it was made from is at the write version it was made at, read after the request arrived
 * (gateway/write-versions.ts), so a write through any replica shows in the next answer of every
 * gateway, not up to max-age later.
 *
 * A miss that may be kept reads each subgraph's versions just before the request's first fetch
 * to it (`context.beforeFetch`, called by the data source), so a request refused before it
 * fetches anything (a bad input, a limit) reads nothing, and one never reads a subgraph its plan
 * does not ask. It is kept with those versions (a write meanwhile makes it stale at once), and
 * only if every subgraph it was made from said its versions in time. A document whose last
 * error-free answer was not public (statistics, anything personal) reads none at all.
 */
export function versionedAnswers(cache: PublicAnswerCache, versions: SubgraphVersions, waitMs = VERSIONS_WAIT_MS): AnswerStore<GatewayContext> {
  const publicDocuments = new Map<string, boolean>();
  const learn = (document: string | undefined, cacheControl: string | undefined, body: string) => {
    if (document === undefined || body.includes('"errors":')) return;
    publicDocuments.delete(document);
    publicDocuments.set(document, publicMaxAge(cacheControl) > 0);
    if (publicDocuments.size > KNOWN_DOCUMENTS) publicDocuments.delete(publicDocuments.keys().next().value!);
  };
  /** The subgraph's versions now, or null when they are not read within the wait. */
  const readWithin = (subgraph: string): Promise<string | null> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => resolve(null), waitMs);
      void versions.read([subgraph]).then((read) => {
        clearTimeout(timer);
        resolve(read.get(subgraph) ?? null);
      });
    });
  return {
    async lookup(key, context, document): Promise<AnswerLookup> {
      const entry = cache.get(key);
      if (entry && entry.madeAt.size > 0 && sameVersions(entry.madeAt, await versions.read(entry.madeAt.keys()))) return { kept: entry };
      if (entry) cache.drop(key);
      if (document !== undefined && publicDocuments.get(document) === false) {
        return {
          keep: (cacheControl, _contentType, body) => {
            learn(document, cacheControl, body);
            return false;
          },
        };
      }
      // Each subgraph's versions, read once, before the request's first fetch to it.
      const reads = new Map<string, Promise<void>>();
      const before = new Map<string, string | null>();
      context.beforeFetch = (subgraph) => {
        let read = reads.get(subgraph);
        if (!read) reads.set(subgraph, (read = readWithin(subgraph).then((version) => void before.set(subgraph, version))));
        return read;
      };
      return {
        keep: (cacheControl, contentType, body) => {
          learn(document, cacheControl, body);
          // Every fetch waited for its subgraph's read: a subgraph without a version was not read in time (or not at all).
          const madeAt = new Map<string, string>();
          for (const subgraph of context.fetched) {
            const version = before.get(subgraph);
            if (!version) return false;
            madeAt.set(subgraph, version);
          }
          // An answer no subgraph was asked for has nothing to compare: not kept.
          return madeAt.size > 0 && cache.offer(key, cacheControl, contentType, body, madeAt);
        },
      };
    },
  };
}
