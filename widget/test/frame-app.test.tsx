// The chat frame as a shopper uses it, over the in-memory relay: typing, sending, errors, replies, reconnects.
import type { Message } from '@parley/shared';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AGENT_TYPING_TIMEOUT_MS,
  type ChatStoreOptions,
  createChatStore,
  TYPING_IDLE_MS,
  TYPING_THROTTLE_MS,
} from '../src/frame/chat-store.ts';
import { App } from '../src/frame/components/App.tsx';
import { createMemoryConnection, type MemoryConnectionOptions } from '../src/frame/connection/memory.ts';
import { createMemorySavedChat } from '../src/frame/saved-chat.ts';
import { trackVisibility } from '../src/frame/visibility.ts';

/** Lets microtasks and zero-delay timers run, inside act() so Preact has rendered their effects. */
const settle = () =>
  act(async () => {
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  });

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const container of mounted.splice(0)) {
    render(null, container);
    container.remove();
  }
  vi.restoreAllMocks();
  vi.useRealTimers();
});

async function openChat(
  options: MemoryConnectionOptions = {},
  locale = 'en-US',
  storeOptions: ChatStoreOptions = {},
  appProps: { greeting?: string; visitorToken?: () => string | undefined } = {},
) {
  const connection = createMemoryConnection({ siteName: 'Bangkok Beauty', ...options });
  const store = createChatStore(connection, { locale, ...storeOptions });
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  const onClose = vi.fn();
  await act(() => {
    render(<App store={store} onClose={onClose} {...appProps} />, container);
    store.start();
  });
  await settle();

  const input = () => {
    const textarea = container.querySelector('textarea');
    if (!textarea) throw new Error('The message box is not rendered.');
    return textarea;
  };
  const sendButton = () =>
    [...container.querySelectorAll('button')].find((button) => button.getAttribute('aria-label') === 'Send');
  const type = (text: string) =>
    act(() => {
      input().value = text;
      input().dispatchEvent(new Event('input', { bubbles: true }));
    });
  const press = (key: string, init: KeyboardEventInit = {}) =>
    act(() => {
      input().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
    });
  const bubbles = () =>
    [...container.querySelectorAll<HTMLElement>('[role="log"] li[data-author]')].map((li) => ({
      author: li.dataset.author,
      status: li.dataset.status,
      text: li.querySelector('.text')?.textContent,
    }));
  const alert = () => container.querySelector('[role="alert"]')?.textContent ?? null;
  const typingIndicator = () => {
    const region = container.querySelector<HTMLElement>('[data-testid="agent-typing"]');
    if (!region) throw new Error('The typing indicator region is not rendered.');
    return region;
  };
  /** The text under each confirmed visitor message that says it was read, by seq. */
  const seen = () =>
    [...container.querySelectorAll<HTMLElement>('li[data-author="visitor"][data-seq]')]
      .filter((li) => li.querySelector('[data-testid="seen"]')?.textContent === 'Seen')
      .map((li) => Number(li.dataset.seq));
  return {
    connection,
    store,
    container,
    onClose,
    input,
    sendButton,
    type,
    press,
    bubbles,
    alert,
    typingIndicator,
    seen,
  };
}

/** Waits for what the on-demand part of the chat (later/, a dynamic import) renders. */
const eventually = (check: () => void) =>
  vi.waitFor(async () => {
    await settle();
    check();
  });

/**
 * For the timing rules: fake setTimeout and Date (the memory relay answers in microtasks, which stay real), and a
 * way to let time pass with Preact rendering whatever it caused.
 */
function fakeClock() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  return (ms = 0) =>
    act(async () => {
      await vi.advanceTimersByTimeAsync(ms);
    });
}

describe('chat frame', () => {
  it('shows the site name from the session and an accessible, empty conversation log', async () => {
    const chat = await openChat();
    expect(chat.container.querySelector('h1')?.textContent).toBe('Bangkok Beauty');
    const log = chat.container.querySelector('[role="log"]');
    expect(log?.getAttribute('aria-live')).toBe('polite');
    const label = chat.container.querySelector(`label[for="${chat.input().id}"]`);
    expect(label?.textContent).toBe('Type your message');
    expect(chat.sendButton()).toBeDefined();
    expect(chat.bubbles()).toEqual([]);
  });

  it('shows a "sending" bubble at once, then the acknowledged message, exactly once', async () => {
    const chat = await openChat({ holdAcks: true });
    await chat.type('Where is my order?');
    await chat.press('Enter');

    expect(chat.bubbles()).toEqual([{ author: 'visitor', status: 'sending', text: 'Where is my order?' }]);
    expect(chat.input().value).toBe('');

    await act(() => chat.connection.releaseAcks());
    await settle();
    expect(chat.bubbles()).toEqual([{ author: 'visitor', status: 'sent', text: 'Where is my order?' }]);
    expect(chat.connection.stored).toHaveLength(1);
  });

  it('shows one bubble when the broadcast of its own message arrives before the ack', async () => {
    const chat = await openChat({ holdAcks: true, echoOwnMessages: true });
    await chat.type('Hello');
    await chat.press('Enter');
    await act(() => chat.connection.releaseAcks());
    await settle();
    expect(chat.bubbles()).toEqual([{ author: 'visitor', status: 'sent', text: 'Hello' }]);
  });

  it('on an error ack, shows the human message for its code and gives the text back', async () => {
    const chat = await openChat();
    chat.connection.refuseNextSend('rate_limited');
    await chat.type('Hello?');
    await act(() => chat.sendButton()?.click());
    await eventually(() =>
      expect(chat.alert()).toBe('You are sending messages too quickly. Wait a moment, then try again.'),
    );
    expect(chat.input().value).toBe('Hello?');
    expect(chat.bubbles()).toEqual([]);

    // Trying again works and clears the error.
    await chat.press('Enter');
    await settle();
    expect(chat.alert()).toBeNull();
    expect(chat.bubbles()).toEqual([{ author: 'visitor', status: 'sent', text: 'Hello?' }]);
  });

  it('refuses 4,001 characters before sending, says why, and keeps the text', async () => {
    const chat = await openChat();
    const text = 'a'.repeat(4001);
    await chat.type(text);
    expect(chat.container.querySelector('[data-testid="composer-counter"]')?.textContent).toBe(
      '4,001 / 4,000',
    );
    expect(chat.input().getAttribute('aria-invalid')).toBe('true');

    await act(() => chat.sendButton()?.click());
    await eventually(() => expect(chat.alert()).toContain('4,001 characters'));
    expect(chat.alert()).toContain('the limit is 4,000');
    expect(chat.input().value).toBe(text);
    expect(chat.connection.received).toEqual([]);
    expect(chat.bubbles()).toEqual([]);
  });

  it('sends on Enter but not on Shift+Enter or while an IME is composing', async () => {
    const chat = await openChat();
    await chat.type('สวัสดี');
    await chat.press('Enter', { shiftKey: true });
    await chat.press('Enter', { isComposing: true });
    await settle();
    expect(chat.connection.received).toEqual([]);
    await chat.press('Enter');
    await settle();
    expect(chat.connection.received.map((payload) => payload.text)).toEqual(['สวัสดี']);
  });

  it('renders an agent reply containing HTML as literal text, on the agent side, with its time', async () => {
    const chat = await openChat();
    const html = '<img src=x onerror=alert(1)>';
    await act(() => {
      chat.connection.agentSays(html);
    });
    await settle();
    expect(chat.bubbles()).toEqual([{ author: 'agent', status: 'sent', text: html }]);
    expect(chat.container.querySelector('[role="log"] img')).toBeNull();
    const time = chat.container.querySelector('li[data-author="agent"] time');
    expect(time?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(time?.textContent).not.toBe('');
  });

  it("shows an agent reply in the shopper's language, with the original one click away", async () => {
    const chat = await openChat({}, 'th-TH');
    await act(() => {
      chat.connection.agentSays('Your parcel ships today.', { translations: { th: 'พัสดุของคุณจะจัดส่งวันนี้' } });
    });
    await settle();
    expect(chat.bubbles()[0]?.text).toBe('พัสดุของคุณจะจัดส่งวันนี้');
    const toggle = [...chat.container.querySelectorAll('button')].find(
      (b) => b.textContent === 'Show original',
    );
    await act(() => toggle?.click());
    expect(chat.bubbles()[0]?.text).toBe('Your parcel ships today.');
  });

  it('delivers a message whose ack was lost exactly once after reconnecting', async () => {
    const chat = await openChat({ holdAcks: true });
    await chat.type('Is this safe for sensitive skin?');
    await chat.press('Enter');
    // The relay stored it, then the connection dropped before the ack arrived.
    await act(() => chat.connection.goOffline());
    await settle();
    expect(chat.bubbles()).toEqual([
      { author: 'visitor', status: 'sending', text: 'Is this safe for sensitive skin?' },
    ]);
    expect(chat.container.querySelector('[role="status"]')?.textContent).toContain('Offline');

    await act(() => chat.connection.goOnline());
    await settle();
    await act(() => chat.connection.releaseAcks());
    await settle();
    expect(chat.bubbles()).toEqual([
      { author: 'visitor', status: 'sent', text: 'Is this safe for sensitive skin?' },
    ]);
    expect(chat.connection.stored.filter((m) => m.author === 'visitor')).toHaveLength(1);
    // The sync after reconnect showed it had landed, so it was not even re-sent.
    expect(chat.connection.received).toHaveLength(1);
  });

  it('re-sends with the same clientId when an ack times out, and the relay keeps one copy', async () => {
    const relay = createMemoryConnection();
    const store = createChatStore(relay, { retryAfterMs: 5 });
    store.start();
    await settle();
    relay.loseNextAck();
    store.setDraft('Can I pay on delivery?');
    store.send();
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await settle();

    expect(relay.received).toHaveLength(2);
    expect(relay.received[0]?.clientId).toBe(relay.received[1]?.clientId);
    expect(relay.stored.map((m) => m.text)).toEqual(['Can I pay on delivery?']);
    expect(store.getState().outbox).toEqual([]);
    expect(store.getState().messages.map((m) => m.text)).toEqual(['Can I pay on delivery?']);
    store.stop();
  });

  it('sends messages typed while offline once the connection is back, in order', async () => {
    const chat = await openChat();
    await act(() => chat.connection.goOffline());
    for (const text of ['one', 'two', 'three']) {
      await chat.type(text);
      await chat.press('Enter');
    }
    await settle();
    expect(chat.bubbles().map((b) => b.status)).toEqual(['sending', 'sending', 'sending']);

    await act(() => chat.connection.goOnline());
    await settle();
    expect(chat.connection.stored.map((m) => m.text)).toEqual(['one', 'two', 'three']);
    expect(chat.bubbles()).toEqual(
      ['one', 'two', 'three'].map((text) => ({ author: 'visitor', status: 'sent', text })),
    );
  });

  it('keeps messages typed offline across a reload and sends them once the chat is back', async () => {
    const saved = createMemorySavedChat();
    const relay = createMemoryConnection();
    const firstPage = createChatStore(relay, { saved });
    firstPage.start();
    await settle();
    relay.goOffline();
    firstPage.setDraft('Do you ship to Chiang Mai?');
    firstPage.send();
    await settle();
    firstPage.stop();
    expect(relay.stored).toEqual([]);

    const secondPage = createChatStore(relay, { saved });
    secondPage.start();
    await settle();
    expect(relay.stored.map((m) => m.text)).toEqual(['Do you ship to Chiang Mai?']);
    expect(secondPage.getState().outbox).toEqual([]);
    expect(saved.outbox).toEqual([]);
    secondPage.stop();
  });

  it('loads the earlier conversation after a reload, and tells the host only about new agent replies', async () => {
    const history: Message[] = [1, 2].map((seq) => ({
      id: `msg_${seq}`,
      conversationId: 'conv_memory',
      seq,
      clientId: `c${seq}`,
      author: seq === 1 ? 'visitor' : 'agent',
      authorId: null,
      text: seq === 1 ? 'Hi' : 'Hello! How can I help?',
      language: 'en',
      translations: {},
      createdAt: '2025-01-01T08:00:00.000Z',
    }));
    const connection = createMemoryConnection({ history });
    const store = createChatStore(connection, { locale: 'en' });
    const notified: string[] = [];
    store.onAgentMessage((message) => notified.push(message.text));
    store.start();
    await settle();
    expect(store.getState().messages.map((m) => m.text)).toEqual(['Hi', 'Hello! How can I help?']);
    expect(notified).toEqual([]);

    connection.agentSays('Your order shipped.');
    await settle();
    expect(notified).toEqual(['Your order shipped.']);
    store.stop();
  });

  it('explains a refused handshake instead of showing a chat that cannot work', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const chat = await openChat({
      refuseHandshake: { code: 'origin_not_allowed', message: 'Add the origin to the allowed origins.' },
    });
    await eventually(() => expect(chat.alert()).toBe('Chat is not enabled for this website yet.'));
    expect(chat.container.querySelector('textarea')).toBeNull();
  });

  it('asks the host page to close on the close button and on Escape', async () => {
    const chat = await openChat();
    const close = [...chat.container.querySelectorAll('button')].find(
      (b) => b.getAttribute('aria-label') === 'Close chat',
    );
    await act(() => close?.click());
    await act(() => {
      chat.input().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(chat.onClose).toHaveBeenCalledTimes(2);
  });
});

describe('typing, both ways', () => {
  it('tells the agent the shopper is typing at most every few seconds, and stops on send', async () => {
    const chat = await openChat();
    const tick = fakeClock();
    await chat.type('W');
    await chat.type('Wh');
    await tick(1000);
    await chat.type('Whe');
    expect(chat.connection.typingReceived).toEqual([true]);

    await tick(TYPING_THROTTLE_MS - 1000);
    await chat.type('Wher');
    expect(chat.connection.typingReceived).toEqual([true, true]);
    expect(TYPING_THROTTLE_MS).toBeGreaterThanOrEqual(2000);
    expect(TYPING_THROTTLE_MS).toBeLessThanOrEqual(3000);

    await chat.press('Enter');
    await tick();
    expect(chat.connection.typingReceived).toEqual([true, true, false]);
    expect(chat.connection.stored.map((m) => m.text)).toEqual(['Wher']);

    // Nothing more once sent, not even when the idle timer would have fired.
    await tick(TYPING_IDLE_MS * 2);
    expect(chat.connection.typingReceived).toEqual([true, true, false]);
  });

  it('stops after about 5 s without a keystroke, and when the message box loses focus', async () => {
    const chat = await openChat();
    const tick = fakeClock();
    await chat.type('Is it');
    await tick(TYPING_IDLE_MS - 1);
    expect(chat.connection.typingReceived).toEqual([true]);
    await tick(1);
    expect(chat.connection.typingReceived).toEqual([true, false]);

    await chat.type('Is it vegan?');
    await act(() => {
      chat.input().dispatchEvent(new FocusEvent('blur'));
    });
    expect(chat.connection.typingReceived).toEqual([true, false, true, false]);
    // Clearing the box is not typing either.
    await chat.type('x');
    await chat.type('');
    expect(chat.connection.typingReceived).toEqual([true, false, true, false, true, false]);
  });

  it('never sends typing while disconnected', async () => {
    const chat = await openChat();
    const tick = fakeClock();
    await act(() => chat.connection.goOffline());
    await chat.type('Hello?');
    await tick(TYPING_IDLE_MS);
    expect(chat.connection.typingReceived).toEqual([]);

    await act(() => chat.connection.goOnline());
    await tick();
    await chat.type('Hello? Anyone?');
    expect(chat.connection.typingReceived).toEqual([true]);
  });

  it('shows "Agent is typing…" in a polite live region, once, until the agent stops', async () => {
    const chat = await openChat();
    const tick = fakeClock();
    const region = chat.typingIndicator();
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('');

    await act(() => chat.connection.agentTyping(true));
    expect(region.textContent).toBe('Agent is typing…');

    // Agents' clients repeat typing:true while they type; the region must not change, or it is announced again.
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    for (let i = 0; i < 3; i++) {
      await tick(AGENT_TYPING_TIMEOUT_MS - 1000);
      await act(() => chat.connection.agentTyping(true));
    }
    await tick();
    observer.disconnect();
    expect(changes).toEqual([]);
    expect(region.textContent).toBe('Agent is typing…');

    await act(() => chat.connection.agentTyping(false));
    expect(region.textContent).toBe('');
    expect(chat.typingIndicator()).toBe(region); // The same live region, ready for next time.
  });

  it('hides the indicator by itself when the stop event is lost, and when the reply arrives', async () => {
    const chat = await openChat();
    const tick = fakeClock();
    await act(() => chat.connection.agentTyping(true));
    await tick(AGENT_TYPING_TIMEOUT_MS - 1);
    expect(chat.typingIndicator().textContent).toBe('Agent is typing…');
    await tick(1);
    expect(chat.typingIndicator().textContent).toBe('');

    await act(() => chat.connection.agentTyping(true));
    await act(() => {
      chat.connection.agentSays('It ships tomorrow.');
    });
    await tick();
    expect(chat.typingIndicator().textContent).toBe('');

    await act(() => chat.connection.agentTyping(true));
    await act(() => chat.connection.goOffline());
    expect(chat.typingIndicator().textContent).toBe('');
  });
});

describe('read state, both ways', () => {
  it('shows "Seen" under the last message the agents have read, only once a read event covers it', async () => {
    const chat = await openChat();
    for (const text of ['Hi', 'Is this in stock?']) {
      await chat.type(text);
      await chat.press('Enter');
      await settle();
    }
    expect(chat.seen()).toEqual([]);

    await act(() => chat.connection.agentReads(1));
    expect(chat.seen()).toEqual([1]);
    await act(() => chat.connection.agentReads(2));
    expect(chat.seen()).toEqual([2]);

    // Read state only moves forward: a late, older event changes nothing.
    await act(() => chat.connection.agentReads(1));
    expect(chat.seen()).toEqual([2]);

    // A new message is not seen until a read event reaches it, even with an agent reply in between.
    await act(() => {
      chat.connection.agentSays('Yes, 12 left.');
    });
    await chat.type('Great, thanks');
    await chat.press('Enter');
    await settle();
    await act(() => chat.connection.agentReads(3));
    expect(chat.seen()).toEqual([2]);
    await act(() => chat.connection.agentReads(4));
    expect(chat.seen()).toEqual([4]);
    expect(chat.container.querySelectorAll('[data-testid="seen"]')).toHaveLength(1);
  });

  it('reports the newest agent reply as read while the chat is in view', async () => {
    const chat = await openChat();
    await act(() => {
      chat.connection.agentSays('Hello! How can I help?');
    });
    await settle();
    await chat.type('Where is my parcel?');
    await chat.press('Enter');
    await settle();
    await act(() => {
      chat.connection.agentSays('Let me check.', { author: 'bot' });
    });
    await settle();
    // Seq 2 is the shopper's own message; only agent and bot messages are reported.
    expect(chat.connection.readsReceived).toEqual([1, 3]);
  });

  it('sends no read receipt while the frame is closed or the tab is hidden, and catches up when shown', async () => {
    let tabState: DocumentVisibilityState = 'visible';
    vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => tabState);
    const chat = await openChat({}, 'en-US', { visible: false });
    // As main.tsx wires it: embedded frames start closed until the loader says otherwise.
    const visibility = trackVisibility(document, false, chat.store.setVisible);
    try {
      await act(() => {
        chat.connection.agentSays('Are you still there?');
        chat.connection.agentSays('We can help with your order.');
      });
      await settle();
      expect(chat.bubbles()).toHaveLength(2);
      expect(chat.connection.readsReceived).toEqual([]);

      await act(() => visibility.setOpen(true));
      await settle();
      expect(chat.connection.readsReceived).toEqual([2]);

      // The shopper switches tabs with the chat open.
      tabState = 'hidden';
      document.dispatchEvent(new Event('visibilitychange'));
      await act(() => {
        chat.connection.agentSays('Your refund is on its way.');
      });
      await settle();
      expect(chat.connection.readsReceived).toEqual([2]);

      tabState = 'visible';
      document.dispatchEvent(new Event('visibilitychange'));
      await settle();
      expect(chat.connection.readsReceived).toEqual([2, 3]);

      // Closing the chat stops receipts too.
      await act(() => visibility.setOpen(false));
      await act(() => {
        chat.connection.agentSays('Anything else?');
      });
      await settle();
      expect(chat.connection.readsReceived).toEqual([2, 3]);
    } finally {
      visibility.stop();
    }
  });

  it('sends no read receipt while disconnected, and sends it after reconnecting', async () => {
    const chat = await openChat();
    await act(() => chat.connection.goOffline());
    chat.connection.agentSays('Sent while you were offline.');
    await settle();
    expect(chat.connection.readsReceived).toEqual([]);

    await act(() => chat.connection.goOnline());
    await settle();
    expect(chat.bubbles().map((b) => b.text)).toEqual(['Sent while you were offline.']);
    expect(chat.connection.readsReceived).toEqual([1]);
  });
});

describe('away mode', () => {
  const tomorrowAtNine = () => {
    const at = new Date();
    at.setDate(at.getDate() + 1);
    at.setHours(9, 0, 0, 0);
    return at;
  };

  it('outside business hours says when the team is back, in the shopper’s time zone and language', async () => {
    const back = tomorrowAtNine();
    const chat = await openChat(
      { availability: { open: false, agentsOnline: false, nextOpenAt: back.toISOString() } },
      'de-DE',
    );
    const when = new Intl.DateTimeFormat('en', {
      weekday: 'long',
      hour: 'numeric',
      minute: '2-digit',
    }).format(back);
    await eventually(() =>
      expect(chat.container.querySelector('[data-testid="away"] [role="status"]')?.textContent).toBe(
        `We're away right now. We'll be back ${when}.`,
      ),
    );

    // An agent comes online: the notice goes away by itself.
    await act(() => chat.connection.setAvailability({ open: true, agentsOnline: true, nextOpenAt: null }));
    await settle();
    expect(chat.container.querySelector('[data-testid="away"]')).toBeNull();
  });

  it('with nobody online, offers to answer by email and stores the address for a follow-up', async () => {
    const chat = await openChat({ availability: { open: true, agentsOnline: false, nextOpenAt: null } });
    await eventually(() =>
      expect(chat.container.querySelector('[data-testid="away"]')?.textContent).toContain(
        'No one from the team is online right now.',
      ),
    );
    await act(() => chat.container.querySelector<HTMLButtonElement>('[data-testid="email-offer"]')?.click());
    const email = chat.container.querySelector<HTMLInputElement>('[data-testid="email-input"]');
    expect(email?.type).toBe('email');
    expect(document.activeElement).toBe(email);
    await act(() => {
      if (email) email.value = 'mai@example.com';
      email?.form?.requestSubmit();
    });
    await eventually(() =>
      expect(chat.container.querySelector('[data-testid="email-saved"]')?.textContent).toBe(
        "We'll also reply to mai@example.com.",
      ),
    );
    expect(chat.connection.identifyReceived).toEqual([{ email: 'mai@example.com', followUpByEmail: true }]);
  });

  it('leaves the focus where the shopper puts it while the email field is open', async () => {
    const chat = await openChat({ availability: { open: true, agentsOnline: false, nextOpenAt: null } });
    await eventually(() =>
      expect(chat.container.querySelector('[data-testid="email-offer"]')).not.toBeNull(),
    );
    await act(() => chat.container.querySelector<HTMLButtonElement>('[data-testid="email-offer"]')?.click());
    await eventually(() =>
      expect(document.activeElement).toBe(chat.container.querySelector('[data-testid="email-input"]')),
    );
    chat.input().focus();
    await chat.type('Actually, one more question');
    await settle();
    expect(document.activeElement).toBe(chat.input());
  });

  it('does not ask again for an email the relay already has', async () => {
    const chat = await openChat({
      availability: { open: true, agentsOnline: false, nextOpenAt: null },
      profile: { email: 'mai@example.com' },
    });
    await eventually(() =>
      expect(chat.container.querySelector('[data-testid="email-saved"]')).not.toBeNull(),
    );
    expect(chat.container.querySelector('[data-testid="email-offer"]')).toBeNull();
  });
});

describe('rating a resolved conversation', () => {
  it('asks how it went once an agent resolves it, stores the rating, and thanks the shopper', async () => {
    const chat = await openChat();
    await chat.type('Where is my order?');
    await chat.press('Enter');
    await settle();
    expect(chat.container.querySelector('[data-testid="rating"]')).toBeNull();

    await act(() => chat.connection.agentSetsStatus('resolved'));
    await eventually(() =>
      expect(chat.container.querySelector('[data-testid="rating"] legend')?.textContent).toBe(
        'How did we do?',
      ),
    );
    const four = chat.container.querySelector<HTMLButtonElement>('[data-testid="rate-4"]');
    expect(four?.getAttribute('aria-label')).toBe('4 out of 5');
    await act(() => four?.click());
    await eventually(() =>
      expect(chat.container.querySelector('[data-testid="rating-thanks"]')?.textContent).toBe(
        'Thank you for your feedback!',
      ),
    );
    expect(chat.connection.ratingsReceived).toEqual([{ rating: 4 }]);
  });
});

describe('who the shopper is', () => {
  it('tells the relay what the host page said, once connected, and keeps the profile it answers with', async () => {
    const connection = createMemoryConnection();
    const store = createChatStore(connection);
    const early = store.identify({ name: 'Mai' }); // Before the chat has connected.
    store.start();
    expect(await early).toBeUndefined();
    await settle();
    expect(connection.identifyReceived).toEqual([{ name: 'Mai' }]);
    expect(store.getState().profile).toEqual({ name: 'Mai', email: null, userId: null, verified: false });
    store.stop();
  });

  it('reports a refused identity (a wrong userHash) to the merchant’s console, not to the shopper', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const chat = await openChat();
    const answer = await chat.store.identify({ userId: 'u_42', userHash: '0'.repeat(64) });
    expect(answer?.ok).toBe(false);
    expect(warn.mock.calls.flat().join(' ')).toContain('identify refused (forbidden)');
    expect(chat.alert()).toBeNull();
  });
});

describe('what the conversation shows', () => {
  it('greets with the merchant’s line first, as text', async () => {
    const chat = await openChat({}, 'en-US', {}, { greeting: 'Hi! <b>Free</b> returns for 30 days.' });
    const greeting = chat.container.querySelector('[data-testid="greeting"]');
    expect(greeting?.querySelector('.text')?.textContent).toBe('Hi! <b>Free</b> returns for 30 days.');
    expect(greeting?.querySelector('b')).toBeNull();
    expect(chat.container.querySelector('.empty')).toBeNull();
  });

  it('turns http(s) addresses into safe links and nothing else', async () => {
    const chat = await openChat();
    await act(() => {
      chat.connection.agentSays(
        'Track it at https://track.example/p?id=7. Not javascript:alert(1) or <a href=x>',
      );
    });
    await settle();
    const links = [...chat.container.querySelectorAll<HTMLAnchorElement>('[data-author="agent"] a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['https://track.example/p?id=7']);
    expect(links[0]?.rel).toBe('noopener noreferrer nofollow');
    expect(links[0]?.target).toBe('_blank');
    expect(chat.container.querySelector('[data-author="agent"] .text')?.textContent).toBe(
      'Track it at https://track.example/p?id=7. Not javascript:alert(1) or <a href=x>',
    );
  });

  it('keeps the relay’s notes to agents out of the shopper’s view', async () => {
    const chat = await openChat();
    await act(() => {
      chat.connection.agentSays('The shopper asked to be answered by email.', { author: 'system' });
      chat.connection.agentSays('We will email you tomorrow.');
    });
    await settle();
    expect(chat.bubbles().map((bubble) => bubble.text)).toEqual(['We will email you tomorrow.']);
  });

  it('puts a picked emoji where the caret is', async () => {
    const chat = await openChat();
    await chat.type('Thanks !');
    chat.input().setSelectionRange(7, 7);
    await act(() => chat.container.querySelector<HTMLButtonElement>('[data-testid="emoji"]')?.click());
    await eventually(() =>
      expect(chat.container.querySelector('[data-testid="emoji-picker"]')).not.toBeNull(),
    );
    const thumbs = [
      ...chat.container.querySelectorAll<HTMLButtonElement>('[data-testid="emoji-picker"] button'),
    ].find((button) => button.textContent === '👍');
    await act(() => thumbs?.click());
    expect(chat.input().value).toBe('Thanks 👍!');
  });

  it('shows the saved conversation at once after a reload, before the relay answers', async () => {
    const saved = createMemorySavedChat();
    const first = createMemoryConnection();
    const firstPage = createChatStore(first, { saved });
    firstPage.start();
    await settle();
    firstPage.setDraft('Is this in stock?');
    firstPage.send();
    await settle();
    first.agentSays('Yes, 3 left.');
    await settle();
    firstPage.stop();
    expect(saved.history.map((message) => message.text)).toEqual(['Is this in stock?', 'Yes, 3 left.']);

    const offline = createMemoryConnection();
    offline.connect = () => {}; // The network is down: the handshake never happens.
    const secondPage = createChatStore(offline, { saved });
    secondPage.start();
    await settle();
    expect(secondPage.getState().messages.map((message) => message.text)).toEqual([
      'Is this in stock?',
      'Yes, 3 left.',
    ]);
    secondPage.stop();
  });
});

describe('photos', () => {
  const photo = (type = 'image/png', bytes = 10) => new File([new Uint8Array(bytes)], 'parcel.png', { type });
  const pick = (container: HTMLElement, files: File[]) =>
    act(() => {
      const input = container.querySelector<HTMLInputElement>('[data-testid="attach"] input');
      if (!input) throw new Error('No attach button.');
      Object.defineProperty(input, 'files', { value: files, configurable: true });
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });

  it('uploads a picked photo with the visitor token, previews it, and sends it with the message', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (url, init) => {
      expect(String(url)).toMatch(/\/api\/v1\/attachments$/);
      expect(new Headers(init?.headers).get('Authorization')).toBe('Visitor token_1');
      expect((init?.body as FormData | undefined)?.get('file')).toBeInstanceOf(File);
      const ref = {
        id: 'att_1',
        name: 'parcel.png',
        type: 'image/png',
        size: 10,
        url: '/api/v1/attachments/att_1',
      };
      return new Response(JSON.stringify({ data: ref }), { status: 201 });
    });
    const chat = await openChat({}, 'en-US', {}, { visitorToken: () => 'token_1' });
    expect(chat.container.querySelector('[data-testid="attach"] input')?.getAttribute('aria-label')).toBe(
      'Attach a photo',
    );
    await pick(chat.container, [photo()]);
    await eventually(() =>
      expect(chat.container.querySelector('[data-testid="pending-photos"] img')).not.toBeNull(),
    );
    expect(fetch).toHaveBeenCalledTimes(1);

    await chat.press('Enter'); // No caption: the photo goes out under its file name.
    await settle();
    expect(chat.connection.received).toEqual([
      expect.objectContaining({ text: 'parcel.png', attachmentIds: ['att_1'] }),
    ]);
    expect(chat.container.querySelector('[data-testid="pending-photos"]')).toBeNull();
    await eventually(() =>
      expect(chat.container.querySelector('[data-author="visitor"] img')).not.toBeNull(),
    );
    expect(fetch).toHaveBeenCalledTimes(1); // The preview is the local file, never downloaded again.
  });

  it('refuses what is not a photo, or too large, before uploading, and says why', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    const chat = await openChat({}, 'en-US', {}, { visitorToken: () => 'token_1' });
    await pick(chat.container, [new File(['%PDF'], 'invoice.pdf', { type: 'application/pdf' })]);
    await eventually(() =>
      expect(chat.alert()).toBe('Only photos can be sent here: JPEG, PNG, WebP or GIF.'),
    );
    await pick(chat.container, [photo('image/jpeg', 6 * 1024 * 1024)]);
    await eventually(() => expect(chat.alert()).toBe('That photo is too large. Photos can be up to 5 MB.'));
    expect(fetch).not.toHaveBeenCalled();
  });

  it('shows an agent’s photo fetched with the visitor token, and a file name for a PDF', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (_url, init) => {
      expect(new Headers(init?.headers).get('Authorization')).toBe('Visitor token_1');
      return new Response(new Blob([new Uint8Array(4)], { type: 'image/png' }));
    });
    const chat = await openChat({}, 'en-US', {}, { visitorToken: () => 'token_1' });
    const attachments = [
      { id: 'att_9', name: 'label.png', type: 'image/png', size: 4, url: '/api/v1/attachments/att_9' },
      {
        id: 'att_10',
        name: 'invoice.pdf',
        type: 'application/pdf',
        size: 4,
        url: '/api/v1/attachments/att_10',
      },
      // Never fetched with the token: it does not point at the relay's attachments.
      { id: 'att_11', name: 'evil.png', type: 'image/png', size: 4, url: 'https://evil.example/x.png' },
    ];
    await act(() => {
      chat.connection.agentSays('Here is your label', { attachments });
    });
    await eventually(() =>
      expect(chat.container.querySelector('[data-author="agent"] img')?.getAttribute('alt')).toBe(
        'label.png',
      ),
    );
    await eventually(() =>
      expect(chat.container.querySelector('[data-testid="attachment-file"]')?.textContent).toBe(
        'invoice.pdf',
      ),
    );
    expect(fetch.mock.calls.map(([url]) => String(url))).toEqual([
      `${location.origin}/api/v1/attachments/att_9`,
      `${location.origin}/api/v1/attachments/att_10`,
    ]);
    expect(chat.container.textContent).toContain('evil.png');
  });
});
