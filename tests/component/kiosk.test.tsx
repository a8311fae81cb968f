import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TOUR } from '../../src/kiosk/tour';
import { ALL_LAYERS_VISIBLE, visibleLayersFrom } from '../../src/state/view-slice';
import { renderApp } from './render-app';

const kiosk = { idleMs: 30_000, chapterMs: 10_000 };
const attract = () => screen.queryByRole('button', { name: /Omvisning i bybåndet/ });
const touch = () => act(() => void fireEvent.pointerDown(document.body));
const advance = (ms: number) => act(() => void vi.advanceTimersByTime(ms));

describe('kiosk mode', () => {
  // Fake timers that still move with real time, so the app's data (read from disk) loads as usual.
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('starts the tour at once: a clean session, the first chapter in Norwegian and English, framed on the map', async () => {
    const { store, map } = await renderApp({ url: '/?kiosk=1&lang=nb', kiosk });
    expect(store.getState()).toMatchObject({
      selectedId: null,
      language: 'nb',
      visibleLayers: visibleLayersFrom(TOUR[0]!.layers),
    });
    const caption = within(attract()!);
    expect(caption.getByText('Bybåndet', { selector: '.kiosk-attract__chapter' })).toBeInTheDocument();
    expect(caption.getByText('The corridor')).toHaveAttribute('class', 'kiosk-attract__chapter');
    expect(caption.getByText('Trykk for å utforske')).toBeInTheDocument();
    expect(caption.getByText('Touch to explore')).toBeInTheDocument();
    expect(map.current.areas.at(-1)).toMatchObject({ bounds: TOUR[0]!.bounds, options: { animate: true } });
    expect(document.documentElement).toHaveClass('kiosk');
    expect(document.documentElement.dataset.kioskPhase).toBe('tour');
  });

  it('starts each round from its home place, "you are here", given as ?kiosk=1&feature=…', async () => {
    const { store, map } = await renderApp({ url: '/?kiosk=1&feature=ahus', kiosk });
    expect(store.getState().selectedId).toBeNull();
    const caption = within(attract()!);
    expect(caption.getByText('Du er her', { selector: '.kiosk-attract__chapter' })).toBeInTheDocument();
    expect(caption.getByText('You are here')).toHaveAttribute('class', 'kiosk-attract__chapter');
    expect(caption.getByText(/^Ahus: turen starter her/)).toBeInTheDocument();
    const [west, south, east, north] = map.current.areas.at(-1)!.bounds;
    expect([west < 10.99611, east > 10.99611, south < 59.93306, north > 59.93306]).toEqual([true, true, true, true]);
  });

  it('flies to the next chapter when its time is up', async () => {
    const { store, map } = await renderApp({ url: '/?kiosk=1', kiosk });
    advance(kiosk.chapterMs);
    expect(within(attract()!).getByText('Forskningsmiljøet på Kjeller')).toBeInTheDocument();
    expect(map.current.areas.at(-1)?.bounds).toEqual(TOUR[1]!.bounds);
    expect(store.getState().visibleLayers).toEqual(visibleLayersFrom(TOUR[1]!.layers));
  });

  it('hands over on a touch mid-flight: the flight stops, the full map and a hint appear, the map stays mounted', async () => {
    const { store, map } = await renderApp({ url: '/?kiosk=1', kiosk });
    advance(kiosk.chapterMs + 1500);
    touch();
    expect(attract()).toBeNull();
    expect(map.current.cameraStops).toBe(1);
    expect(screen.getByText(/Trykk på et punkt for å lese mer/)).toHaveAttribute('role', 'status');
    expect(store.getState().visibleLayers).toEqual(ALL_LAYERS_VISIBLE);
    const flights = map.current.areas.length;
    advance(kiosk.chapterMs * 2);
    expect(map.current.areas).toHaveLength(flights);
    expect(map.made).toHaveLength(1);
  });

  it('goes back to the tour after the idle time, closing an open panel and the visitor’s language', async () => {
    const { store, map } = await renderApp({ url: '/?kiosk=1', kiosk });
    touch();
    act(() => {
      store.getState().setLanguage('en');
      store.getState().select('ahus');
    });
    await waitFor(() => expect(document.querySelector('aside.details')).not.toBeNull());
    // Reading the panel: the idle time starts over. From here fake time moves only when the test moves it.
    vi.setTimerTickMode('manual');
    touch();
    advance(kiosk.idleMs - 1);
    expect(attract()).toBeNull();
    advance(1);
    expect(document.querySelector('aside.details')).toBeNull();
    expect(store.getState()).toMatchObject({ selectedId: null, language: 'nb' });
    expect(attract()).not.toBeNull();
    expect(map.current.areas.at(-1)?.bounds).toEqual(TOUR[0]!.bounds);
    expect(map.made).toHaveLength(1);
  });

  it('returns to the language and layers its own URL asks for, not to the defaults', async () => {
    const { store } = await renderApp({ url: '/?kiosk=1&lang=en&layers=research,transit-hubs', kiosk });
    touch();
    expect(store.getState().language).toBe('en');
    expect(store.getState().visibleLayers).toEqual(visibleLayersFrom(['research', 'transit-hubs']));
    act(() => {
      store.getState().setLanguage('nb');
      store.getState().setLayerVisible('clusters', true);
    });
    advance(kiosk.idleMs);
    expect(store.getState().language).toBe('en');
    touch();
    expect(store.getState().visibleLayers).toEqual(visibleLayersFrom(['research', 'transit-hubs']));
  });

  it('shows a QR code to take the place along instead of any outbound link', async () => {
    const { store } = await renderApp({ url: '/?kiosk=1', kiosk: { ...kiosk, publicUrl: 'https://example.org/' } });
    touch();
    act(() => store.getState().select('nova-spektrum'));
    const qr = await screen.findByRole('img', { name: 'QR-kode med lenke til NOVA Spektrum' });
    const panel = qr.closest<HTMLElement>('aside.details')!;
    expect(within(panel).getByRole('heading', { name: 'Ta det med deg' })).toBeInTheDocument();
    expect(within(panel).queryByRole('link')).toBeNull();
    expect(panel).toHaveTextContent('novaspektrum.no');
  });

  it('cuts between chapters instead of flying when the visitor prefers reduced motion', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('reduce'), media: query }));
    const { map } = await renderApp({ url: '/?kiosk=1', kiosk });
    expect(map.current.areas.at(-1)?.options.animate).toBe(false);
  });

  it('never follows an outbound link, and leaves the page as it found it when kiosk mode ends', async () => {
    const added = vi.spyOn(document, 'addEventListener');
    const removed = vi.spyOn(document, 'removeEventListener');
    const { unmount } = await renderApp({ url: '/?kiosk=1', kiosk });
    const link = document.body.appendChild(
      Object.assign(document.createElement('a'), { href: 'https://www.kartverket.no/' }),
    );
    expect(fireEvent.click(link)).toBe(false);
    expect(fireEvent.contextMenu(document.body)).toBe(false);
    link.remove();
    unmount();
    expect(document.documentElement).not.toHaveClass('kiosk');
    expect(document.documentElement.dataset.kioskPhase).toBeUndefined();
    const key = (call: unknown[]) => `${String(call[0])}:${String(call[1])}`;
    const stillInstalled = added.mock.calls.map(key).filter((entry) => !removed.mock.calls.map(key).includes(entry));
    expect(stillInstalled).toEqual([]);
  });
});
