import { afterEach, describe, expect, it, vi } from 'vitest';
import { LAYER_TIMEOUT_MS, layerTimeoutFromUrl } from '../../../src/data/layer-timeout';
import { fetchLayer, GeoLayerError } from '../../../src/data/queries';

/** A fetch that never answers, as a hung server: it settles only when its signal aborts. */
const hangingFetch = (_url: string, init?: RequestInit) =>
  new Promise<Response>((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  });

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('fetchLayer and a file that never answers', () => {
  it('fails the layer after the timeout with a named error that is not retried', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', vi.fn(hangingFetch));
    const result = fetchLayer('research', '/geo/research.geojson', undefined, 2000).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(2000);
    const error = await result;
    expect(error).toBeInstanceOf(GeoLayerError);
    expect((error as GeoLayerError).issues[0]).toMatchObject({
      file: 'geo/research.geojson',
      message: 'did not answer within 2 s',
    });
    expect((error as GeoLayerError).retryable).toBe(false);
  });

  it('reports a cancelled request as not fetched, not as a timeout', async () => {
    vi.stubGlobal('fetch', vi.fn(hangingFetch));
    const cancel = new AbortController();
    const result = fetchLayer('research', '/geo/research.geojson', cancel.signal, 60_000).catch((e: unknown) => e);
    cancel.abort();
    expect(((await result) as GeoLayerError).issues[0]!.message).toMatch(/^could not be fetched/);
  });
});

describe('layerTimeoutFromUrl', () => {
  it('is the named default without the test parameter, or with a malformed or out-of-range one', () => {
    expect(
      ['', '?dataTimeoutSeconds=abc', '?dataTimeoutSeconds=0', '?dataTimeoutSeconds=1e9'].map(layerTimeoutFromUrl),
    ).toEqual(Array(4).fill(LAYER_TIMEOUT_MS));
  });

  it('reads dataTimeoutSeconds in seconds', () => {
    expect(layerTimeoutFromUrl('?kiosk=1&dataTimeoutSeconds=2.5')).toBe(2500);
  });
});
