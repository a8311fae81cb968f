import { useEffect, useState } from 'react';

/**
 * Gives focus back, when the calling panel or dialog closes, to what had it when the panel opened (a list entry, the
 * search box, the map, a "compare" button), so keyboard and screen-reader users are not dropped at the top of the
 * page. Only when focus was lost with the panel (it is on `<body>`), never taken from where the user has moved it.
 */
export function useReturnFocus(): void {
  const [opener] = useState(() => document.activeElement);
  useEffect(
    () => () => {
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (lost && opener instanceof HTMLElement && opener.isConnected) opener.focus({ preventScroll: true });
    },
    [opener],
  );
}
