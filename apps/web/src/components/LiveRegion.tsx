import { VisuallyHidden } from '@mantine/core';
import { useEffect, useState } from 'react';

let speak: ((text: string) => void) | null = null;

/**
 * Tells screen-reader users what an action did when the screen shows it in place rather than as a
 * notification ("Zavedeno pod brojem …" on the intake form): read after what is being read.
 */
export function announce(text: string): void {
  speak?.(text);
}

/**
 * The application's live region, rendered once and present from the first paint: screen readers
 * announce a change inside a region they already know, not a region that appears with its text.
 * (Notifications are a live region of their own, see App.tsx.)
 */
export function LiveRegion() {
  const [text, setText] = useState('');
  useEffect(() => {
    let timer = 0;
    speak = (next) => {
      // Emptied first, so the same words twice are announced twice.
      setText('');
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setText(next), 50);
    };
    return () => {
      speak = null;
      window.clearTimeout(timer);
    };
  }, []);
  return (
    <VisuallyHidden role="status" aria-live="polite" data-testid="announcement">
      {text}
    </VisuallyHidden>
  );
}
