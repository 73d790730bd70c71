// Reads a page through a site adapter: which messages the buyer wrote, their text, and the reply box.
// Read-only by design: nothing here changes the page.
import type { SiteAdapter } from './site-adapter.ts';

/**
 * `querySelectorAll` that also looks inside open shadow roots. A selector may pierce one shadow boundary per
 * `>>>` (`kat-textarea >>> textarea`): the part after it is searched in the shadow roots of the part before.
 * Without `>>>`, the light DOM is searched first, then every open shadow root, at any depth.
 */
export function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const [first, ...rest] = selector.split('>>>').map((part) => part.trim());
  let scopes: Element[] =
    rest.length === 0 ? queryAllPiercing(root, first!) : [...root.querySelectorAll(first!)];
  for (const part of rest) {
    scopes = scopes.flatMap((host) => (host.shadowRoot ? queryAllPiercing(host.shadowRoot, part) : []));
  }
  return scopes;
}

function queryAllPiercing(root: ParentNode, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...queryAllPiercing(element.shadowRoot, selector));
  }
  return found;
}

/** Every message element on the page, buyer's or not, in document order. */
export function findMessages(root: ParentNode, adapter: SiteAdapter): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(adapter.selectors.message)];
}

/** True only for messages the buyer wrote; unknown authorship counts as not the buyer's. */
export function isBuyerMessage(message: Element, adapter: SiteAdapter): boolean {
  return message.matches(adapter.selectors.buyerMessage);
}

/** The buyer messages, never the seller's, an agent's, a bot's or a system notice. */
export function findBuyerMessages(root: ParentNode, adapter: SiteAdapter): HTMLElement[] {
  return findMessages(root, adapter).filter((message) => isBuyerMessage(message, adapter));
}

/** What the message says, whitespace collapsed; empty for stickers, cards and images. */
export function messageText(message: Element, adapter: SiteAdapter): string {
  // `:scope` (a taught adapter whose text is the row itself) never matches a descendant, so it means the message.
  const body = adapter.selectors.text === ':scope' ? message : message.querySelector(adapter.selectors.text);
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
