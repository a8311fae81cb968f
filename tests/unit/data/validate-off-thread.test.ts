// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseLayerFile } from '../../../src/data/validate';
import type { ValidationReply, ValidationRequest } from '../../../src/data/validate-off-thread';

const FILE = 'geo/transit-hubs.geojson';
const shipped = readFileSync('geo/transit-hubs.geojson', 'utf8');
const broken = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {} }] });

/** A stand-in for the browser's Worker: answers like the real worker, or fails as a worker that cannot load. */
class FakeWorker {
  static mode: 'answer' | 'fail' = 'answer';
  static received: ValidationRequest[] = [];
  onmessage: ((event: MessageEvent<ValidationReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;

  postMessage(request: ValidationRequest): void {
    FakeWorker.received.push(request);
    setTimeout(() => {
      if (FakeWorker.mode === 'fail') {
        this.onerror?.(new ErrorEvent('error', { message: 'failed to load the worker script' }));
        return;
      }
      const reply = { id: request.id, result: parseLayerFile(request.layerId, request.file, request.text) };
      this.onmessage?.(new MessageEvent('message', { data: structuredClone(reply) }));
    });
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** A fresh copy of the module: whether workers exist is decided when it loads. */
async function loadModule(worker: typeof FakeWorker | undefined) {
  vi.resetModules();
  vi.stubGlobal('Worker', worker);
  return import('../../../src/data/validate-off-thread');
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.mode = 'answer';
  FakeWorker.received = [];
});

describe('parseLayerFileOffThread', () => {
  it('gives what parseLayerFile gives, valid or not, where there are no workers', async () => {
    const { parseLayerFileOffThread } = await loadModule(undefined);
    expect(await parseLayerFileOffThread('transit-hubs', FILE, shipped)).toEqual(
      parseLayerFile('transit-hubs', FILE, shipped),
    );
    const result = await parseLayerFileOffThread('transit-hubs', FILE, broken);
    expect(result.ok).toBe(false);
    expect(result).toEqual(parseLayerFile('transit-hubs', FILE, broken));
  });

  it('validates in the worker and matches each answer to its own request', async () => {
    const { parseLayerFileOffThread } = await loadModule(FakeWorker);
    const [good, bad] = await Promise.all([
      parseLayerFileOffThread('transit-hubs', FILE, shipped),
      parseLayerFileOffThread('transit-hubs', FILE, broken),
    ]);
    expect(FakeWorker.received).toHaveLength(2);
    expect(good.ok).toBe(true);
    expect(bad).toEqual(parseLayerFile('transit-hubs', FILE, broken));
  });

  it('validates on the main thread what a failing worker still held, and everything after', async () => {
    FakeWorker.mode = 'fail';
    const { parseLayerFileOffThread } = await loadModule(FakeWorker);
    const first = await parseLayerFileOffThread('transit-hubs', FILE, shipped);
    expect(first).toEqual(parseLayerFile('transit-hubs', FILE, shipped));
    const second = await parseLayerFileOffThread('transit-hubs', FILE, broken);
    expect(second.ok).toBe(false);
    expect(FakeWorker.received).toHaveLength(1);
  });
});
