import type { AnswerStore, KeptAnswer } from '../lib/http/graphql-handler';

/**
 * Whole answers to public queries, kept as the bytes that were sent. An answer is kept only
 * when the gateway marked it `Cache-Control: public, max-age=N`: every field in it carries a
 * cache hint from its subgraph (`@cacheControl`) and it has no error. Fields that depend on who
 * asks (workers, names, personal data, statistics, the audit trail) have no hint, so such an
 * answer is never kept. Served before Apollo Server's request pipeline, it costs a lookup; the
 * caller is still authenticated first. Per process, bounded in bytes, safe to lose.
 */
export interface PublicAnswerCache extends AnswerStore {
  get(key: string, now?: number): KeptAnswer | undefined;
  /** Keeps the answer if its Cache-Control allows anyone to reuse it; returns whether it did. */
  offer(key: string, cacheControl: string | undefined, contentType: string, body: string, now?: number): boolean;
}

/** Seconds anyone may reuse an answer (`public, max-age=N`), else 0. */
export function publicMaxAge(cacheControl: string | undefined): number {
  if (!cacheControl || !/\bpublic\b/.test(cacheControl)) return 0;
  return Number(/\bmax-age=(\d+)/.exec(cacheControl)?.[1] ?? 0);
}

export function publicAnswerCache(maxBytes: number): PublicAnswerCache {
  const kept = new Map<string, KeptAnswer & { bytes: number }>();
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
    offer(key, cacheControl, contentType, body, now = Date.now()) {
      const maxAge = publicMaxAge(cacheControl);
      const size = (key.length + body.length) * 2;
      if (maxAge === 0 || size > maxBytes) return false;
      drop(key);
      while (bytes + size > maxBytes) drop(kept.keys().next().value!);
      kept.set(key, { body, contentType, until: now + maxAge * 1000, bytes: size });
      bytes += size;
      return true;
    },
  };
}
