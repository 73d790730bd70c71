// Selector pieces that survive a helpdesk's next deploy: stable attributes and class names, never the hashes
// CSS-in-JS and framework ids churn out, and a unique selector for one element built from them.
import { SHADOW_SEPARATOR } from '../sites/page-reader.ts';

/** Attributes that name what an element is, most telling first. `aria-label` is left out: it often holds text. */
const NAMING_ATTRIBUTES = ['data-testid', 'data-test', 'data-qa', 'data-cy', 'role', 'name'];

/** A build hash or framework counter rather than a name a developer chose (`css-1q2w3e`, `:r4:`, `ember123`). */
export function looksGenerated(token: string): boolean {
  if (token.length > 40 || /\d{3,}|:/.test(token)) return true;
  if (/^(css|sc|jss|emotion|styled|svelte|ng|ember|jsx)-/i.test(token)) return true;
  // One segment mixing letters and digits, e.g. the `a1b2c` of `Message_row__a1b2c`.
  return token.split(/[-_]+/).some((part) => part.length >= 5 && /\d/.test(part) && /[a-z]/i.test(part));
}

export function stableClasses(element: Element): string[] {
  return [...element.classList].filter((name) => !looksGenerated(name) && !name.startsWith('parley'));
}

/** `[name="value"]` for each stable data-*, role or name attribute; the value is kept only if it looks chosen. */
export function stableAttributes(element: Element): string[] {
  const found: string[] = [];
  for (const attribute of [...element.attributes]) {
    const { name, value } = attribute;
    const naming = NAMING_ATTRIBUTES.includes(name);
    if (!naming && !name.startsWith('data-')) continue;
    if (name.startsWith('data-parley') || name.startsWith('data-v-') || looksGenerated(name)) continue;
    // `>>>` in a value would read as a shadow-root boundary (see SHADOW_SEPARATOR).
    if (value !== '' && !looksGenerated(value) && value.length <= 40 && !value.includes('>>>'))
      found.push(`[${name}="${cssString(value)}"]`);
    else if (!naming) found.push(`[${name}]`);
  }
  return found;
}

export function cssString(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}

export function cssIdent(value: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(value) : value.replace(/[^\w-]/g, '\\$&');
}

function tagOf(element: Element): string {
  return element.localName;
}

/** Single-element candidates, most robust first: a chosen id, naming attributes, then tag with stable classes. */
function candidates(element: Element): string[] {
  const tag = tagOf(element);
  const list: string[] = [];
  if (element.id && !looksGenerated(element.id)) list.push(`#${cssIdent(element.id)}`);
  for (const attribute of stableAttributes(element)) list.push(`${tag}${attribute}`);
  const label = element.getAttribute('aria-label');
  // On a reply box (not a message) the label is the page's own name for it, e.g. "Reply".
  if (label && label.length <= 40 && !looksGenerated(label) && !label.includes('>>>'))
    list.push(`${tag}[aria-label="${cssString(label)}"]`);
  const classes = stableClasses(element);
  if (classes.length > 0) list.push(`${tag}${classes.map((c) => `.${cssIdent(c)}`).join('')}`);
  list.push(tag);
  return list;
}

/** The shortest robust selector matching exactly `element` within `root`, climbing to ancestors when needed. */
export function uniqueSelector(element: Element, root: ParentNode = element.ownerDocument): string {
  for (const selector of candidates(element)) {
    if (matchesOnly(root, selector, element)) return selector;
  }
  const parent = element.parentElement;
  const own = candidates(element).at(-2) ?? tagOf(element);
  if (!parent || parent === root || parent.localName === 'html') return `${own}${nthOfType(element)}`;
  const prefix = uniqueSelector(parent, root);
  const child = `${prefix} > ${own}`;
  return matchesOnly(root, child, element) ? child : `${prefix} > ${tagOf(element)}${nthOfType(element)}`;
}

/**
 * The element's unique selector from the document, piercing open shadow roots: one unique selector per tree,
 * outermost host first, joined with SHADOW_SEPARATOR (`desk-app >>> desk-composer >>> textarea`).
 */
export function deepUniqueSelector(element: Element): string {
  const parts: string[] = [];
  for (let node: Element | null = element; node; ) {
    const root: Node = node.getRootNode();
    if (root instanceof ShadowRoot) {
      parts.unshift(uniqueSelector(node, root));
      node = root.host;
    } else {
      parts.unshift(uniqueSelector(node, node.ownerDocument));
      node = null;
    }
  }
  return parts.join(SHADOW_SEPARATOR);
}

function matchesOnly(root: ParentNode, selector: string, element: Element): boolean {
  try {
    const found = root.querySelectorAll(selector);
    return found.length === 1 && found[0] === element;
  } catch {
    return false;
  }
}

function nthOfType(element: Element): string {
  // A shadow root's top-level children are siblings too, and `:nth-of-type` counts them.
  const parent = element.parentNode as ParentNode | null;
  const siblings = parent ? [...parent.children].filter((s) => s.localName === element.localName) : [element];
  return siblings.length > 1 ? `:nth-of-type(${siblings.indexOf(element) + 1})` : '';
}
