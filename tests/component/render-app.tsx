import { render, screen, waitFor } from '@testing-library/react';
import { readFile } from 'node:fs/promises';
import { expect, vi } from 'vitest';
import { App } from '../../src/app/App';
import { createAppQueryClient } from '../../src/app/query-client';
import { LAYER_IDS, type LayerId } from '../../src/data/layers';
import { createKiosk } from '../../src/kiosk/kiosk-entry';
import type { KioskParams } from '../../src/state/kiosk-params';
import { KioskUiContext } from '../../src/ui/kiosk-ui-context';
import { loadLanguage } from '../../src/i18n/load-language';
import * as analysisParts from '../../src/ui/analysis/lazy';
import { DetailsPanel } from '../../src/ui/details/lazy';
import { FeatureList } from '../../src/ui/list/lazy';
import { createExplorerStore } from '../../src/state/store';
import { parseUrlState } from '../../src/state/url-state';
import { storeStateFromUrl } from '../../src/state/url-sync';
import { fakeMapFactory } from './fake-map-controller';

/** Serves `/data/<file>` from the repository, so the app loads the real geo/ files through its real loader. */
export function stubFetch() {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const path = String(input).replace(/^\/data\//, '');
    try {
      return new Response(await readFile(path, 'utf8'), { status: 200 });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
}

export interface RenderOptions {
  /** Replace layer files, e.g. with a broken fixture: `{ clusters: 'tests/fixtures/geo-broken/clusters.geojson' }`. */
  files?: Partial<Record<LayerId, string>>;
  /** The URL the app starts at (search and hash). */
  url?: string;
  /** Render in kiosk mode with these timings (as `?kiosk=1` would). */
  kiosk?: KioskParams;
}

/** Renders the whole app with a fresh store, a fresh QueryClient and a fake map controller. */
export async function renderApp({ files = {}, url = '/', kiosk }: RenderOptions = {}) {
  window.history.replaceState(null, '', url);
  stubFetch();
  const dataUrls = Object.fromEntries(
    LAYER_IDS.map((id) => [id, `/data/${files[id] ?? `geo/${id}.geojson`}`]),
  ) as Record<LayerId, string>;
  const launch = parseUrlState(window.location.search);
  const store = createExplorerStore(storeStateFromUrl(launch));
  await loadLanguage(store.getState().language);
  // Parts loaded on demand in the app are loaded up front here, so a test sees the same UI whatever ran before it
  // (the loading itself is exercised in the browser tests).
  await Promise.all([DetailsPanel, FeatureList, ...Object.values(analysisParts)].map((part) => part.preload()));
  // A kiosk shows English beside Norwegian from the start (src/app/mount.tsx loads it too).
  if (kiosk) await loadLanguage('en');
  const map = fakeMapFactory();
  const mode = kiosk ? createKiosk(kiosk, launch.state, map.create) : { createMapController: map.create, ui: null };
  const view = render(
    <KioskUiContext value={mode.ui}>
      <App
        store={store}
        queryClient={createAppQueryClient()}
        dataUrls={dataUrls}
        createMapController={mode.createMapController}
      />
    </KioskUiContext>,
  );
  await waitFor(() => expect(screen.queryAllByText(/Laster …|Loading …/)).toHaveLength(0));
  return { ...view, store, map };
}
