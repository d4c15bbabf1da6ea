import http from 'node:http';
import https from 'node:https';
import { IDENTITY_HEADER, signIdentity, type Identity } from '../lib/identity';
import type { Logger } from '../lib/logger';
import type { SubgraphConnections } from './subgraph-fetcher';

/**
 * `read` shared by concurrent callers, but never a read that began before the caller asked: that
 * one may predate a write the caller already saw (its own, through another replica), so callers
 * arriving while a read is in flight share the next one, which starts when it ends. Under load
 * the reads run back to back, each answering every caller that came during the one before.
 */
export function freshReads<T>(read: () => Promise<T>): () => Promise<T> {
  let inFlight: Promise<T> | undefined;
  let next: Promise<T> | undefined;
  const start = (): Promise<T> => {
    const running: Promise<T> = read().finally(() => {
      if (inFlight === running) inFlight = undefined;
    });
    inFlight = running;
    return running;
  };
  return () => {
    if (!inFlight) return start();
    next ??= inFlight.then(
      () => undefined,
      () => undefined,
    ).then(() => {
      next = undefined;
      return start();
    });
    return next;
  };
}

export interface SubgraphVersions {
  /**
   * Each named subgraph's write versions, read after this call began (one string per subgraph,
   * equal as long as none of its collections is written); null for one that could not say.
   */
  read(subgraphs: Iterable<string>): Promise<Map<string, string | null>>;
}

export interface SubgraphVersionsOptions {
  /** Each subgraph's GraphQL URL, as served now; its versions are at `versions` beside it. */
  routes: () => Readonly<Record<string, string>>;
  identitySecret: string;
  timeoutMs: number;
  /** The gateway's keep-alive pools to the subgraphs (a read is a small GET over one of their sockets). */
  connections: SubgraphConnections;
  logger?: Logger;
}

/** A GET over the pools, its JSON body parsed; rejects on any status but 200 and past the timeout. */
function getJson(url: URL, headers: Record<string, string>, connections: SubgraphConnections, timeoutMs: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const secure = url.protocol === 'https:';
    const request = (secure ? https : http).get(url, { headers, agent: connections[secure ? 'https:' : 'http:'], timeout: timeoutMs }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        if (response.statusCode !== 200) return reject(new Error(`answered ${response.statusCode}`));
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        } catch {
          reject(new Error('answered something other than JSON'));
        }
      });
    });
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', reject);
  });
}

/** Who the gateway is when it asks a subgraph for its versions (a subgraph answers only identities the gateway signed). */
const GATEWAY: Identity = { sub: 'gateway', ministry: null, roles: [], scopes: [], purpose: null };

/**
 * The subgraphs' write versions (`GET /versions`, subgraphs/runtime/versions/versions-route.ts),
 * read fresh for every batch of callers and never kept: a kept public answer is sent again only
 * while the versions of every subgraph it was made from are the ones it was made at, so a write
 * on any replica is seen by the next request on every gateway.
 */
export function subgraphVersions(options: SubgraphVersionsOptions): SubgraphVersions {
  const readers = new Map<string, () => Promise<string | null>>();
  const failing = new Set<string>();
  const readerFor = (url: string) => {
    let reader = readers.get(url);
    if (!reader) {
      const at = new URL('versions', url);
      reader = freshReads(async () => {
        try {
          const { versions } = (await getJson(at, { [IDENTITY_HEADER]: signIdentity(GATEWAY, options.identitySecret) }, options.connections, options.timeoutMs)) as { versions?: unknown };
          if (versions === null || typeof versions !== 'object') throw new Error('answered without versions');
          if (failing.delete(url)) options.logger?.info('subgraph write versions readable again: kept public answers are sent again', { url: at.href });
          return JSON.stringify(versions);
        } catch (err) {
          // Without its versions, nothing made from that subgraph is sent from the cache.
          if (!failing.has(url)) options.logger?.warn('subgraph write versions unreadable: public answers from it are computed afresh', { url: at.href, err: (err as Error).message });
          failing.add(url);
          return null;
        }
      });
      readers.set(url, reader);
    }
    return reader;
  };
  return {
    async read(subgraphs) {
      const routes = options.routes();
      const names = [...subgraphs];
      const versions = await Promise.all(names.map((name) => (routes[name] ? readerFor(routes[name]!)() : Promise.resolve(null))));
      return new Map(names.map((name, index) => [name, versions[index]!]));
    },
  };
}
