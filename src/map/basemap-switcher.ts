import type { Map as MapLibreMap } from 'maplibre-gl';
import type { BasemapId } from './basemap-ids';
import { basemapNow, loadBasemap, offlineFallback, OFFLINE_BASEMAP, type BasemapStyle } from './basemaps';
import type { MapControllerEvents } from './controller-types';
import { watchBasemap } from './watch-basemap';

/**
 * Which basemap the map shows: loads the one asked for, watches its tiles until they prove it works, and falls back
 * to the offline base when it cannot load. Only the newest request counts; an answer to an older one is dropped.
 */
export class BasemapSwitcher {
  private request = 0;
  /** The basemap asked for last (shown, or fallen back from). */
  private wanted: BasemapId;
  private stopWatching: () => void = () => {};
  /** The basemap's style parts under the overlay now. */
  private shown: BasemapStyle = OFFLINE_BASEMAP;

  constructor(
    private readonly map: MapLibreMap,
    initial: BasemapId,
    /** Puts a basemap under the overlay (a diffed style change). */
    private readonly apply: (basemap: BasemapStyle) => void,
    private readonly report: (event: MapControllerEvents['basemap']) => void,
  ) {
    this.wanted = initial;
  }

  /** Reports the basemap the first style was built with, or starts loading it when it was not at hand. */
  start(): void {
    const initial = basemapNow(this.wanted);
    if (initial) this.show(this.wanted, ++this.request, initial, false);
    else this.load(this.wanted);
  }

  set(id: BasemapId): void {
    if (id === this.wanted) return;
    this.wanted = id;
    this.load(id);
  }

  retry(): void {
    this.load(this.wanted);
  }

  dispose(): void {
    this.request += 1;
    this.stopWatching();
  }

  private load(id: BasemapId): void {
    const request = ++this.request;
    this.stopWatching();
    loadBasemap(id).then(
      (basemap) => this.show(id, request, basemap, true),
      () => this.fallBack(id, request),
    );
  }

  /** Shows a loaded basemap (or only watches it, when the style already has it) until its tiles prove it works. */
  private show(id: BasemapId, request: number, basemap: BasemapStyle, apply: boolean): void {
    if (request !== this.request) return;
    if (apply) this.apply(basemap);
    this.shown = basemap;
    this.report({ requested: id, shown: id, fallback: false });
    if (id !== 'offline')
      this.stopWatching = watchBasemap(this.map, Object.keys(basemap.sources), () => this.fallBack(id, request));
  }

  private fallBack(id: BasemapId, request: number): void {
    if (request !== this.request) return;
    this.stopWatching();
    this.shown = offlineFallback(this.shown);
    this.apply(this.shown);
    this.report({ requested: id, shown: 'offline', fallback: true });
  }
}
