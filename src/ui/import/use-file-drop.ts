import { useState, type DragEvent } from 'react';
import { useExplorer } from '../../state/store-context';

const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/**
 * Files dragged onto the map: `dragging` while they are over it (to show the drop target), and a drop opens the
 * import dialog with them. Anything else dragged (text, a link) is left alone.
 */
export function useFileDrop() {
  const openImport = useExplorer((state) => state.openImport);
  const [dragging, setDragging] = useState(false);
  const handlers = {
    onDragEnter: (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    },
    onDragOver: (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    },
    onDragLeave: (event: DragEvent) => {
      // Leaving for a child of the map is not leaving the map.
      if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
      setDragging(false);
    },
    onDrop: (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const files = [...event.dataTransfer.files];
      if (files.length > 0) openImport(files);
    },
  };
  return { dragging, handlers };
}
