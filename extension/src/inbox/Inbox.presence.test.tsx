// What an agent notices about the buyer's presence and the conversation's state, through an in-memory relay:
// typing both ways, read marks both ways, assignment, resolution and the Open / Resolved / All filter.
import type { AgentSession, Analysis } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import {
  blur,
  click,
  get,
  getAll,
  getButton,
  getByLabel,
  mount,
  pressKey,
  setDocumentVisible,
  settle,
  textOf,
  typeInto,
  unmount,
  waitFor,
} from '../../test/dom.ts';
import { Inbox } from './Inbox.tsx';
import type { InboxTiming } from './inbox-store.ts';
import { MemoryAgentConnection } from './memory-connection.ts';

const THAI_ORDER: Analysis = {
  language: 'th',
  intent: 'order_status',
  urgency: 'normal',
  confidence: 0.9,
  degraded: false,
};

const ADMIN: AgentSession = { agentId: null, name: 'Admin', role: 'admin', language: 'en' };

async function openInbox(relay: MemoryAgentConnection, timing?: Partial<InboxTiming>) {
  const root = await mount(<Inbox connection={relay} {...(timing ? { timing } : {})} />);
  await waitFor(() => expect(get(root, '[data-testid="connection-status"]').dataset.state).toBe('connected'));
  await waitFor(() => expect(rows(root).length).toBeGreaterThan(0));
  return root;
}

function rows(root: HTMLElement) {
  return getAll(root, '[aria-label="Conversations"] li > button[data-testid="conversation-row"]');
}

function row(root: HTMLElement, conversationId: string) {
  return get(root, `[data-testid="conversation-row"][data-conversation-id="${conversationId}"]`);
}

function rowIds(root: HTMLElement) {
  return rows(root).map((r) => r.dataset.conversationId);
}

function messages(root: HTMLElement) {
  return getAll(root, '[role="log"] [data-testid="message"]');
}

async function openConversation(root: HTMLElement, conversationId: string) {
  await click(row(root, conversationId));
  await waitFor(() => expect(messages(root).length).toBeGreaterThan(0));
}

function oneConversation(id = 'c1') {
  const relay = new MemoryAgentConnection();
  relay.receiveVisitorMessage({ conversationId: id, text: 'พัสดุของฉันอยู่ไหน', analysis: THAI_ORDER });
  return relay;
}

async function reply(root: HTMLElement, text: string) {
  await typeInto(getByLabel<HTMLTextAreaElement>(root, 'Reply'), text);
  await click(getButton(root, 'Send'));
  await waitFor(() =>
    expect(
      messages(root).some(
        (m) => m.dataset.author === 'agent' && !m.dataset.state && textOf(m).includes(text),
      ),
    ).toBe(true),
  );
}

describe('buyer typing', () => {
  it('shows "Buyer is typing…" in the open conversation and on its row, and hides it on typing: false', async () => {
    const relay = oneConversation();
    relay.receiveVisitorMessage({ conversationId: 'c2', text: 'hello', analysis: THAI_ORDER });
    const root = await openInbox(relay);
    await openConversation(root, 'c1');
    expect(root.querySelector('[data-testid="typing-indicator"]')).toBeNull();

    relay.visitorTyping('c1', true);
    relay.visitorTyping('c2', true);

    await waitFor(() =>
      expect(textOf(get(root, '[data-testid="typing-indicator"]'))).toBe('Buyer is typing…'),
    );
    expect(get(root, '[data-testid="typing-indicator"]').parentElement!.getAttribute('aria-live')).toBe(
      'polite',
    );
    expect(row(root, 'c1').querySelector('[data-testid="row-typing"]')).not.toBeNull();
    expect(row(root, 'c2').querySelector('[data-testid="row-typing"]')).not.toBeNull();

    relay.visitorTyping('c1', false);

    await waitFor(() => expect(root.querySelector('[data-testid="typing-indicator"]')).toBeNull());
    expect(row(root, 'c1').querySelector('[data-testid="row-typing"]')).toBeNull();
    expect(row(root, 'c2').querySelector('[data-testid="row-typing"]')).not.toBeNull();
  });

  it('adds a translation that arrives after the message, without hiding a buyer who is typing again', async () => {
    const relay = oneConversation();
    const sent = relay.receiveVisitorMessage({
      conversationId: 'c1',
      text: 'ยังไม่ได้ของเลย',
      analysis: THAI_ORDER,
    });
    const root = await openInbox(relay);
    await openConversation(root, 'c1');
    relay.visitorTyping('c1', true);
    await waitFor(() => get(root, '[data-testid="typing-indicator"]'));

    relay.translateMessage('c1', sent.seq, 'en', 'Still no parcel');

    await waitFor(() => expect(textOf(root)).toContain('Still no parcel'));
    expect(
      getAll(root, '[data-testid="message"]').filter((m) => textOf(m).includes('ยังไม่ได้ของเลย')),
    ).toHaveLength(1);
    expect(root.querySelector('[data-testid="typing-indicator"]')).not.toBeNull();
  });

  it('hides the indicator on its own when no fresh typing: true arrives', async () => {
    // The exact 8 s default and its refresh by a fresh typing: true are pinned on a fake clock in inbox-store.test.ts.
    const relay = oneConversation();
    const root = await openInbox(relay, { typingTimeoutMs: 50 });
    await openConversation(root, 'c1');

    relay.visitorTyping('c1', true);
    await waitFor(() => get(root, '[data-testid="typing-indicator"]'));
    expect(row(root, 'c1').querySelector('[data-testid="row-typing"]')).not.toBeNull();

    await waitFor(() => expect(root.querySelector('[data-testid="typing-indicator"]')).toBeNull());
    expect(row(root, 'c1').querySelector('[data-testid="row-typing"]')).toBeNull();
  });

  it('hides the indicator when the buyer’s message arrives', async () => {
    const relay = oneConversation();
    const root = await openInbox(relay);
    await openConversation(root, 'c1');

    relay.visitorTyping('c1', true);
    await waitFor(() => get(root, '[data-testid="typing-indicator"]'));
    relay.receiveVisitorMessage({ conversationId: 'c1', text: 'ยังไม่ได้รับของเลย', analysis: THAI_ORDER });

    await waitFor(() => expect(messages(root)).toHaveLength(2));
    expect(root.querySelector('[data-testid="typing-indicator"]')).toBeNull();
  });
});

describe('agent typing', () => {
  it('sends typing: true at most once per throttle interval while the agent types', async () => {
    const relay = oneConversation();
    const root = await openInbox(relay, { typingThrottleMs: 250, typingIdleMs: 5000 });
    await openConversation(root, 'c1');
    const box = getByLabel<HTMLTextAreaElement>(root, 'Reply');

    for (const draft of ['P', 'Pl', 'Ple', 'Plea', 'Pleas', 'Please']) await typeInto(box, draft);
    expect(relay.typingSent).toEqual([{ conversationId: 'c1', typing: true }]);

    await settle(300);
    await typeInto(box, 'Please w');
    await typeInto(box, 'Please wa');
    expect(relay.typingSent).toEqual([
      { conversationId: 'c1', typing: true },
      { conversationId: 'c1', typing: true },
    ]);
  });

  it('sends typing: false once on send, on leaving the box, on going idle and on clearing the box', async () => {
    const relay = oneConversation();
    const root = await openInbox(relay, { typingIdleMs: 80 });
    await openConversation(root, 'c1');
    const box = getByLabel<HTMLTextAreaElement>(root, 'Reply');
    const sent = () => relay.typingSent.map((t) => t.typing);

    await typeInto(box, 'On its way');
    await pressKey(box, 'Enter');
    await waitFor(() => expect(box.value).toBe(''));
    expect(sent()).toEqual([true, false]);

    await typeInto(box, 'Anything else?');
    await blur(box);
    await blur(box);
    expect(sent()).toEqual([true, false, true, false]);

    await typeInto(box, 'Anything else? We');
    await waitFor(() => expect(sent()).toEqual([true, false, true, false, true, false]));

    await typeInto(box, 'x');
    await typeInto(box, '');
    expect(sent()).toEqual([true, false, true, false, true, false, true, false]);
    expect(relay.typingSent.every((t) => t.conversationId === 'c1')).toBe(true);
  });

  it('stops typing in a conversation the agent leaves', async () => {
    const relay = oneConversation();
    const root = await openInbox(relay);
    await openConversation(root, 'c1');

    await typeInto(getByLabel<HTMLTextAreaElement>(root, 'Reply'), 'Half a thought');
    await click(get(root, '.back-button'));

    expect(relay.typingSent).toEqual([
      { conversationId: 'c1', typing: true },
      { conversationId: 'c1', typing: false },
    ]);
  });
});

describe('read marks', () => {
  it('marks the open conversation read up to the newest buyer message while the inbox is visible', async () => {
    const relay = oneConversation();
    relay.receiveVisitorMessage({ conversationId: 'c1', text: 'second', analysis: THAI_ORDER });
    const root = await openInbox(relay);
    expect(row(root, 'c1').dataset.unread).toBe('true');

    await openConversation(root, 'c1');

    await waitFor(() => expect(relay.readsSent).toEqual([{ conversationId: 'c1', seq: 2 }]));
    await waitFor(() => expect(relay.conversation('c1').agentReadSeq).toBe(2));
    expect(row(root, 'c1').dataset.unread).toBeUndefined();
    expect(row(root, 'c1').querySelector('[data-testid="unread-dot"]')).toBeNull();

    // A new buyer message in the open conversation is read at once, moving the mark forward.
    relay.receiveVisitorMessage({ conversationId: 'c1', text: 'third', analysis: THAI_ORDER });
    await waitFor(() => expect(relay.readsSent.at(-1)).toEqual({ conversationId: 'c1', seq: 3 }));
  });

  it('sends nothing while the page is hidden, and catches up when it is shown again', async () => {
    const relay = oneConversation();
    const root = await openInbox(relay);
    await setDocumentVisible(false);

    await openConversation(root, 'c1');
    relay.receiveVisitorMessage({ conversationId: 'c1', text: 'are you there?', analysis: THAI_ORDER });
    await waitFor(() => expect(messages(root)).toHaveLength(2));
    await settle();

    expect(relay.readsSent).toEqual([]);
    expect(row(root, 'c1').dataset.unread).toBe('true');

    await setDocumentVisible(true);

    await waitFor(() => expect(relay.readsSent).toEqual([{ conversationId: 'c1', seq: 2 }]));
    await waitFor(() => expect(row(root, 'c1').dataset.unread).toBeUndefined());
  });

  it('only ever moves the mark forward', async () => {
    const relay = oneConversation();
    relay.receiveVisitorMessage({ conversationId: 'c1', text: 'second', analysis: THAI_ORDER });
    relay.receiveVisitorMessage({ conversationId: 'c2', text: 'other buyer', analysis: THAI_ORDER });
    // Another agent already read c2 to its end: nothing to send for it.
    relay.readElsewhere('c2', 1);
    const root = await openInbox(relay);

    await openConversation(root, 'c1');
    await waitFor(() => expect(relay.readsSent).toHaveLength(1));
    // Leaving and coming back, hiding and showing, and an agent reply do not resend the same mark.
    await click(row(root, 'c2'));
    await waitFor(() => expect(messages(root).map(textOf).join()).toContain('other buyer'));
    await click(row(root, 'c1'));
    await setDocumentVisible(false);
    await setDocumentVisible(true);
    await reply(root, 'Checking now.');
    await settle();

    expect(relay.readsSent).toEqual([{ conversationId: 'c1', seq: 2 }]);
  });

  it('sends the mark again after a refused one, once the link is back', async () => {
    const relay = oneConversation();
    relay.refuseNext('markRead', { code: 'rate_limited', message: 'Slow down.' });
    const root = await openInbox(relay);

    await openConversation(root, 'c1');
    await waitFor(() => expect(relay.readsSent).toHaveLength(1));
    await waitFor(() => expect(row(root, 'c1').dataset.unread).toBe('true'));

    relay.dropLink();
    relay.restoreLink();

    await waitFor(() => expect(relay.readsSent).toHaveLength(2));
    await waitFor(() => expect(row(root, 'c1').dataset.unread).toBeUndefined());
    expect(relay.conversation('c1').agentReadSeq).toBe(1);
  });

  it('keeps unread state across a reload, because it comes from the relay', async () => {
    const relay = oneConversation('read-one');
    relay.receiveVisitorMessage({ conversationId: 'unread-one', text: 'hello?', analysis: THAI_ORDER });
    const first = await openInbox(relay);
    await openConversation(first, 'read-one');
    await waitFor(() => expect(relay.conversation('read-one').agentReadSeq).toBe(1));
    await unmount(first);

    // A new inbox (a new store) built only from the relay's summaries.
    const second = await openInbox(relay);
    await waitFor(() => expect(rows(second)).toHaveLength(2));

    expect(row(second, 'read-one').dataset.unread).toBeUndefined();
    expect(row(second, 'unread-one').dataset.unread).toBe('true');
    expect(row(second, 'unread-one').querySelector('[data-testid="unread-dot"]')).not.toBeNull();
  });
});

describe('"Seen"', () => {
  it('appears under the newest agent message the buyer has read, after a read event', async () => {
    const relay = oneConversation();
    const root = await openInbox(relay);
    await openConversation(root, 'c1');
    await reply(root, 'First answer.');
    await reply(root, 'Second answer.');
    expect(root.querySelector('[data-testid="message-seen"]')).toBeNull();

    relay.visitorRead('c1', 2);

    const seen = await waitFor(() => get(root, '[data-testid="message-seen"]'));
    expect(textOf(seen)).toBe('Seen');
    expect(textOf(seen.closest('[data-testid="message"]')!)).toContain('First answer.');

    relay.visitorRead('c1', 3);

    await waitFor(() =>
      expect(textOf(get(root, '[data-testid="message-seen"]').closest('[data-testid="message"]')!)).toContain(
        'Second answer.',
      ),
    );
    expect(getAll(root, '[data-testid="message-seen"]')).toHaveLength(1);
  });

  it('is never shown under a buyer message', async () => {
    const relay = oneConversation();
    const root = await openInbox(relay);
    await openConversation(root, 'c1');

    relay.visitorRead('c1', 1);
    await settle();

    expect(root.querySelector('[data-testid="message-seen"]')).toBeNull();
  });
});

describe('assignment and resolution', () => {
  it('assigns to me and back, updating the row and the header', async () => {
    const relay = oneConversation();
    const root = await openInbox(relay);
    await openConversation(root, 'c1');
    expect(textOf(get(root, '[data-testid="conversation-assignee"]'))).toBe('Unassigned');

    await click(getButton(root, 'Assign to me'));

    await waitFor(() =>
      expect(textOf(get(root, '[data-testid="conversation-assignee"]'))).toBe('Assigned to you'),
    );
    expect(textOf(get(row(root, 'c1'), '[data-testid="assigned-to-me"]'))).toBe('Assigned to you');
    expect(relay.conversation('c1').assigneeId).toBe('agent-1');
    const toggle = getButton(root, 'Unassign');

    await click(toggle);

    await waitFor(() =>
      expect(textOf(get(root, '[data-testid="conversation-assignee"]'))).toBe('Unassigned'),
    );
    expect(row(root, 'c1').querySelector('[data-testid="assigned-to-me"]')).toBeNull();
    expect(relay.conversation('c1').assigneeId).toBeNull();
    // The same button, relabelled, so keyboard focus stays where it was.
    expect(getButton(root, 'Assign to me')).toBe(toggle);
  });

  it('shows when another agent holds the conversation, and lets me take it over', async () => {
    const relay = oneConversation();
    relay.assignElsewhere('c1', 'agent-2');
    const root = await openInbox(relay);
    await openConversation(root, 'c1');

    expect(textOf(get(root, '[data-testid="conversation-assignee"]'))).toBe('Assigned to another agent');
    expect(row(root, 'c1').querySelector('[data-testid="assigned-to-me"]')).toBeNull();
    await click(getButton(root, 'Assign to me'));
    await waitFor(() => expect(relay.conversation('c1').assigneeId).toBe('agent-1'));
  });

  it('resolves, shows the status, and keeps focus in the header', async () => {
    const relay = oneConversation();
    const root = await openInbox(relay);
    await openConversation(root, 'c1');
    const status = get(root, '[data-testid="conversation-status"]');
    expect(status.dataset.status).toBe('open');
    expect(textOf(status)).toContain('Open');

    const resolve = getButton(root, 'Resolve');
    resolve.focus();
    await click(resolve);

    await waitFor(() =>
      expect(get(root, '[data-testid="conversation-status"]').dataset.status).toBe('resolved'),
    );
    expect(textOf(get(root, '[data-testid="conversation-status"]'))).toMatch(/^Resolved/);
    expect(document.activeElement).toBe(get(root, '[data-testid="conversation-status"]'));
    expect(() => getButton(root, 'Resolve')).toThrow();
    expect(relay.conversation('c1').status).toBe('resolved');
    // Gone from the default Open list; the open conversation itself stays on screen.
    expect(rowIds(root)).toEqual([]);
    expect(messages(root)).toHaveLength(1);
  });

  it('shows the coded reason when the relay refuses to assign or resolve, and changes nothing', async () => {
    const relay = oneConversation();
    const root = await openInbox(relay);
    await openConversation(root, 'c1');

    relay.refuseNext('assign', { code: 'forbidden', message: 'You cannot take conversations on this site.' });
    await click(getButton(root, 'Assign to me'));

    const assignError = await waitFor(() => get(root, '[role="alert"][data-testid="action-error"]'));
    expect(assignError.dataset.code).toBe('forbidden');
    expect(textOf(assignError)).toContain('Could not assign (forbidden)');
    expect(textOf(assignError)).toContain('You cannot take conversations on this site.');
    expect(textOf(get(root, '[data-testid="conversation-assignee"]'))).toBe('Unassigned');
    expect(row(root, 'c1').querySelector('[data-testid="assigned-to-me"]')).toBeNull();

    relay.refuseNext('resolve', { code: 'not_found', message: 'No such conversation.' });
    await click(getButton(root, 'Resolve'));

    await waitFor(() =>
      expect(textOf(get(root, '[data-testid="action-error"]'))).toContain('Could not resolve (not_found)'),
    );
    expect(get(root, '[data-testid="conversation-status"]').dataset.status).toBe('open');
    expect(row(root, 'c1').dataset.status).toBe('open');

    // The next attempt that works clears the error.
    await click(getButton(root, 'Resolve'));
    await waitFor(() =>
      expect(get(root, '[data-testid="conversation-status"]').dataset.status).toBe('resolved'),
    );
    expect(root.querySelector('[data-testid="action-error"]')).toBeNull();
  });

  it('offers no assignment to the admin token, which is not an agent, but still lets it resolve', async () => {
    const relay = new MemoryAgentConnection({ session: ADMIN });
    relay.receiveVisitorMessage({ conversationId: 'c1', text: 'hello', analysis: THAI_ORDER });
    const root = await openInbox(relay);
    await openConversation(root, 'c1');

    expect(() => getButton(root, 'Assign to me')).toThrow();
    expect(() => getButton(root, 'Unassign')).toThrow();
    expect(root.querySelector('[data-testid="assign-button"]')).toBeNull();
    await click(getButton(root, 'Resolve'));
    await waitFor(() => expect(relay.conversation('c1').status).toBe('resolved'));
  });

  it('picks up assignment and resolution made elsewhere, live', async () => {
    const relay = oneConversation();
    const root = await openInbox(relay);
    await openConversation(root, 'c1');

    relay.assignElsewhere('c1', 'agent-1');
    await waitFor(() =>
      expect(row(root, 'c1').querySelector('[data-testid="assigned-to-me"]')).not.toBeNull(),
    );
    relay.resolveElsewhere('c1');
    await waitFor(() =>
      expect(get(root, '[data-testid="conversation-status"]').dataset.status).toBe('resolved'),
    );
  });
});

describe('list filter', () => {
  it('shows open conversations by default, and resolved or all on request', async () => {
    const relay = oneConversation('open-1');
    relay.receiveVisitorMessage({ conversationId: 'done-1', text: 'thanks!', analysis: THAI_ORDER });
    relay.receiveVisitorMessage({ conversationId: 'open-2', text: 'hello', analysis: THAI_ORDER });
    relay.resolveElsewhere('done-1');
    const root = await openInbox(relay);
    await waitFor(() => expect(rowIds(root).sort()).toEqual(['open-1', 'open-2']));

    const open = getByLabel(root, 'Open');
    const resolved = getByLabel(root, 'Resolved');
    const all = getByLabel(root, 'All');
    expect([open.type, resolved.type, all.type]).toEqual(['radio', 'radio', 'radio']);
    expect(open.checked).toBe(true);
    expect(open.closest('fieldset')!.querySelector('legend')!.textContent).toBe('Show conversations');

    await click(resolved);
    expect(rowIds(root)).toEqual(['done-1']);
    expect(textOf(get(row(root, 'done-1'), '[data-testid="row-resolved"]'))).toBe('Resolved');

    await click(all);
    // Resolved conversations sink below open ones.
    expect(rowIds(root)).toHaveLength(3);
    expect(rowIds(root).at(-1)).toBe('done-1');

    await click(open);
    expect(rowIds(root).sort()).toEqual(['open-1', 'open-2']);
  });

  it('says so when a filter has nothing to show', async () => {
    const relay = oneConversation();
    const root = await openInbox(relay);

    await click(getByLabel(root, 'Resolved'));

    expect(rows(root)).toHaveLength(0);
    expect(textOf(root)).toContain('No resolved conversations.');
  });
});
