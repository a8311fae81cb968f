import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { LAYER_IDS } from '../../src/data/layers';

/** A site the server hosts under `/<mount>/`; with `geoOverride`, layer files are served from that folder instead. */
export interface Mount {
  dir: string;
  geoOverride?: string;
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.geojson': 'application/geo+json',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

// Longest first, so no layer id is mistaken for a prefix of another.
const LAYERS_LONGEST_FIRST = [...LAYER_IDS].sort((a, b) => b.length - a.length);

/**
 * A built layer file is `assets/<layer-id>-<hash>.geojson`. Swapping its body keeps the app's whole loading path
 * (fetch, schema validation, catalogue, map) while it loads the stress set: no app code has to know.
 */
function overriddenFile(relative: string, geoOverride: string): string | null {
  const name = path.basename(relative);
  if (!relative.startsWith('assets/') || !name.endsWith('.geojson')) return null;
  const layerId = LAYERS_LONGEST_FIRST.find((id) => name.startsWith(`${id}-`));
  return layerId ? path.join(geoOverride, `${layerId}.geojson`) : null;
}

async function resolveFile(mount: Mount, relative: string): Promise<string | null> {
  const override = mount.geoOverride ? overriddenFile(relative, mount.geoOverride) : null;
  const file = override ?? path.join(mount.dir, relative === '' ? 'index.html' : relative);
  if (!file.startsWith(override ? mount.geoOverride! : mount.dir)) return null;
  const info = await stat(file).catch(() => null);
  return info?.isFile() ? file : null;
}

/**
 * A tiny static server on 127.0.0.1 (random free port). Plain files, no compression and no caching: loopback makes
 * transfer time negligible, and every measured load is cold anyway.
 */
export async function startStaticServer(mounts: Readonly<Record<string, Mount>>): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const [, mountName = '', ...rest] = decodeURIComponent(url.pathname).split('/');
    const mount = mounts[mountName];
    const relative = path.posix
      .normalize(rest.join('/'))
      .replace(/^(\.\.(\/|$))+/, '')
      .replace(/^\.$/, '');
    void (mount ? resolveFile(mount, relative) : Promise.resolve(null)).then((file) => {
      if (!file) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, {
        'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
      });
      createReadStream(file).pipe(response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Browsers keep connections open; closing them lets close() finish now.
        server.closeAllConnections();
      }),
  };
}
