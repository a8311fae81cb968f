import { useT } from '../../i18n/use-t';
import './map-keyboard.css';

/**
 * What keyboard and screen-reader users need on the map: a crosshair at its centre (shown while the map has keyboard
 * focus, and while a proposed hub waits to be placed), the keys it answers to (also the canvas's description, by
 * `hintId`), and a live region that says what Enter did.
 */
export function MapKeyboardAids({
  hintId,
  placing,
  announcement,
}: {
  hintId: string;
  placing: boolean;
  announcement: string;
}) {
  const t = useT();
  return (
    <>
      <div className="map-view__crosshair" aria-hidden="true" />
      <p id={hintId} className="map-view__keys">
        {t(placing ? 'mapA11y.hintPlacing' : 'mapA11y.hint')}
      </p>
      {/* A polite live region without role="status": the notices are the page's one status region. */}
      <p className="visually-hidden map-view__announcement" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
