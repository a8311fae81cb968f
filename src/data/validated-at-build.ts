import type { LayerId } from './layers';
import type { LayerCollection, LayerFeature } from './validate';

/**
 * The SHA-256 of every `geo/` file that passed validation when the app was built (`vite.config.ts`), by layer; a file
 * that failed has none and is validated, and reported, at run time.
 */
declare const __GEO_DIGESTS__: Readonly<Partial<Record<LayerId, string>>> | undefined;

const DIGESTS: Readonly<Partial<Record<LayerId, string>>> =
  typeof __GEO_DIGESTS__ === 'undefined' ? {} : __GEO_DIGESTS__;

const hex = (buffer: ArrayBuffer) =>
  Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * The layer, parsed without validating it again, when `bytes` are exactly the file the build validated; null for any
 * other content (a changed or damaged file, the benchmark's stress set) or where the browser has no Web Crypto (an
 * insecure origin): the caller then validates. Checking a digest takes about a millisecond; validating the shipped
 * files took a worker, its 39 kB of schema code and most of a second on a slow phone.
 */
export async function validatedAtBuild<L extends LayerId>(
  layerId: L,
  bytes: ArrayBuffer,
  text: string,
): Promise<LayerCollection<L> | null> {
  const expected = DIGESTS[layerId];
  if (!expected || !globalThis.crypto?.subtle) return null;
  // A digest that cannot be taken (a test DOM hands over a buffer of another realm) only means: validate.
  const digest = await crypto.subtle.digest('SHA-256', bytes).then(hex, () => null);
  if (digest !== expected) return null;
  const { features } = JSON.parse(text) as { features: readonly LayerFeature<L>[] };
  // The same shape validation gives: only the members the schema knows.
  return {
    type: 'FeatureCollection',
    features: features.map(({ geometry, properties }) => ({ type: 'Feature', geometry, properties })),
  };
}
