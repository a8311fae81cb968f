import { useEffect, useRef, useState } from 'react';
import type { CatalogueEntry } from '../../data/catalogue';
import { useGeoData } from '../../data/geo-data';
import type { LayerDescriptor } from '../../data/layer-registry';
import type { Language } from '../../i18n/messages';
import { useT, type Translate } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';
import { isLayerVisible } from '../../state/view-slice';
import { LayerSwatch } from '../legend/LayerSwatch';
import { layerName, useLayerRegistry } from '../legend/use-layer-registry';
import { EntryLabel } from './EntryLabel';
import { LIST_PAGE_SIZE } from './list-page';
import { useShowFeature } from '../map-view/map-controller-context';

/**
 * The map as text: every feature of the visible layers, grouped by layer, each a button that selects it.
 * This is how keyboard and screen-reader users reach everything on the map (WCAG: the essential information
 * of the map is also available in an accessible form).
 */
export function FeatureList() {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const { catalogue } = useGeoData();
  const registry = useLayerRegistry();
  // A string, so the selector's answer is stable between renders while nothing changes.
  const visibleKeys = useExplorer((state) =>
    registry
      .filter((layer) => isLayerVisible(state, layer.key))
      .map((layer) => layer.key)
      .join('\n'),
  ).split('\n');
  const selectedId = useExplorer((state) => state.selectedId);
  const showFeature = useShowFeature();
  const shown = registry.filter((layer) => visibleKeys.includes(layer.key));
  const hidden = registry.length - shown.length;

  return (
    <section className="feature-list" aria-labelledby="feature-list-heading" id="feature-list">
      <h2 id="feature-list-heading" className="feature-list__heading" tabIndex={-1}>
        {t('list.heading')}
      </h2>
      <p className="feature-list__note">
        {t('list.filterNote')} {hidden > 0 && t('list.hiddenLayers', { count: hidden })}
      </p>
      {shown.length === 0 && <p>{t('list.empty')}</p>}
      {shown.map((layer) => {
        const entries = catalogue.entries.filter((entry) => entry.layerKey === layer.key);
        if (entries.length === 0) return null;
        return (
          <ListGroup
            key={layer.key}
            layer={layer}
            entries={entries}
            selectedId={selectedId}
            onSelect={(id) => showFeature(id)}
            language={language}
            t={t}
          />
        );
      })}
    </section>
  );
}

interface ListGroupProps {
  layer: LayerDescriptor;
  entries: readonly CatalogueEntry[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  language: Language;
  t: Translate;
}

/** One layer's entries; a long layer shows its first page, and all of it when asked or when it holds the selection. */
function ListGroup({ layer, entries, selectedId, onSelect, language, t }: ListGroupProps) {
  const name = layerName(t, layer);
  const [expanded, setExpanded] = useState(false);
  const firstRevealed = useRef<HTMLButtonElement>(null);
  const focusOnReveal = useRef(false);
  const holdsHiddenSelection = entries.findIndex((entry) => entry.id === selectedId) >= LIST_PAGE_SIZE;
  const all = expanded || holdsHiddenSelection || entries.length <= LIST_PAGE_SIZE;
  const visible = all ? entries : entries.slice(0, LIST_PAGE_SIZE);

  // The "show all" button goes away when pressed: keyboard focus moves on to the first entry it revealed.
  useEffect(() => {
    if (!expanded || !focusOnReveal.current) return;
    focusOnReveal.current = false;
    firstRevealed.current?.focus();
  }, [expanded]);

  return (
    <section className="feature-list__group" aria-labelledby={`list-group-${layer.key}`}>
      <h3 id={`list-group-${layer.key}`} className="feature-list__group-heading">
        <LayerSwatch layer={layer} /> {name} <span className="feature-list__count">({entries.length})</span>
      </h3>
      <ul className="feature-list__items">
        {visible.map((entry, index) => (
          <li key={entry.id}>
            <button
              type="button"
              ref={index === LIST_PAGE_SIZE ? firstRevealed : undefined}
              className="feature-list__item"
              aria-current={entry.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(entry.id)}
            >
              <EntryLabel entry={entry} language={language} t={t} />
            </button>
          </li>
        ))}
      </ul>
      {!all && (
        <button
          type="button"
          className="button feature-list__more"
          onClick={() => {
            focusOnReveal.current = true;
            setExpanded(true);
          }}
        >
          {t('list.showAll', { count: entries.length, layer: name })}
        </button>
      )}
    </section>
  );
}
