// Reads the loader's configuration from its own <script data-site …> tag; the relay origin is the script's origin.

export interface LoaderConfig {
  /** The site's public key (`data-site`). */
  site: string;
  /** Origin that served widget.js; the frame and Socket.IO live there, and postMessage is pinned to it. */
  relayOrigin: string;
  /** `data-locale`, else the browser's language. */
  locale: string;
  position: 'left' | 'right';
  /** `data-color`, passed to CSS through style properties, which drop invalid values on their own. */
  color: string | undefined;
  /** `data-greeting`: the merchant's welcome line, shown at the top of the chat before the shopper writes. */
  greeting: string | undefined;
  /** The tag's CSP nonce, given to the launcher's <style> so a page with a strict `style-src` still shows it. */
  nonce: string | undefined;
}

export const MISSING_SITE_ERROR = 'Parley did not start: add data-site="<public key>" to its script tag.';

const SCRIPT_SELECTOR = 'script[data-site][src*="widget.js"]';

/** Returns the configuration, or logs how to fix the tag and returns undefined. */
export function readLoaderConfig(doc: Document): LoaderConfig | undefined {
  // An async script can run with currentScript unset (or set to another script), hence the selector fallback.
  const current = doc.currentScript as HTMLScriptElement | null;
  const script = current?.dataset?.site ? current : doc.querySelector<HTMLScriptElement>(SCRIPT_SELECTOR);
  const site = script?.dataset.site?.trim();
  if (!script || !site) {
    console.error(MISSING_SITE_ERROR);
    return undefined;
  }
  const data = script.dataset;
  return {
    site,
    relayOrigin: new URL(script.src, doc.baseURI).origin,
    locale: data.locale || navigator.language || '',
    position: data.position === 'left' ? 'left' : 'right',
    color: data.color,
    greeting: data.greeting?.trim() || undefined,
    // The `nonce` property, not the attribute: browsers hide the attribute's value from scripts.
    nonce: script.nonce || undefined,
  };
}
