import type { SourceRef } from '../../data/schema';

/** A source by name, linked when it has an address. */
export function SourceLink({ source }: { source: SourceRef }) {
  if (!source.url) return <>{source.name}</>;
  return (
    <a href={source.url} target="_blank" rel="noopener noreferrer">
      {source.name}
    </a>
  );
}
