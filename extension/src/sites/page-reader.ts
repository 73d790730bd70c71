// Reads a page through a site adapter: which messages the buyer wrote, their text, and the reply box.
// Read-only by design: nothing here changes the page.
import type { SiteAdapter } from './site-adapter.ts';

/**
 * Joins the parts of a selector that pierces open shadow roots: `desk-app >>> ul.thread > li`. Each part after
 * the first is searched in the shadow roots of what the part before it found. Site adapters write it by hand
 * (`kat-textarea >>> textarea`); teaching a page derives it (`teach/derive-selectors.ts`).
 */
export const SHADOW_SEPARATOR = ' >>> ';

function shadowParts(selector: string): string[] {
  return selector.split('>>>').map((part) => part.trim());
}

/** True when the selector crosses at least one shadow boundary. */
export function piercesShadow(selector: string): boolean {
  return selector.includes('>>>');
}

/**
 * `querySelectorAll` that also looks inside open shadow roots. A selector may pierce one shadow boundary per
 * `>>>` (`kat-textarea >>> textarea`): the part after it is searched in the shadow roots of the part before.
 * A first part of `:scope` is `root` itself, so `:scope >>> p` is a `p` in the root element's own shadow root.
 * Without `>>>`, the light DOM is searched first, then every open shadow root, at any depth.
 */
export function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const [first, ...rest] = shadowParts(selector);
  let scopes: Element[];
  if (rest.length === 0) scopes = queryAllPiercing(root, first!);
  else if (first === ':scope' && root instanceof Element) scopes = [root];
  else scopes = [...root.querySelectorAll(first!)];
  for (const part of rest) {
    scopes = scopes.flatMap((host) => (host.shadowRoot ? queryAllPiercing(host.shadowRoot, part) : []));
  }
  return scopes;
}

/** Parley's own overlay hosts (parley-annotation, parley-suggestions…): never read as the page's content. */
const isParleyHost = (element: Element) => element.localName.startsWith('parley-');

function queryAllPiercing(root: ParentNode, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  for (const element of root.querySelectorAll('*')) {
    // The compose box in our own panel is a textarea too; taking it for the page's composer would move the panel
    // into itself on every render.
    if (element.shadowRoot && !isParleyHost(element))
      found.push(...queryAllPiercing(element.shadowRoot, selector));
  }
  return found;
}

/** The shadow host an element sits in, or null in the document's light DOM. */
function hostOf(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * `element.matches` for a selector that may pierce shadow roots: the last part matches the element, and each
 * earlier part one of the shadow hosts it sits in, innermost last.
 */
export function deepMatches(element: Element, selector: string): boolean {
  const parts = shadowParts(selector);
  if (!element.matches(parts.at(-1)!)) return false;
  let node: Element = element;
  for (const part of parts.slice(0, -1).reverse()) {
    let host = hostOf(node);
    while (host && !host.matches(part)) host = hostOf(host);
    if (!host) return false;
    node = host;
  }
  return true;
}

/**
 * The open shadow roots a piercing selector searches: those of every host its leading parts find. A
 * MutationObserver on the document never sees inside them, so whoever watches for new messages observes these too.
 */
export function shadowRootsOnPath(root: ParentNode, selector: string): ShadowRoot[] {
  const parts = shadowParts(selector).slice(0, -1);
  const shadows: ShadowRoot[] = [];
  for (let i = 0; i < parts.length; i++) {
    for (const host of deepQueryAll(root, parts.slice(0, i + 1).join(SHADOW_SEPARATOR))) {
      if (host.shadowRoot) shadows.push(host.shadowRoot);
    }
  }
  return shadows;
}

/** Every message element on the page, buyer's or not, in document order (shadow roots in path order). */
export function findMessages(root: ParentNode, adapter: SiteAdapter): HTMLElement[] {
  const { message } = adapter.selectors;
  // Built-in adapters read the light DOM only; a piercing selector says exactly which shadow roots to enter.
  if (piercesShadow(message)) return deepQueryAll(root, message) as HTMLElement[];
  return [...root.querySelectorAll<HTMLElement>(message)];
}

/** True only for messages the buyer wrote; unknown authorship counts as not the buyer's. */
export function isBuyerMessage(message: Element, adapter: SiteAdapter): boolean {
  return deepMatches(message, adapter.selectors.buyerMessage);
}

/** The buyer messages, never the seller's, an agent's, a bot's or a system notice. */
export function findBuyerMessages(root: ParentNode, adapter: SiteAdapter): HTMLElement[] {
  return findMessages(root, adapter).filter((message) => isBuyerMessage(message, adapter));
}

/** What the message says, whitespace collapsed; empty for stickers, cards and images. */
export function messageText(message: Element, adapter: SiteAdapter): string {
  // `:scope` (a taught adapter whose text is the row itself) never matches a descendant, so it means the message.
  const { text } = adapter.selectors;
  const body =
    text === ':scope'
      ? message
      : piercesShadow(text)
        ? deepQueryAll(message, text)[0]
        : message.querySelector(text);
  return (body?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export type Composer = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

/** The page's own reply box, if it is on the page (it may be in an open shadow root). */
export function findComposer(root: ParentNode, adapter: SiteAdapter): Composer | undefined {
  return deepQueryAll(root, adapter.selectors.composer).find(isEditable) as Composer | undefined;
}

function isEditable(element: Element): boolean {
  if (element instanceof HTMLTextAreaElement) return !element.disabled && !element.readOnly;
  if (element instanceof HTMLInputElement) return !element.disabled && !element.readOnly;
  return element instanceof HTMLElement && isContentEditable(element);
}

/** `isContentEditable`, with the attribute as a fallback for DOMs that do not compute it. */
export function isContentEditable(element: HTMLElement): boolean {
  if (element.isContentEditable) return true;
  const value = element.getAttribute('contenteditable');
  return value === '' || value === 'true' || value === 'plaintext-only';
}
