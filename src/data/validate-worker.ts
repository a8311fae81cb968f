/// <reference lib="webworker" />
import type { LayerId } from './layers';
import { parseLayerFile } from './validate';
import type { ValidationReply, ValidationRequest } from './validate-off-thread';

/**
 * The worker behind validate-off-thread.ts: parses and validates one layer file's text per message, with the same
 * schema and messages as on the main thread, and posts the result back.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = ({ data }: MessageEvent<ValidationRequest>) => {
  const reply: ValidationReply = { id: data.id, result: parseLayerFile(data.layerId as LayerId, data.file, data.text) };
  scope.postMessage(reply);
};
