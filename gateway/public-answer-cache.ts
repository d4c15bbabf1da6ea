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

/** Documents whose last answer the cache remembers the shape of; past it, the oldest is forgotten (and learnt again). */
const KNOWN_DOCUMENTS = 2000;

/** What the last answer of a document without errors said: whether anyone may reuse its answers, and which subgraphs made it. */
interface KnownDocument {
  public: boolean;
  subgraphs: readonly string[];
}

/**
 * The cache as the request path uses it: a kept answer is sent again only while every subgraph
 * it was made from is at the write version it was made at, read after the request arrived
 * (gateway/write-versions.ts), so a write through any replica shows in the next answer of every
 * gateway, not up to max-age later. An answer is kept with the versions read before it was
 * computed, for the subgraphs its fetches asked (a write meanwhile makes it stale at once). A
 * subgraph whose versions cannot be read has nothing sent from the cache.
 *
 * A miss reads the versions before the operation runs, but only of what its document is known to
 * need: none for a document whose answers are not public (statistics, anything personal), which
 * would pay for a read it never uses; the subgraphs its last answer came from otherwise (an answer
 * that then asks another is not kept); every subgraph for a document not seen yet.
 */
export function versionedAnswers(cache: PublicAnswerCache, versions: SubgraphVersions, subgraphs: () => Iterable<string>): AnswerStore<GatewayContext> {
  const documents = new Map<string, KnownDocument>();
  const learn = (document: string, cacheControl: string | undefined, body: string, fetched: ReadonlySet<string>) => {
    if (body.includes('"errors":')) return;
    documents.delete(document);
    documents.set(document, { public: publicMaxAge(cacheControl) > 0, subgraphs: [...fetched] });
    if (documents.size > KNOWN_DOCUMENTS) documents.delete(documents.keys().next().value!);
  };
  return {
    async lookup(key, context, document): Promise<AnswerLookup> {
      const entry = cache.get(key);
      if (entry && entry.madeAt.size > 0 && sameVersions(entry.madeAt, await versions.read(entry.madeAt.keys()))) return { kept: entry };
      if (entry) cache.drop(key);
      const known = documents.get(document);
      if (known && !known.public) {
        return {
          keep: (cacheControl, _contentType, body) => {
            learn(document, cacheControl, body, context.fetched);
            return false;
          },
        };
      }
      const before = await versions.read(known ? known.subgraphs : subgraphs());
      return {
        keep: (cacheControl, contentType, body) => {
          learn(document, cacheControl, body, context.fetched);
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
