// Turns two clicks (one buyer message, the reply box) into a site adapter's selectors: the clicked message is
// generalised to its sibling rows, and what sets the buyer's rows apart from the others becomes `buyerMessage`.
// Buyer messages and composers inside open shadow roots (web-component helpdesks) get piercing selectors, one part
// per shadow tree joined with SHADOW_SEPARATOR, which the page reader resolves.
import { deepQueryAll, isContentEditable, SHADOW_SEPARATOR } from '../sites/page-reader.ts';
import type { SiteSelectors } from '../sites/site-adapter.ts';
import {
  cssIdent,
  deepUniqueSelector,
  stableAttributes,
  stableClasses,
  uniqueSelector,
} from './stable-selector.ts';

/** Words pages use for the buyer's side, and for the seller's own side. */
const BUYER_WORDS =
  /buyer|customer|client|visitor|inbound|incoming|received|end-?user|contact|guest|left|them|other/i;
const SELLER_WORDS =
  /seller|agent|staff|merchant|outbound|outgoing|sent|self|mine|\bme\b|right|own|operator|shop/i;

/** The stable features of a row: its stable classes and attributes, each usable as a selector on its own. */
function features(element: Element): string[] {
  return [...stableClasses(element).map((c) => `.${cssIdent(c)}`), ...stableAttributes(element)];
}

/** Same tag and at least one stable feature in common: another message in the same transcript. */
function sameFamily(row: Element, other: Element): boolean {
  if (other.localName !== row.localName || other === row) return false;
  const mine = features(row);
  if (mine.length === 0) return features(other).length === 0;
  return mine.some((feature) => other.matches(feature));
}

/** The parent element, or out of a shadow root to its host. */
function composedParent(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : null;
}

/**
 * The message row for a click: the nearest ancestor (or the element) that has sibling rows like it, climbing out
 * of shadow roots (a message component's text sits in its own shadow root). Without siblings (a transcript of one
 * message) the clicked element itself is the row.
 */
export function findMessageRow(clicked: Element): { row: Element; siblings: Element[] } {
  for (let node: Element | null = clicked; node; node = composedParent(node)) {
    const parent = node.parentNode;
    if (node.localName === 'body' || !parent || parent.nodeType === Node.DOCUMENT_NODE) break;
    const siblings = [...(parent as ParentNode).children].filter((other) => sameFamily(node!, other));
    if (siblings.length > 0) return { row: node, siblings };
  }
  return { row: clicked, siblings: [] };
}

/** The features every row shares, as one compound selector (the tag when they share nothing). */
function commonSelector(row: Element, siblings: readonly Element[]): string {
  const shared = features(row).filter((feature) => siblings.every((s) => s.matches(feature)));
  return `${row.localName}${shared.join('')}`;
}

/**
 * What sets the buyer's row apart: a feature it has that some rows lack, or one some rows have that it lacks
 * (as `:not(…)`). Features named like the buyer's (or, negated, the seller's) side win; null when the rows do
 * not differ, and then every row counts as the buyer's.
 */
function buyerFeature(row: Element, siblings: readonly Element[]): string | null {
  const ranked: { selector: string; score: number }[] = [];
  for (const feature of features(row)) {
    if (siblings.every((s) => s.matches(feature))) continue;
    ranked.push({
      selector: feature,
      score: BUYER_WORDS.test(feature) ? 3 : SELLER_WORDS.test(feature) ? -5 : 1,
    });
  }
  const theirs = new Set(siblings.flatMap(features).filter((feature) => !row.matches(feature)));
  for (const feature of theirs) {
    ranked.push({
      selector: `:not(${feature})`,
      score: SELLER_WORDS.test(feature) ? 2 : BUYER_WORDS.test(feature) ? -5 : 0,
    });
  }
  ranked.sort((a, b) => b.score - a.score);
  const best = ranked[0];
  return best && best.score >= 0 ? best.selector : null;
}

/** A selector for `element` relative to `scope` (the row, or a shadow root inside it). */
function selectorWithin(scope: ParentNode, element: Element): string {
  for (const feature of [...features(element), '']) {
    const selector = `${element.localName}${feature}`;
    if (scope.querySelector(selector) === element) return selector;
  }
  return uniqueSelector(element, scope);
}

/**
 * Where the text sits inside the row: `:scope` when the row itself was clicked. Text inside the shadow roots of
 * the row (or of components within it) gets one part per shadow tree, starting from `:scope` or a light child.
 */
function textSelector(row: Element, clicked: Element): string {
  const parts: string[] = [];
  let node = clicked;
  while (node !== row && !row.contains(node)) {
    const shadow = node.getRootNode() as ShadowRoot;
    parts.unshift(selectorWithin(shadow, node));
    node = shadow.host;
  }
  parts.unshift(node === row ? ':scope' : selectorWithin(row, node));
  return parts.length === 1 ? parts[0]! : parts.join(SHADOW_SEPARATOR);
}

const EDITABLE = 'textarea, input[type="text"], [contenteditable="true"], [role="textbox"]';

/**
 * The editable element behind a click: the outermost contenteditable, or the textarea inside a wrapper (or inside
 * the shadow root of a component that was clicked outside its inner field).
 */
export function composerTarget(clicked: Element): Element {
  if (clicked instanceof HTMLTextAreaElement || clicked instanceof HTMLInputElement) return clicked;
  let editable: HTMLElement | null = null;
  for (let node: HTMLElement | null = clicked as HTMLElement; node; node = node.parentElement) {
    if (isContentEditable(node)) editable = node;
  }
  if (editable) return editable;
  return (
    clicked.querySelector(EDITABLE) ??
    (clicked.shadowRoot ? deepQueryAll(clicked.shadowRoot, EDITABLE)[0] : undefined) ??
    clicked
  );
}

export function deriveSelectors(buyerMessage: Element, composer: Element): SiteSelectors {
  const { row, siblings } = findMessageRow(buyerMessage);
  const parent = row.parentNode;
  let messageList: string;
  let message: string;
  if (parent instanceof ShadowRoot) {
    // Rows at the top of a component's shadow root: the component is the list, and its shadow root holds the rows.
    messageList = deepUniqueSelector(parent.host);
    message = `${messageList}${SHADOW_SEPARATOR}${commonSelector(row, siblings)}`;
  } else {
    messageList = deepUniqueSelector(row.parentElement ?? row.ownerDocument.body);
    message = `${messageList} > ${commonSelector(row, siblings)}`;
  }
  const feature = buyerFeature(row, siblings);
  return {
    messageList,
    message,
    buyerMessage: feature ? `${message}${feature}` : message,
    text: textSelector(row, buyerMessage),
    composer: deepUniqueSelector(composerTarget(composer)),
  };
}
