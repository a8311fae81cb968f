import { describe, expect, it } from 'vitest';
import { warmTiles } from '../../../src/kiosk/tile-warming';

const urls = Array.from({ length: 40 }, (_, index) => `https://tiles.test/${index}.png`);
const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

/** A fetch whose responses take a moment, counting how many are in flight at once. */
function slowFetch(ok: (url: string) => boolean = () => true) {
  const stats = { inFlight: 0, maxInFlight: 0, requested: [] as string[] };
  const fetch = async (url: string) => {
    stats.requested.push(url);
    stats.inFlight += 1;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    await tick();
    stats.inFlight -= 1;
    return new Response('tile', { status: ok(url) ? 200 : 503 });
  };
  return { fetch, stats };
}

describe('warming the tile cache', () => {
  it('fetches every tile, a few at a time', async () => {
    const { fetch, stats } = slowFetch();
    const result = await warmTiles(urls, {
      fetch,
      signal: new AbortController().signal,
      isOnline: () => true,
      concurrency: 3,
    });
    expect(result).toEqual({ fetched: 40, failed: 0 });
    expect(stats.maxInFlight).toBe(3);
    expect(new Set(stats.requested).size).toBe(40);
  });

  it('stops asking a server that keeps failing', async () => {
    const { fetch, stats } = slowFetch(() => false);
    const result = await warmTiles(urls, {
      fetch,
      signal: new AbortController().signal,
      isOnline: () => true,
      concurrency: 1,
      maxFailuresInARow: 5,
    });
    expect(result).toEqual({ fetched: 0, failed: 5 });
    expect(stats.requested).toHaveLength(5);
  });

  it('fetches nothing while offline, and stops when the network goes', async () => {
    const { fetch, stats } = slowFetch();
    await warmTiles(urls, { fetch, signal: new AbortController().signal, isOnline: () => false });
    expect(stats.requested).toHaveLength(0);
    let online = true;
    const stopping = warmTiles(urls, {
      fetch,
      signal: new AbortController().signal,
      isOnline: () => online,
      concurrency: 2,
    });
    await tick();
    online = false;
    const { fetched } = await stopping;
    expect(fetched).toBeLessThan(10);
  });

  it('stops when kiosk mode ends', async () => {
    const { fetch, stats } = slowFetch();
    const abort = new AbortController();
    const warming = warmTiles(urls, { fetch, signal: abort.signal, isOnline: () => true, concurrency: 2 });
    abort.abort();
    await warming;
    expect(stats.requested.length).toBeLessThanOrEqual(2);
  });
});
