// Whether the shopper can see the conversation: the host page has the chat open and the tab is in view. The frame's
// own document.visibilityState follows the tab but not the loader hiding the frame, hence the host's open state.
import type { Unsubscribe } from './connection/types.ts';

export interface VisibilityTracker {
  /** From the host page's `parley:visibility` command. */
  setOpen(open: boolean): void;
  stop: Unsubscribe;
}

/** Calls `onChange` at once and on every change of the tab's visibility or the host's open state. */
export function trackVisibility(
  doc: Document,
  open: boolean,
  onChange: (visible: boolean) => void,
): VisibilityTracker {
  const report = () => onChange(open && doc.visibilityState === 'visible');
  doc.addEventListener('visibilitychange', report);
  report();
  return {
    setOpen(next) {
      open = next;
      report();
    },
    stop: () => doc.removeEventListener('visibilitychange', report),
  };
}
