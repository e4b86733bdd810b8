/**
 * The drag-and-drop half of a drop zone (the inspector's and day-2's): highlight while files hover,
 * read the drop (folders walked) and hand the files on.
 */
import { useState, type DragEvent } from 'react';
import { filesFromDrop, type NamedFile } from './read-dropped';

/** Whether files hover the zone, and the handlers to spread on it. */
export function useFileDrop(take: (files: NamedFile[]) => Promise<void>) {
  const [over, setOver] = useState(false);
  const handlers = {
    onDragEnter: (e: DragEvent) => (e.preventDefault(), setOver(true)),
    onDragOver: (e: DragEvent) => e.preventDefault(),
    onDragLeave: () => setOver(false),
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      setOver(false);
      void filesFromDrop(e.dataTransfer).then(take);
    },
  };
  return { over, handlers };
}
