import { chromium, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tools/chromium';

const BENCH_ARGS = [
  ...CHROMIUM_ARGS,
  // page.route does not see requests a service worker makes (the app is a PWA): no host but 127.0.0.1 resolves.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
  // Page content is rasterised on the CPU, as Chromium does on a machine without a usable GPU. Left to "GPU"
  // raster, Skia would draw every bit of HTML through SwiftShader's emulated GL, which on this machine costs the
  // app's interface several hundred ms per load that no real GPU would (WebGL stays on SwiftShader either way).
  '--disable-gpu-rasterization',
];

/** The page size for every run: a laptop screen, device pixel ratio 1. */
export const VIEWPORT = { width: 1280, height: 800 };

export interface PageSession {
  page: Page;
  cdp: CDPSession;
  /** Hosts of the requests that were blocked (anything not on 127.0.0.1). */
  blockedHosts: Set<string>;
}

/**
 * Runs `use` in a freshly launched browser with an empty profile: a cold start every time (no HTTP cache, no code
 * cache, no warm GPU process). Every request that is not to 127.0.0.1 is aborted, so nothing waits on the network
 * and the app falls back to its offline basemap.
 */
export async function withFreshPage<T>(use: (session: PageSession) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: BENCH_ARGS });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const blockedHosts = new Set<string>();
    await context.route(
      (url) => url.hostname !== '127.0.0.1',
      (route) => {
        blockedHosts.add(new URL(route.request().url()).hostname);
        return route.abort('blockedbyclient');
      },
    );
    // tsx compiles the bench with esbuild's keepNames, which wraps named functions in `__name(…)`; functions passed
    // to page.evaluate carry that call into the page, so the page gets a harmless stand-in.
    await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    return await use({ page, cdp, blockedHosts });
  } finally {
    await browser.close();
  }
}

/** JS heap of the page's main thread in bytes, after two forced full garbage collections (CDP). */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return usage.usedSize;
}
