// "Teach this page" from the side panel: a runtime message to the overlay content script in the active tab, which
// starts the same in-page lesson as the page's own button. The panel never reads the tab's address or content.

export const TEACH_MESSAGE = 'parley/teach';

export interface TeachRequest {
  type: typeof TEACH_MESSAGE;
}

/** What the content script answers: the lesson is on screen in the page. */
export interface TeachReply {
  started: true;
}

export function isTeachRequest(message: unknown): message is TeachRequest {
  return (
    typeof message === 'object' && message !== null && (message as { type?: unknown }).type === TEACH_MESSAGE
  );
}

/** The tab the side panel sits beside, and a way to message its content script. */
export interface ActiveTabPort {
  activeTabId(): Promise<number | undefined>;
  /** Rejects when no Parley content script listens in that tab. */
  send(tabId: number, message: TeachRequest): Promise<unknown>;
}

/**
 * `started`: the agent now clicks in the page. `not_running`: no overlay in that tab, because its site is not
 * enabled or the tab was opened before it was. `no_tab`: nothing to teach (a browser page, no window).
 */
export type TeachOutcome = 'started' | 'not_running' | 'no_tab';

export async function teachActiveTab(tabs: ActiveTabPort): Promise<TeachOutcome> {
  const tabId = await tabs.activeTabId();
  if (tabId === undefined) return 'no_tab';
  try {
    const reply = (await tabs.send(tabId, { type: TEACH_MESSAGE })) as Partial<TeachReply> | undefined;
    return reply?.started === true ? 'started' : 'not_running';
  } catch {
    // "Receiving end does not exist": Chrome's answer when no content script of ours is in the tab.
    return 'not_running';
  }
}

/** The port over `chrome.tabs`: no `tabs` permission needed, since neither the tab's URL nor title is read. */
export function chromeActiveTab(tabs: typeof chrome.tabs): ActiveTabPort {
  return {
    async activeTabId() {
      const [tab] = await tabs.query({ active: true, currentWindow: true });
      return tab?.id;
    },
    send: (tabId, message) => tabs.sendMessage(tabId, message),
  };
}
