// The contract every site adapter implements: where it applies and how to read a page's conversation.
// Adapters are data (match patterns and selectors); the overlay owns all behaviour, so a site's markup changing
// means editing one file and its fixture.

export interface SiteSelectors {
  /** The scrolling container that holds the conversation; new messages are appended inside it. */
  messageList: string;
  /** One message (bubble or row), whoever wrote it. */
  message: string;
  /**
   * Matched against a `message` element: true only when the buyer wrote it. Anything else (the seller, a bot,
   * a system notice) is skipped, so the agent's own words are never read or sent anywhere.
   */
  buyerMessage: string;
  /** Inside a message, the element holding what was written (without the name, time or read receipts). */
  text: string;
  /** Where the agent types a reply: a textarea, an input or a contenteditable editor, maybe in a shadow root. */
  composer: string;
}

export interface SiteAdapter {
  /** Stable id, also the fixture's file name (`test/fixtures/<id>.html`). */
  id: string;
  /** What the agent sees in the options page. */
  name: string;
  /** Chrome match patterns; each is also an optional host permission requested when the agent enables the site. */
  matches: readonly string[];
  selectors: SiteSelectors;
}

/** Declares an adapter; a function rather than a bare object so a typo in a selector name fails type checking. */
export function defineSiteAdapter(adapter: SiteAdapter): SiteAdapter {
  for (const [name, selector] of Object.entries(adapter.selectors)) {
    if (selector.trim() === '')
      throw new Error(`Site adapter "${adapter.id}" has an empty "${name}" selector.`);
  }
  if (adapter.matches.length === 0)
    throw new Error(`Site adapter "${adapter.id}" must declare match patterns.`);
  return adapter;
}
