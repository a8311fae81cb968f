import type { SourceRef } from '../../data/schema';
import { useKioskUi } from '../kiosk-ui-context';

/** A source by name, linked when it has an address (never on a kiosk, where no outbound link is followed). */
export function SourceLink({ source }: { source: SourceRef }) {
  const kiosk = useKioskUi();
  if (!source.url || kiosk) return <>{source.name}</>;
  return (
    <a href={source.url} target="_blank" rel="noopener noreferrer">
      {source.name}
    </a>
  );
}
