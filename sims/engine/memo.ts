/**
 * Work a caller may keep between runs: a run asks `memo(cache, key, make)` for a result that
 * depends only on `key`, and gets the cached one when the key is unchanged. The cache is the
 * caller's (the site's worker keeps one for its lifetime), so models stay pure: without a cache
 * every call does the work.
 */
export type Memo = Map<string, unknown>;

/** The result of `make()` for `key`, from `cache` when present; at most `limit` entries kept. */
export function memo<T>(cache: Memo | undefined, key: string, make: () => T, limit = 32): T {
  if (!cache) return make();
  if (cache.has(key)) {
    const hit = cache.get(key) as T;
    cache.delete(key); // most recently used last
    cache.set(key, hit);
    return hit;
  }
  const value = make();
  cache.set(key, value);
  if (cache.size > limit) cache.delete(cache.keys().next().value as string);
  return value;
}
