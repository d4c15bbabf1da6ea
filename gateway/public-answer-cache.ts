import type { AnswerLookup, AnswerStore, KeptAnswer } from '../lib/http/graphql-handler';
import type { GatewayContext } from './context';
import type { SubgraphVersions } from './write-versions';

/** A kept answer, with the write version of each subgraph it was made from, as they were before it was made. */
export interface VersionedAnswer extends KeptAnswer {
  madeAt: ReadonlyMap<string, string>;
}

/**
 * Whole answers, kept as the bytes that were sent. An answer is kept only when the gateway marked
 * it reusable, `Cache-Control: max-age=N` with `public` or `private`: every field in it carries a
 * cache hint from its subgraph (`@cacheControl`, or set by the resolver) and it has no error.
 * Public answers (courses, products, job openings) are the same for anyone; private ones
 * (statistics, whose buckets are exact or merged by who asks) are kept for their caller only,
 * under a key that names the caller (`versionedAnswers`). Fields of personal data have no hint,
 * so such an answer is never kept. Per process, bounded in bytes, safe to lose.
 */
export interface PublicAnswerCache {
  get(key: string, now?: number): VersionedAnswer | undefined;
  /** Keeps the answer if its Cache-Control allows reusing it; returns whether it did. */
  offer(key: string, cacheControl: string | undefined, contentType: string, body: string, madeAt?: ReadonlyMap<string, string>, now?: number): boolean;
  drop(key: string): void;
}

/** How long and by whom an answer may be reused: `max-age=N` with `public` or `private`, else null. */
export function answerReuse(cacheControl: string | undefined): { maxAge: number; scope: 'public' | 'private' } | null {
  if (!cacheControl) return null;
  const scope = /\bpublic\b/.test(cacheControl) ? 'public' : /\bprivate\b/.test(cacheControl) ? 'private' : null;
  const maxAge = Number(/\bmax-age=(\d+)/.exec(cacheControl)?.[1] ?? 0);
  return scope && maxAge > 0 ? { maxAge, scope } : null;
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
      const reuse = answerReuse(cacheControl);
      const size = (key.length + body.length) * 2;
      if (!reuse || size > maxBytes) return false;
      drop(key);
      while (bytes + size > maxBytes) drop(kept.keys().next().value!);
      kept.set(key, { body, contentType, until: now + reuse.maxAge * 1000, scope: reuse.scope, madeAt, bytes: size });
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

/** How a document's last error-free answer could be reused: by anyone, by its caller, or not at all. */
type DocumentKind = 'public' | 'private' | 'none';

export interface VersionedAnswersOptions {
  /** Longest a fetch waits for its subgraph's versions (VERSIONS_WAIT_MS). */
  waitMs?: number;
  /**
   * Whether a document names a field whose every read goes on record (`namesRecordedField`):
   * its answers are never kept for a caller, since a kept answer would skip the record. Absent,
   * no private answer is kept.
   */
  namesRecordedField?: (document: string) => boolean;
}

/**
 * The cache as the request path uses it: a kept answer is sent again only while every subgraph
 * it was made from is at the write version it was made at, read after the request arrived
 * (gateway/write-versions.ts), so a write through any replica shows in the next answer of every
 * gateway, not up to max-age later.
 *
 * A public answer is kept under the request body, for anyone; a private one (statistics) under
 * the body and the caller's verified identity (subject, ministry, roles, scopes, stated purpose),
 * so only the same caller is sent it again — and only if its document names no recorded field.
 *
 * A miss that may be kept reads each subgraph's versions just before the request's first fetch
 * to it (`context.beforeFetch`, called by the data source), so a request refused before it
 * fetches anything (a bad input, a limit) reads nothing, and one never reads a subgraph its plan
 * does not ask. It is kept with those versions (a write meanwhile makes it stale at once), and
 * only if every subgraph it was made from said its versions in time. A document whose last
 * error-free answer could not be reused (anything personal) reads none at all.
 */
export function versionedAnswers(cache: PublicAnswerCache, versions: SubgraphVersions, options: VersionedAnswersOptions = {}): AnswerStore<GatewayContext> {
  const { waitMs = VERSIONS_WAIT_MS, namesRecordedField } = options;
  const documentKinds = new Map<string, DocumentKind>();
  const learn = (document: string | undefined, cacheControl: string | undefined, body: string) => {
    if (document === undefined || body.includes('"errors":')) return;
    documentKinds.delete(document);
    documentKinds.set(document, answerReuse(cacheControl)?.scope ?? 'none');
    if (documentKinds.size > KNOWN_DOCUMENTS) documentKinds.delete(documentKinds.keys().next().value!);
  };
  const keptForCaller = (document: string | undefined) => document !== undefined && namesRecordedField !== undefined && !namesRecordedField(document);
  /** The subgraph's versions now, or null when they are not read within the wait. */
  const readWithin = (subgraph: string): Promise<string | null> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => resolve(null), waitMs);
      void versions.read([subgraph]).then((read) => {
        clearTimeout(timer);
        resolve(read.get(subgraph) ?? null);
      });
    });
  const noKeeping = (document: string | undefined): AnswerLookup => ({
    keep: (cacheControl, _contentType, body) => {
      learn(document, cacheControl, body);
      return false;
    },
  });
  return {
    async lookup(key, context, document): Promise<AnswerLookup> {
      const kind = document === undefined ? undefined : documentKinds.get(document);
      if (kind === 'none') return noKeeping(document);
      // Only a private answer needs the caller in its key: made when one is looked up or kept.
      let callerKeyMade: string | undefined;
      const callerKey = () => (callerKeyMade ??= `${JSON.stringify(context.identity)}\n${key}`);
      // A document not yet learnt may have either kind of answer kept.
      for (const candidate of kind === 'public' ? [key] : kind === 'private' ? [callerKey()] : [key, callerKey()]) {
        const entry = cache.get(candidate);
        if (!entry) continue;
        if (entry.madeAt.size > 0 && sameVersions(entry.madeAt, await versions.read(entry.madeAt.keys()))) return { kept: entry };
        cache.drop(candidate);
      }
      if (kind === 'private' && !keptForCaller(document)) return noKeeping(document);
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
          const reuse = answerReuse(cacheControl);
          if (!reuse || (reuse.scope === 'private' && !keptForCaller(document))) return false;
          // Every fetch waited for its subgraph's read: a subgraph without a version was not read in time (or not at all).
          const madeAt = new Map<string, string>();
          for (const subgraph of context.fetched) {
            const version = before.get(subgraph);
            if (!version) return false;
            madeAt.set(subgraph, version);
          }
          // An answer no subgraph was asked for has nothing to compare: not kept.
          return madeAt.size > 0 && cache.offer(reuse.scope === 'private' ? callerKey() : key, cacheControl, contentType, body, madeAt);
        },
      };
    },
  };
}
