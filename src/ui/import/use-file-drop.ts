import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useExplorer } from '../../state/store-context';

/** What is being dragged over the map: files (importable), or something else (a link, selected text). */
export type DragKind = 'files' | 'other';

const kindOf = (transfer: DataTransfer): DragKind => (transfer.types.includes('Files') ? 'files' : 'other');
const isLink = (transfer: DataTransfer) => transfer.types.includes('text/uri-list');

/**
 * Files dragged onto the map: `dragging` says what is over it (files: the drop target; anything else: a note that
 * only files can be imported), and a drop opens the import dialog with the files. Dropping a link or text says
 * what to do instead. Anywhere else on the page a dropped file (or a link, outside a text field) is refused, so the
 * browser never navigates away from the explorer to open it.
 */
export function useFileDrop() {
  const openImport = useExplorer((state) => state.openImport);
  const notify = useExplorer((state) => state.notify);
  const [dragging, setDragging] = useState<DragKind | null>(null);
  // dragenter/dragleave also fire for every child the pointer crosses: count them, so the target does not flicker.
  const depth = useRef(0);

  useEffect(() => {
    const refuse = (event: globalThis.DragEvent) => {
      const types = event.dataTransfer?.types ?? [];
      const editable =
        event.target instanceof HTMLElement && event.target.matches('input, textarea, [contenteditable]');
      if (types.includes('Files') || (types.includes('text/uri-list') && !editable)) event.preventDefault();
    };
    window.addEventListener('dragover', refuse);
    window.addEventListener('drop', refuse);
    return () => {
      window.removeEventListener('dragover', refuse);
      window.removeEventListener('drop', refuse);
    };
  }, []);

  const handlers = {
    onDragEnter: (event: DragEvent) => {
      event.preventDefault();
      depth.current += 1;
      setDragging(kindOf(event.dataTransfer));
    },
    onDragOver: (event: DragEvent) => {
      event.preventDefault();
      event.dataTransfer.dropEffect = kindOf(event.dataTransfer) === 'files' ? 'copy' : 'none';
    },
    onDragLeave: () => {
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(null);
    },
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      depth.current = 0;
      setDragging(null);
      const files = [...event.dataTransfer.files];
      if (files.length > 0) {
        openImport(files);
        return;
      }
      const message = isLink(event.dataTransfer) ? 'byod.notice.droppedLink' : 'byod.notice.droppedText';
      notify({ id: 'byod-dropped-not-file', message, tone: 'warning' });
    },
  };
  return { dragging, handlers };
}
