import { useEffect } from 'react';
import { useGeoData } from '../data/geo-data';
import { useExplorer, useExplorerStore } from '../state/store-context';

/**
 * Compared sites from a link that the data does not hold: once every layer has loaded, each is named in a notice and
 * dropped from the comparison, like an unknown `feature`.
 */
export function useUnknownCompared(): void {
  const store = useExplorerStore();
  const { catalogue, settled } = useGeoData();
  const compareIds = useExplorer((state) => state.compareIds);
  useEffect(() => {
    if (!settled) return;
    const unknown = compareIds.filter((id) => !catalogue.byId.has(id));
    if (unknown.length === 0) return;
    const { notify } = store.getState();
    for (const id of unknown)
      notify({ id: `unknown-compared:${id}`, message: 'links.unknownCompared', params: { id }, tone: 'warning' });
    store.setState({ compareIds: compareIds.filter((id) => catalogue.byId.has(id)) });
  }, [store, catalogue, settled, compareIds]);
}
