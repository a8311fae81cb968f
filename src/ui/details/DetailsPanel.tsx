import { useEffect, useRef, useState } from 'react';
import { useGeoData } from '../../data/geo-data';
import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';
import { WhatsHerePanel } from '../analysis/lazy';
import { Deferred } from '../deferred';
import { useReturnFocus } from '../use-return-focus';
import { EntryLabel } from '../list/EntryLabel';
import { FeatureDetails } from './FeatureDetails';
import { SheetHandle } from './SheetHandle';
import { SHEET_SHARE, type SheetStop } from './sheet-stops';
import { useMapCover } from './use-map-cover';
import './details-sheet.css';
import '../../i18n/texts/details';

/** The panel for what is selected: one feature's details, or a choice when a tap hit several at one spot. */
export function DetailsPanel() {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const { catalogue } = useGeoData();
  const selectedId = useExplorer((state) => state.selectedId);
  const candidates = useExplorer((state) => state.pickCandidates);
  const select = useExplorer((state) => state.select);
  const whatsHere = useExplorer((state) => state.whatsHere);
  const showWhatsHere = useExplorer((state) => state.showWhatsHere);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  // On a phone the panel is a bottom sheet over the map (details-sheet.css); elsewhere these change nothing.
  const [stop, setStop] = useState<SheetStop>('half');
  const [dragShare, setDragShare] = useState<number | null>(null);
  useMapCover(panelRef);
  useReturnFocus();
  const entry = selectedId ? catalogue.byId.get(selectedId) : undefined;

  // Move focus to the panel whenever it opens or shows something new (a choice, a shared link, Back), so keyboard and
  // screen-reader users land on what is shown.
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, [selectedId, candidates, whatsHere]);

  const close = () => {
    select(null);
    showWhatsHere(null);
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') close();
  };

  return (
    <aside
      ref={panelRef}
      className={dragShare === null ? 'details' : 'details details--dragging'}
      aria-labelledby="details-heading"
      onKeyDown={onKeyDown}
      data-sheet={stop}
      style={{ '--sheet-share': dragShare ?? SHEET_SHARE[stop] } as React.CSSProperties}
    >
      <SheetHandle
        stop={stop}
        onStop={setStop}
        onDrag={setDragShare}
        areaHeight={() => panelRef.current?.parentElement?.querySelector('.map-view')?.clientHeight ?? 0}
      />
      <button type="button" className="details__close" onClick={close} aria-label={t('details.close')}>
        ×
      </button>
      {entry && <FeatureDetails entry={entry} headingRef={headingRef} />}
      {!entry && !candidates && whatsHere && (
        <Deferred>
          <WhatsHerePanel position={whatsHere} headingRef={headingRef} />
        </Deferred>
      )}
      {!entry && candidates && (
        <>
          <h2 id="details-heading" ref={headingRef} tabIndex={-1}>
            {t('details.pickHeading', { count: candidates.length })}
          </h2>
          <p>{t('details.pickHint')}</p>
          <ul className="details__candidates">
            {candidates.map((id) => {
              const candidate = catalogue.byId.get(id);
              return candidate ? (
                <li key={id}>
                  <button type="button" className="feature-list__item" onClick={() => select(id)}>
                    <EntryLabel entry={candidate} language={language} t={t} />
                  </button>
                </li>
              ) : null;
            })}
          </ul>
        </>
      )}
    </aside>
  );
}
