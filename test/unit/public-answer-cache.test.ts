import { publicAnswerCache, publicMaxAge } from '../../gateway/public-answer-cache';

describe('the public answer cache', () => {
  it('reads max-age only from a public Cache-Control', () => {
    expect(publicMaxAge('max-age=30, public')).toBe(30);
    expect(publicMaxAge('public, max-age=5')).toBe(5);
    expect(publicMaxAge('max-age=30, private')).toBe(0);
    expect(publicMaxAge('no-store')).toBe(0);
    expect(publicMaxAge(undefined)).toBe(0);
  });

  it('keeps a public answer for its max-age and no longer', () => {
    const cache = publicAnswerCache(1_000_000);
    expect(cache.offer('q1', 'max-age=30, public', 'application/json', '{"data":1}', 0)).toBe(true);
    expect(cache.get('q1', 29_999)).toEqual(expect.objectContaining({ body: '{"data":1}', contentType: 'application/json', until: 30_000 }));
    expect(cache.get('q1', 30_000)).toBeUndefined();
  });

  it('refuses answers that are not public, and answers larger than the whole budget', () => {
    const cache = publicAnswerCache(100);
    expect(cache.offer('q', 'no-store', 'application/json', '{}', 0)).toBe(false);
    expect(cache.offer('q', 'max-age=30, private', 'application/json', '{}', 0)).toBe(false);
    expect(cache.offer('q', 'max-age=30, public', 'application/json', 'x'.repeat(100), 0)).toBe(false);
    expect(cache.get('q', 0)).toBeUndefined();
  });

  it('stays within its byte budget, dropping the least recently used answers first', () => {
    // Each entry costs (key + body) * 2 bytes = 20.
    const cache = publicAnswerCache(60);
    for (const key of ['a', 'b', 'c']) cache.offer(key, 'max-age=30, public', 'application/json', key.repeat(9), 0);
    cache.get('a', 1);
    cache.offer('d', 'max-age=30, public', 'application/json', 'd'.repeat(9), 2);
    expect(['a', 'b', 'c', 'd'].map((key) => cache.get(key, 3) !== undefined)).toEqual([true, false, true, true]);
  });
});
