import { useExplorer } from '../../state/store-context';
import { Deferred } from '../deferred';
import { ImportDialog } from './lazy';

/** Shows the import dialog while an import is asked for (files chosen in the header or dropped on the map). */
export function ImportHost() {
  const request = useExplorer((state) => state.importRequest);
  if (!request) return null;
  return (
    <Deferred>
      <ImportDialog key={request.id} />
    </Deferred>
  );
}
