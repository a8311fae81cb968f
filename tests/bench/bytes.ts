import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Raw and gzip sizes in bytes (gzip at zlib's default level 6, as Vite's build report). */
export interface Size {
  raw: number;
  gzip: number;
}

export interface ByteFigures {
  initialJs: Size;
  initialCss: Size;
  worker: Size;
  /** JS in the build that the first load does not fetch (lazy chunks). */
  lazyJs: Size;
  /** The files counted as initial, relative to the build folder. */
  initialFiles: string[];
}

const WORKER = /maplibre-gl-worker[^/]*\.m?js$/;
/** The browser tests' and the benchmark's own handle, loaded only under automation (`navigator.webdriver`). */
const AUTOMATION_ONLY = /\/debug-handle-[^/]*\.js$/;

/** What index.html loads before any user action: its module script, modulepreloads and style sheets. */
async function filesInIndexHtml(distDir: string): Promise<string[]> {
  const html = await readFile(path.join(distDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]!);
  const links = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => /\brel="(modulepreload|stylesheet)"/.test(tag))
    .map((tag) => /\bhref="([^"]+)"/.exec(tag)?.[1])
    .filter((href): href is string => href !== undefined);
  return [...scripts, ...links].map((file) => path.posix.normalize(file.replace(/^\.\//, '')));
}

async function sizeOf(distDir: string, files: readonly string[]): Promise<Size> {
  const total: Size = { raw: 0, gzip: 0 };
  for (const file of files) {
    const content = await readFile(path.join(distDir, file));
    total.raw += content.length;
    total.gzip += gzipSync(content).length;
  }
  return total;
}

/**
 * Initial files are those in index.html plus any script or style sheet the page fetched on its own before it was
 * usable (`fetchedBeforeUsable`, from a cold load): a chunk loaded at start-up without a user action is not lazy.
 * The debug handle is left out: people using the app never load it.
 */
export async function measureBytes(distDir: string, fetchedBeforeUsable: readonly string[]): Promise<ByteFigures> {
  const assets = (await readdir(path.join(distDir, 'assets'))).map((file) => `assets/${file}`);
  const initial = [
    ...new Set([
      ...(await filesInIndexHtml(distDir)),
      ...fetchedBeforeUsable.filter((file) => !WORKER.test(file) && !AUTOMATION_ONLY.test(file)),
    ]),
  ];
  const isJs = (file: string) => /\.m?js$/.test(file);
  return {
    initialJs: await sizeOf(distDir, initial.filter(isJs)),
    initialCss: await sizeOf(
      distDir,
      initial.filter((file) => file.endsWith('.css')),
    ),
    worker: await sizeOf(
      distDir,
      assets.filter((file) => WORKER.test(file)),
    ),
    lazyJs: await sizeOf(
      distDir,
      assets.filter((file) => isJs(file) && !WORKER.test(file) && !initial.includes(file)),
    ),
    initialFiles: initial,
  };
}
