// Which browser origins may use a site's widget: the site's allowed origins, or any when it lists none.
import type { Site } from '@parley/shared';

/** The canonical origin of a URL ("https://shop.example"), or null for anything that is not an http(s) URL. */
export function normalizeOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

export interface OriginCheck {
  /** The Origin header of the request, if any. */
  origin: string | undefined;
  /** The Host header the request reached the relay with. */
  relayHost: string | undefined;
  /** PARLEY_PUBLIC_URL, when the relay sits behind a proxy that rewrites Host. */
  publicUrl?: string | undefined;
}

/**
 * The chat app runs in a frame served by the relay itself, so its socket's Origin is the relay's own origin;
 * that is always allowed here, and the frame's `frame-ancestors` policy is what keeps it on the site's pages.
 */
export function isOriginAllowed(site: Pick<Site, 'allowedOrigins'>, check: OriginCheck): boolean {
  if (site.allowedOrigins.length === 0) return true;
  if (!check.origin) return false;
  const origin = normalizeOrigin(check.origin);
  if (!origin) return false;
  if (site.allowedOrigins.some((allowed) => normalizeOrigin(allowed) === origin)) return true;
  if (check.relayHost && new URL(origin).host === check.relayHost.toLowerCase()) return true;
  return check.publicUrl !== undefined && normalizeOrigin(check.publicUrl) === origin;
}

/** The CSP `frame-ancestors` value for the chat frame of a site, or null when any page may embed it. */
export function frameAncestors(site: Pick<Site, 'allowedOrigins'>): string | null {
  if (site.allowedOrigins.length === 0) return null;
  const origins = site.allowedOrigins.map(normalizeOrigin).filter((o): o is string => o !== null);
  return ["'self'", ...new Set(origins)].join(' ');
}
