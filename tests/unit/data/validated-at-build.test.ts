import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../../../src/data/layers';
import { parseLayerFile } from '../../../src/data/validate';
import { validatedAtBuild } from '../../../src/data/validated-at-build';

const bytesOf = (layerId: string) => {
  const buffer = readFileSync(`geo/${layerId}.geojson`);
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
};
const textOf = (bytes: ArrayBuffer) => new TextDecoder().decode(bytes);

describe('validatedAtBuild', () => {
  it.each(LAYER_IDS)('takes the shipped %s file exactly as validation gives it', async (layerId) => {
    const bytes = bytesOf(layerId);
    const built = await validatedAtBuild(layerId, bytes, textOf(bytes));
    const validated = parseLayerFile(layerId, `geo/${layerId}.geojson`, textOf(bytes));
    expect(validated.ok).toBe(true);
    expect(built).toEqual(validated.ok && validated.collection);
  });

  it('refuses a file changed by one byte, so it is validated instead', async () => {
    const bytes = bytesOf('research');
    const changed = new Uint8Array(bytes.slice(0));
    changed[changed.length - 2] = 0x20;
    expect(await validatedAtBuild('research', changed.buffer, textOf(changed.buffer))).toBeNull();
  });

  it('refuses another layer’s file', async () => {
    const bytes = bytesOf('research');
    expect(await validatedAtBuild('clusters', bytes, textOf(bytes))).toBeNull();
  });
});
