import { LRUCache } from "lru-cache";

/**
 * Figures that are costly to work out and read far more often than they change (a pot's
 * ranking, read by every member of a panel over and over), kept in this server's memory with
 * the fingerprint of the records they were worked out from. The fingerprint is read from the
 * database on every request, so a change made through any server is seen at once; only an
 * unchanged fingerprint reuses the kept figures.
 *
 * The fingerprint must be read before the figures are worked out: a change made in between
 * then leaves figures newer than their fingerprint, and the next request works them out again.
 * Requests that miss at the same moment share one piece of work.
 */
export function fingerprintCache<Value extends object>(maxEntries: number) {
  const kept = new LRUCache<string, { fingerprint: string; value: Value }>({ max: maxEntries });
  const working = new Map<string, Promise<Value>>();
  return async function cached(
    key: string,
    fingerprint: string,
    work: () => Promise<Value>,
  ): Promise<Value> {
    const hit = kept.get(key);
    if (hit?.fingerprint === fingerprint) return hit.value;
    const id = `${key}\u0000${fingerprint}`;
    const pending = working.get(id);
    if (pending) return pending;
    const promise = work()
      .then((value) => {
        kept.set(key, { fingerprint, value });
        return value;
      })
      .finally(() => working.delete(id));
    working.set(id, promise);
    return promise;
  };
}
