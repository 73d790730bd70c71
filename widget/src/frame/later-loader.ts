// Loads later/ (away notice, rating, photos, emoji) the first time the chat needs one of them. They are not part of
// opening the chat, so their code and strings stay out of the open-chat budget (DESIGN: widget ≤ 30 kB gzip).
import { useEffect, useState } from 'preact/hooks';

export type LaterModule = typeof import('./later/index.tsx');

let loading: Promise<LaterModule> | undefined;

/** One download per page; a failed one (offline) is tried again the next time something needs it. */
export function loadLater(): Promise<LaterModule> {
  loading ??= import('./later/index.tsx').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/**
 * The module once `wanted` has been true and it has loaded; undefined until then. A change of `retry` (the
 * connection coming back) tries again after a failed download.
 */
export function useLater(wanted: boolean, retry?: unknown): LaterModule | undefined {
  const [later, setLater] = useState<LaterModule>();
  useEffect(() => {
    if (wanted && !later) loadLater().then(setLater, () => {});
  }, [wanted, later, retry]);
  return later;
}
