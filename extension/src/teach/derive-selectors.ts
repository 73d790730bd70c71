// Turns two clicks (one buyer message, the reply box) into a site adapter's selectors: the clicked message is
// generalised to its sibling rows, and what sets the buyer's rows apart from the others becomes `buyerMessage`.
import { isContentEditable } from '../sites/page-reader.ts';
import type { SiteSelectors } from '../sites/site-adapter.ts';
import { cssIdent, stableAttributes, stableClasses, uniqueSelector } from './stable-selector.ts';

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

/**
 * The message row for a click: the nearest ancestor (or the element) that has sibling rows like it. Without
 * siblings (a transcript of one message) the clicked element itself is the row.
 */
export function findMessageRow(clicked: Element): { row: Element; siblings: Element[] } {
  for (let node: Element | null = clicked; node?.parentElement; node = node.parentElement) {
    if (node.localName === 'body') break;
    const siblings = [...node.parentElement.children].filter((other) => sameFamily(node!, other));
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

/** Where the text sits inside the row: `:scope` when the row itself was clicked. */
function textSelector(row: Element, clicked: Element): string {
  if (clicked === row) return ':scope';
  for (const feature of [...features(clicked), '']) {
    const selector = `${clicked.localName}${feature}`;
    if (row.querySelector(selector) === clicked) return selector;
  }
  return uniqueSelector(clicked, row);
}

/** The editable element behind a click: the outermost contenteditable, or the textarea inside a wrapper. */
export function composerTarget(clicked: Element): Element {
  if (clicked instanceof HTMLTextAreaElement || clicked instanceof HTMLInputElement) return clicked;
  let editable: HTMLElement | null = null;
  for (let node: HTMLElement | null = clicked as HTMLElement; node; node = node.parentElement) {
    if (isContentEditable(node)) editable = node;
  }
  if (editable) return editable;
  return (
    clicked.querySelector('textarea, input[type="text"], [contenteditable="true"], [role="textbox"]') ??
    clicked
  );
}

export function deriveSelectors(buyerMessage: Element, composer: Element): SiteSelectors {
  const root = buyerMessage.ownerDocument;
  const { row, siblings } = findMessageRow(buyerMessage);
  const list = row.parentElement ?? root.body;
  const messageList = uniqueSelector(list, root);
  const message = `${messageList} > ${commonSelector(row, siblings)}`;
  const feature = buyerFeature(row, siblings);
  return {
    messageList,
    message,
    buyerMessage: feature ? `${message}${feature}` : message,
    text: textSelector(row, buyerMessage),
    composer: uniqueSelector(composerTarget(composer), root),
  };
}
