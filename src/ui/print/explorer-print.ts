import type { MapController } from '../../map/controller-types';
import './explorer-print.css';

/**
 * Ctrl+P on the explorer: adds a figure that only print CSS shows (explorer-print.css), and just before the browser
 * lays the page out for print copies what the map shows into its canvas (a WebGL canvas prints blank) and the
 * basemap's credit line, as text, into its caption. This module and its CSS are loaded on demand
 * (use-explorer-print.ts), never in the first download. Returns what removes the figure and its listener.
 */
export function installExplorerPrint(controller: MapController, mapView: HTMLElement): () => void {
  const figure = document.createElement('figure');
  figure.className = 'map-view__print';
  const snapshot = document.createElement('canvas');
  snapshot.setAttribute('role', 'img');
  const credit = document.createElement('figcaption');
  figure.append(snapshot, credit);
  mapView.append(figure);
  // Synchronous, so both are there when the page is laid out for print.
  const onBeforePrint = () => {
    // The map region's name, in the UI's language at the time of printing.
    snapshot.setAttribute('aria-label', mapView.getAttribute('aria-label') ?? '');
    controller.drawSnapshot?.(snapshot);
    credit.textContent = mapView.querySelector('.maplibregl-ctrl-attrib-inner')?.textContent ?? '';
  };
  window.addEventListener('beforeprint', onBeforePrint);
  return () => {
    window.removeEventListener('beforeprint', onBeforePrint);
    figure.remove();
  };
}
