// The frame's configuration, read from its URL: /frame/?site=<publicKey>&locale=<bcp47>&origin=<host page origin>.
import { MAX_SHORT_TEXT } from '@parley/shared';

export interface FrameParams {
  /** The site's public key; empty when the URL has none, which the app reports instead of connecting. */
  site: string;
  /** Browser or merchant locale, passed to the relay as a language hint. */
  locale: string | undefined;
  /** The host page's origin, or null when it is missing or not http(s): then the frame never posts to a parent. */
  parentOrigin: string | null;
  /** Accent colour from data-color, only if the browser parses it as a colour. */
  color: string | undefined;
  /** The merchant's welcome line from data-greeting, shown as text. */
  greeting: string | undefined;
}

/** Returns `value` if it is exactly an http(s) origin (no path, query or credentials), else null. */
export function toHttpOrigin(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value ? value : null;
  } catch {
    return null;
  }
}

function short(value: string | null, max = MAX_SHORT_TEXT): string | undefined {
  const trimmed = value?.trim();
  return trimmed && trimmed.length <= max ? trimmed : undefined;
}

/** A greeting is a sentence or two; anything longer is not what a merchant meant to put in a chat bubble. */
export const MAX_GREETING_LENGTH = 500;

/**
 * `ancestorOrigins` (Chromium and WebKit) names the page that really embeds us; when it disagrees with the
 * `origin` parameter, someone framed us with a forged parameter and gets no messages.
 */
export function readFrameParams(href: string, ancestorOrigins?: ArrayLike<string>): FrameParams {
  const query = new URL(href).searchParams;
  let parentOrigin = toHttpOrigin(query.get('origin'));
  const embedder = ancestorOrigins?.[0];
  if (embedder !== undefined && embedder !== parentOrigin) parentOrigin = null;
  const color = short(query.get('color'));
  return {
    site: short(query.get('site')) ?? '',
    locale: short(query.get('locale')),
    parentOrigin,
    color: color && globalThis.CSS?.supports?.('color', color) ? color : undefined,
    greeting: short(query.get('greeting'), MAX_GREETING_LENGTH),
  };
}
