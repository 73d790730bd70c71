// Builds the overlay's DOM. Page and message text only ever goes through textContent, never innerHTML.

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children)
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return element;
}

/** A host element with an open shadow root holding the overlay's own stylesheet, so page CSS cannot reach in. */
export function shadowHost(tagName: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tagName);
  // Open, so the agent's assistive tech and tests can reach it; it only ever holds what the page already shows
  // or what the agent will put in the page anyway.
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  return { host, root };
}
