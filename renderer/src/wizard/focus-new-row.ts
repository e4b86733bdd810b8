/**
 * After an Add button adds a row, focus moves to the new row's first field, its suggested value
 * selected, so that keyboard users type the real one straight away instead of hunting for the
 * field from the button.
 */
import { useEffect, useRef } from 'react';

/**
 * `count` is the number of rows; `idOf(count)` the id of the first field of the last row. Call
 * the returned function when adding: focus moves once the new row is rendered.
 */
export function useFocusNewRow(count: number, idOf: (count: number) => string): () => void {
  const pending = useRef(false);
  const id = idOf(count);
  useEffect(() => {
    if (!pending.current) return;
    pending.current = false;
    const field = document.getElementById(id);
    field?.focus();
    if (field instanceof HTMLInputElement) field.select();
  }, [count, id]);
  return () => {
    pending.current = true;
  };
}
