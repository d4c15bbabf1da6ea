import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { GatewayContext } from '../../gateway/context';
import { answerReuse, publicAnswerCache, versionedAnswers } from '../../gateway/public-answer-cache';
import { ANONYMOUS, type Identity } from '../../lib/identity';
import type { SubgraphVersions } from '../../gateway/write-versions';
import { namesRecordedField, recordedFieldNames } from '../../gateway/scoped-fields';

describe('the public answer cache', () => {
  it('reads who may reuse an answer, and for how long', () => {
    expect(answerReuse('max-age=30, public')).toEqual({ maxAge: 30, scope: 'public' });
    expect(answerReuse('public, max-age=5')).toEqual({ maxAge: 5, scope: 'public' });
    expect(answerReuse('max-age=30, private')).toEqual({ maxAge: 30, scope: 'private' });
    expect(answerReuse('private, max-age=0')).toBeNull();
    expect(answerReuse('max-age=30')).toBeNull();
    expect(answerReuse('no-store')).toBeNull();
    expect(answerReuse(undefined)).toBeNull();
  });

  it('keeps a public answer for its max-age and no longer', () => {
    const cache = publicAnswerCache(1_000_000);
    expect(cache.offer('q1', 'max-age=30, public', 'application/json', '{"data":1}', undefined, 0)).toBe(true);
    expect(cache.get('q1', 29_999)).toEqual(expect.objectContaining({ body: '{"data":1}', contentType: 'application/json', until: 30_000 }));
    expect(cache.get('q1', 30_000)).toBeUndefined();
  });

  it('refuses answers that may not be reused, and answers larger than the whole budget', () => {
    const cache = publicAnswerCache(100);
    expect(cache.offer('q', 'no-store', 'application/json', '{}', undefined, 0)).toBe(false);
    expect(cache.offer('q', 'max-age=0, private', 'application/json', '{}', undefined, 0)).toBe(false);
    expect(cache.offer('q', 'max-age=30, public', 'application/json', 'x'.repeat(100), undefined, 0)).toBe(false);
    expect(cache.get('q', 0)).toBeUndefined();
    // A private answer is kept with its scope: the key it is offered under names its caller.
    expect(cache.offer('caller q', 'max-age=30, private', 'application/json', '{}', undefined, 0)).toBe(true);
    expect(cache.get('caller q', 0)?.scope).toBe('private');
  });

  it('stays within its byte budget, dropping the least recently used answers first', () => {
    // Each entry costs (key + body) * 2 bytes = 20.
    const cache = publicAnswerCache(60);
    for (const key of ['a', 'b', 'c']) cache.offer(key, 'max-age=30, public', 'application/json', key.repeat(9), undefined, 0);
    cache.get('a', 1);
    cache.offer('d', 'max-age=30, public', 'application/json', 'd'.repeat(9), undefined, 2);
    expect(['a', 'b', 'c', 'd'].map((key) => cache.get(key, 3) !== undefined)).toEqual([true, false, true, true]);
  });
});

describe('kept public answers, checked against the write versions of the subgraphs they were made from', () => {
  /** Subgraph versions as a test sets them (`hang`: never answers); every read is counted, by subgraph. */
  function fakeVersions(initial: Record<string, string | null | 'hang'>) {
    const now = new Map(Object.entries(initial));
    const reads: string[] = [];
    const versions: SubgraphVersions = {
      read: (subgraphs) => {
        const names = [...subgraphs];
        reads.push(...names);
        if (names.some((name) => now.get(name) === 'hang')) return new Promise(() => undefined);
        return Promise.resolve(new Map(names.map((name) => [name, (now.get(name) as string | null | undefined) ?? null])));
      },
    };
    return { now, reads, versions };
  }
  const PUBLIC = 'max-age=30, public';

  /**
   * Asks `key` (its document named after it, unless given) as the gateway does: the lookup, then,
   * on a miss, the fetches to `fetched` (each after `beforeFetch`, as the data source calls it),
   * then the answer computed with `cacheControl` offered for keeping.
   */
  async function ask(
    store: ReturnType<typeof versionedAnswers>,
    key: string,
    fetched: string[],
    body: string,
    cacheControl = PUBLIC,
    document: string | undefined = `document of ${key}`,
    during?: () => void,
    identity: Identity = ANONYMOUS,
  ) {
    const context = { fetched: new Set<string>(), identity } as GatewayContext;
    const lookup = await store.lookup(key, context, document);
    if (lookup.kept) return { from: 'cache', body: lookup.kept.body };
    for (const subgraph of fetched) {
      await context.beforeFetch?.(subgraph);
      context.fetched.add(subgraph);
    }
    during?.();
    return { from: 'computed', kept: lookup.keep(cacheControl, 'application/json', body) };
  }

  it('sends an answer again while its subgraphs are at the versions it was made at, and computes it afresh after a write to one of them', async () => {
    const { now, reads, versions } = fakeVersions({ esdm: 'e1', kp2mi: 'k1', 'koperasi-ukm': 'u1' });
    const store = versionedAnswers(publicAnswerCache(1_000_000), versions);
    expect(await ask(store, 'q', ['esdm', 'kp2mi'], '{"data":1}')).toEqual({ from: 'computed', kept: true });
    // A miss reads each subgraph its plan fetches from, once, before the first fetch to it: no other.
    expect(reads.splice(0)).toEqual(['esdm', 'kp2mi']);
    expect(await ask(store, 'q', ['esdm', 'kp2mi'], 'unused')).toEqual({ from: 'cache', body: '{"data":1}' });
    // A hit reads only the subgraphs the answer was made from.
    expect(reads.splice(0)).toEqual(['esdm', 'kp2mi']);
    // A write to a subgraph the answer was not made from leaves it true.
    now.set('koperasi-ukm', 'u2');
    expect(await ask(store, 'q', ['esdm', 'kp2mi'], 'unused')).toEqual({ from: 'cache', body: '{"data":1}' });
    now.set('kp2mi', 'k2');
    reads.splice(0);
    expect(await ask(store, 'q', ['esdm', 'kp2mi', 'esdm'], '{"data":2}')).toEqual({ from: 'computed', kept: true });
    // The stale answer's own check, then the miss's reads, one per subgraph however often it is fetched.
    expect(reads.splice(0)).toEqual(['esdm', 'kp2mi', 'esdm', 'kp2mi']);
    expect(await ask(store, 'q', ['esdm', 'kp2mi'], 'unused')).toEqual({ from: 'cache', body: '{"data":2}' });
  });

  it('reads nothing for a request that fetches nothing (refused before its plan runs)', async () => {
    const { reads, versions } = fakeVersions({ esdm: 'e1' });
    const store = versionedAnswers(publicAnswerCache(1_000_000), versions);
    expect(await ask(store, 'bad input', [], '{"errors":[{"message":"refused"}]}', 'no-store')).toEqual({ from: 'computed', kept: false });
    expect(reads).toEqual([]);
  });

  it('reads no versions for a document whose answers are not public, and learns when one becomes public', async () => {
    const { reads, versions } = fakeVersions({ esdm: 'e1', kp2mi: 'k1' });
    const store = versionedAnswers(publicAnswerCache(1_000_000), versions);
    expect(await ask(store, 'stats 2025', ['kp2mi'], '{"data":1}', 'no-store', 'stats')).toEqual({ from: 'computed', kept: false });
    expect(reads.splice(0)).toEqual(['kp2mi']);
    // The same document with other variables: known not public, so nothing is read.
    expect(await ask(store, 'stats 2026', ['kp2mi'], '{"data":2}', 'no-store', 'stats')).toEqual({ from: 'computed', kept: false });
    expect(reads).toEqual([]);
    // An answer with errors says nothing of the document; an error-free public one does.
    expect(await ask(store, 'stats 2026', ['kp2mi'], '{"errors":[],"data":2}', PUBLIC, 'stats')).toEqual({ from: 'computed', kept: false });
    expect(await ask(store, 'stats 2026', ['kp2mi'], '{"data":2}', PUBLIC, 'stats')).toEqual({ from: 'computed', kept: false });
    expect(await ask(store, 'stats 2027', ['kp2mi'], '{"data":3}', PUBLIC, 'stats')).toEqual({ from: 'computed', kept: true });
    expect(reads.splice(0)).toEqual(['kp2mi']);
  });

  it('learns nothing of a request without a document text: each miss may be kept', async () => {
    const { reads, versions } = fakeVersions({ esdm: 'e1', kp2mi: 'k1' });
    const store = versionedAnswers(publicAnswerCache(1_000_000), versions);
    expect(await ask(store, 'a', ['kp2mi'], '{"data":1}', 'no-store', undefined)).toEqual({ from: 'computed', kept: false });
    expect(await ask(store, 'b', ['esdm'], '{"data":2}', PUBLIC, undefined)).toEqual({ from: 'computed', kept: true });
    expect(reads.splice(0)).toEqual(['kp2mi', 'esdm']);
  });

  it('keeps an answer with the versions read before its fetches, so a write while it ran makes it stale at once', async () => {
    const { now, versions } = fakeVersions({ esdm: 'e1' });
    const store = versionedAnswers(publicAnswerCache(1_000_000), versions);
    // Written after the fetch, while the answer was being shaped.
    expect(await ask(store, 'q', ['esdm'], '{"data":"maybe old"}', PUBLIC, undefined, () => now.set('esdm', 'e2'))).toEqual({ from: 'computed', kept: true });
    expect(await ask(store, 'q', ['esdm'], '{"data":"new"}')).toEqual({ from: 'computed', kept: true });
    expect(await ask(store, 'q', ['esdm'], 'unused')).toEqual({ from: 'cache', body: '{"data":"new"}' });
  });

  it('keeps nothing made from a subgraph whose versions cannot be read, or not in time, nor an answer no subgraph made', async () => {
    const { now, versions } = fakeVersions({ esdm: 'e1', kp2mi: null, frozen: 'hang' });
    const store = versionedAnswers(publicAnswerCache(1_000_000), versions, { waitMs: 20 });
    expect(await ask(store, 'q', ['esdm', 'kp2mi'], '{"data":1}')).toEqual({ from: 'computed', kept: false });
    expect(await ask(store, 'q', ['esdm', 'kp2mi'], '{"data":1}')).toEqual({ from: 'computed', kept: false });
    const started = Date.now();
    expect(await ask(store, 'slow', ['esdm', 'frozen'], '{"data":2}')).toEqual({ from: 'computed', kept: false });
    // The fetch waited the bound for the frozen subgraph's versions, no longer.
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await ask(store, 'local', [], '{"data":{"__typename":"Query"}}')).toEqual({ from: 'computed', kept: false });
    // Made from esdm alone, while esdm answers: kept; then esdm stops answering.
    expect(await ask(store, 'e', ['esdm'], '{"data":3}')).toEqual({ from: 'computed', kept: true });
    now.set('esdm', null);
    expect(await ask(store, 'e', ['esdm'], '{"data":3}')).toEqual({ from: 'computed', kept: false });
  });

  describe('private answers (statistics), kept for their caller only', () => {
    const PRIVATE = 'max-age=30, private';
    const analyst: Identity = { sub: 'analyst-1', ministry: 'KP2MI', roles: ['analyst'], scopes: [], purpose: null };
    const officer: Identity = { sub: 'officer-1', ministry: 'KP2MI', roles: ['officer'], scopes: ['pii:read'], purpose: null };
    const recorded = (document: string) => /\b(nik|fullName)\b/.test(document);
    const asking = (store: ReturnType<typeof versionedAnswers>, identity: Identity, body: string, document = '{ workerStats(by: SEX) { key count } }') =>
      ask(store, 'stats', ['kp2mi'], body, PRIVATE, document, undefined, identity);

    it('sends a caller its own answer again until a write, and never sends it to another caller', async () => {
      const { now, versions } = fakeVersions({ kp2mi: 'k1' });
      const store = versionedAnswers(publicAnswerCache(1_000_000), versions, { namesRecordedField: recorded });
      expect(await asking(store, analyst, '{"data":"merged"}')).toEqual({ from: 'computed', kept: true });
      expect(await asking(store, analyst, 'unused')).toEqual({ from: 'cache', body: '{"data":"merged"}' });
      // Another caller, another answer (exact buckets): computed, and then kept for that caller.
      expect(await asking(store, officer, '{"data":"exact"}')).toEqual({ from: 'computed', kept: true });
      expect(await asking(store, officer, 'unused')).toEqual({ from: 'cache', body: '{"data":"exact"}' });
      expect(await asking(store, { ...analyst, purpose: 'another note' }, '{"data":"merged again"}')).toEqual({ from: 'computed', kept: true });
      expect(await asking(store, ANONYMOUS, '{"data":"anonymous"}')).toEqual({ from: 'computed', kept: true });
      expect(await asking(store, analyst, 'unused')).toEqual({ from: 'cache', body: '{"data":"merged"}' });
      now.set('kp2mi', 'k2');
      expect(await asking(store, analyst, '{"data":"after the write"}')).toEqual({ from: 'computed', kept: true });
    });

    it("keeps a private answer for its caller even when the document's last answer was public", async () => {
      const { versions } = fakeVersions({ kp2mi: 'k1' });
      const store = versionedAnswers(publicAnswerCache(1_000_000), versions, { namesRecordedField: recorded });
      const document = '{ countries { code } }';
      expect(await ask(store, 'once public', ['kp2mi'], '{"data":"public"}', PUBLIC, document, undefined, analyst)).toEqual({ from: 'computed', kept: true });
      expect(await ask(store, 'then private', ['kp2mi'], '{"data":"for the analyst"}', PRIVATE, document, undefined, analyst)).toEqual({ from: 'computed', kept: true });
      expect(await ask(store, 'then private', ['kp2mi'], '{"data":"for the officer"}', PRIVATE, document, undefined, officer)).toEqual({ from: 'computed', kept: true });
      expect(await ask(store, 'then private', ['kp2mi'], 'unused', PRIVATE, document, undefined, analyst)).toEqual({ from: 'cache', body: '{"data":"for the analyst"}' });
    });

    // The gateway's own check, over the supergraph it serves: every field whose read goes on record.
    const supergraph = readFileSync(path.join(__dirname, '..', '..', 'schema', 'supergraph.graphql'), 'utf8');
    it.each(recordedFieldNames(supergraph))('never keeps a private answer of a document naming the recorded field %s, aliased or in a fragment', async (field) => {
      const { versions } = fakeVersions({ kp2mi: 'k1' });
      const store = versionedAnswers(publicAnswerCache(1_000_000), versions, { namesRecordedField: namesRecordedField(() => supergraph) });
      for (const document of [
        `{ workerStats(by: SEX) { key count } anything { ${field} } }`,
        `{ workerStats(by: SEX) { key count } anything { hidden: ${field} } }`,
        `{ workerStats(by: SEX) { key count } anything { ...F } } fragment F on Anything { ${field} }`,
      ]) {
        expect([document, await asking(store, analyst, '{"data":1}', document)]).toEqual([document, { from: 'computed', kept: false }]);
        expect([document, await asking(store, analyst, '{"data":1}', document)]).toEqual([document, { from: 'computed', kept: false }]);
      }
      // The statistics alone are kept for the same caller.
      expect(await asking(store, analyst, '{"data":2}')).toEqual({ from: 'computed', kept: true });
    });

    it('never keeps a private answer of a document naming a recorded field, nor any without the check', async () => {
      const { versions } = fakeVersions({ kp2mi: 'k1' });
      const checked = versionedAnswers(publicAnswerCache(1_000_000), versions, { namesRecordedField: recorded });
      const personal = '{ workerStats(by: SEX) { key count } worker(id: "w") { fullName } }';
      expect(await asking(checked, analyst, '{"data":1}', personal)).toEqual({ from: 'computed', kept: false });
      expect(await asking(checked, analyst, '{"data":1}', personal)).toEqual({ from: 'computed', kept: false });
      const unchecked = versionedAnswers(publicAnswerCache(1_000_000), versions);
      expect(await asking(unchecked, analyst, '{"data":1}')).toEqual({ from: 'computed', kept: false });
      // Public answers do not depend on the check.
      expect(await ask(unchecked, 'q', ['kp2mi'], '{"data":2}')).toEqual({ from: 'computed', kept: true });
    });
  });
});
