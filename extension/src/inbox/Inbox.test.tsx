// What an agent notices in the inbox, driven through an in-memory relay: live rows, tags, replies, errors, resync.
import type { Analysis } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import {
  click,
  get,
  getAll,
  getButton,
  getByLabel,
  mount,
  pressKey,
  textOf,
  typeInto,
  waitFor,
} from '../../test/dom.ts';
import { Inbox } from './Inbox.tsx';
import { ConnectionError } from './inbox-error.ts';
import { MemoryAgentConnection } from './memory-connection.ts';

const THAI_ALLERGY = 'ฉันแพ้ครีมนี้ ผื่นขึ้นเต็มหน้า ต้องทำอย่างไรดี';
const THAI_SAFETY: Analysis = {
  language: 'th',
  intent: 'product_safety',
  urgency: 'high',
  confidence: 0.94,
  degraded: false,
};
const THAI_ORDER: Analysis = {
  language: 'th',
  intent: 'order_status',
  urgency: 'normal',
  confidence: 0.9,
  degraded: false,
};
const VI_ORDER: Analysis = {
  language: 'vi',
  intent: 'order_status',
  urgency: 'normal',
  confidence: 0.9,
  degraded: false,
};

async function openInbox(relay = new MemoryAgentConnection()) {
  const root = await mount(<Inbox connection={relay} />);
  await waitFor(() => expect(get(root, '[data-testid="connection-status"]').dataset.state).toBe('connected'));
  return { relay, root };
}

function rows(root: HTMLElement) {
  return getAll(root, '[aria-label="Conversations"] li > button[data-testid="conversation-row"]');
}

function messages(root: HTMLElement) {
  return getAll(root, '[role="log"] [data-testid="message"]');
}

async function openConversation(root: HTMLElement, conversationId: string) {
  await click(get(root, `[data-conversation-id="${conversationId}"]`));
  await waitFor(() => expect(messages(root).length).toBeGreaterThan(0));
}

describe('Inbox', () => {
  it('shows a conversation that arrives while the inbox is open, without a reload', async () => {
    const { relay, root } = await openInbox();
    await waitFor(() => expect(textOf(root)).toContain('No conversations yet'));

    relay.receiveVisitorMessage({ conversationId: 'c1', text: 'พัสดุของฉันอยู่ไหน', analysis: THAI_ORDER });

    const row = await waitFor(() => {
      const [first] = rows(root);
      if (!first) throw new Error('no row yet');
      return first;
    });
    expect(textOf(row)).toContain('Thai');
    expect(get(row, '[data-testid="conversation-language"]').title).toBe('Thai');
    expect(textOf(row)).toContain('Order status');
    expect(textOf(row)).toContain('พัสดุของฉันอยู่ไหน');
    expect(row.querySelector('[data-testid="unread-dot"]')).not.toBeNull();
  });

  it('puts high-urgency conversations first, then the most recent', async () => {
    const relay = new MemoryAgentConnection();
    relay.receiveVisitorMessage({
      conversationId: 'older-safety',
      text: THAI_ALLERGY,
      analysis: THAI_SAFETY,
    });
    relay.receiveVisitorMessage({ conversationId: 'old', text: 'Xin chào', analysis: VI_ORDER });
    relay.receiveVisitorMessage({
      conversationId: 'newest',
      text: 'Đơn hàng của tôi đâu?',
      analysis: VI_ORDER,
    });
    const { root } = await openInbox(relay);

    await waitFor(() =>
      expect(rows(root).map((r) => r.dataset.conversationId)).toEqual(['older-safety', 'newest', 'old']),
    );
    expect(textOf(rows(root)[0]!)).toContain('⚠ Safety');
  });

  it('shows the selected conversation with each buyer message tagged by language and intent', async () => {
    const relay = new MemoryAgentConnection();
    relay.receiveVisitorMessage({
      conversationId: 'c1',
      text: 'พัสดุของฉันอยู่ไหน',
      analysis: THAI_ORDER,
      translations: { en: 'Where is my parcel?' },
    });
    const { root } = await openInbox(relay);
    await waitFor(() => expect(rows(root)).toHaveLength(1));

    await openConversation(root, 'c1');

    const [bubble] = messages(root);
    expect(bubble!.dataset.author).toBe('visitor');
    expect(textOf(get(bubble!, '[data-testid="message-language"]'))).toBe('Thai');
    expect(textOf(get(bubble!, '[data-testid="message-intent"]'))).toBe('Order status');
    expect(textOf(bubble!)).toContain('Where is my parcel?');
    // Opening the conversation means the agent has seen it.
    expect(rows(root)[0]!.querySelector('[data-testid="unread-dot"]')).toBeNull();
  });

  it('marks a product-safety message as high urgency in words, not only in colour', async () => {
    const relay = new MemoryAgentConnection();
    relay.receiveVisitorMessage({ conversationId: 'c1', text: THAI_ALLERGY, analysis: THAI_SAFETY });
    const { root } = await openInbox(relay);
    await waitFor(() => expect(rows(root)).toHaveLength(1));

    await openConversation(root, 'c1');

    const [bubble] = messages(root);
    expect(textOf(get(bubble!, '[data-testid="urgency-marker"]'))).toBe('⚠ Product safety — high urgency');
    expect(textOf(get(bubble!, '[data-testid="message-intent"]'))).toBe('Product safety');
    expect(textOf(get(bubble!, '[data-testid="message-language"]'))).toBe('Thai');
    expect(bubble!.classList.contains('message--safety')).toBe(true);
  });

  it('shows a reply as sending at once, then as sent, and clears the box', async () => {
    const relay = new MemoryAgentConnection();
    relay.receiveVisitorMessage({ conversationId: 'c1', text: THAI_ALLERGY, analysis: THAI_SAFETY });
    const { root } = await openInbox(relay);
    await waitFor(() => expect(rows(root)).toHaveLength(1));
    await openConversation(root, 'c1');

    const release = relay.holdReplies();
    const box = getByLabel<HTMLTextAreaElement>(root, 'Reply');
    await typeInto(box, 'Please stop using the cream. We will refund you.');
    await pressKey(box, 'Enter');

    const pending = await waitFor(() => get(root, '[data-testid="message"][data-state="sending"]'));
    expect(textOf(pending)).toContain('Please stop using the cream.');
    release();

    await waitFor(() => {
      const sent = messages(root).filter((m) => m.dataset.author === 'agent' && !m.dataset.state);
      expect(sent.map(textOf).join()).toContain('Please stop using the cream. We will refund you.');
    });
    expect(root.querySelector('[data-state="sending"]')).toBeNull();
    expect(getByLabel<HTMLTextAreaElement>(root, 'Reply').value).toBe('');
  });

  it('keeps the text and shows the coded reason when the relay refuses a reply', async () => {
    const relay = new MemoryAgentConnection();
    relay.receiveVisitorMessage({ conversationId: 'c1', text: 'hello', analysis: THAI_ORDER });
    const { root } = await openInbox(relay);
    await waitFor(() => expect(rows(root)).toHaveLength(1));
    await openConversation(root, 'c1');
    relay.refuseNextReply({ code: 'rate_limited', message: 'Too many replies; wait a few seconds.' });

    await typeInto(getByLabel<HTMLTextAreaElement>(root, 'Reply'), 'ขอบคุณค่ะ');
    await click(getButton(root, 'Send'));

    const alert = await waitFor(() => get(root, '[role="alert"][data-testid="reply-error"]'));
    expect(textOf(alert)).toContain('rate_limited');
    expect(textOf(alert)).toContain('Too many replies; wait a few seconds.');
    expect(getByLabel<HTMLTextAreaElement>(root, 'Reply').value).toBe('ขอบคุณค่ะ');
    expect(messages(root).filter((m) => m.dataset.author === 'agent')).toHaveLength(0);
  });

  it('refuses an empty reply locally with the same code the relay would use', async () => {
    const relay = new MemoryAgentConnection();
    relay.receiveVisitorMessage({ conversationId: 'c1', text: 'hello', analysis: THAI_ORDER });
    const { root } = await openInbox(relay);
    await waitFor(() => expect(rows(root)).toHaveLength(1));
    await openConversation(root, 'c1');

    await typeInto(getByLabel<HTMLTextAreaElement>(root, 'Reply'), '   \n ');
    await click(getButton(root, 'Send'));

    expect(textOf(get(root, '[data-testid="reply-error"]'))).toContain('message_empty');
  });

  it('lets Shift+Enter add a line instead of sending', async () => {
    const relay = new MemoryAgentConnection();
    relay.receiveVisitorMessage({ conversationId: 'c1', text: 'hello', analysis: THAI_ORDER });
    const { root } = await openInbox(relay);
    await waitFor(() => expect(rows(root)).toHaveLength(1));
    await openConversation(root, 'c1');

    const box = getByLabel<HTMLTextAreaElement>(root, 'Reply');
    await typeInto(box, 'first line');
    await pressKey(box, 'Enter', { shiftKey: true });
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(root.querySelector('[data-state="sending"]')).toBeNull();
    expect(messages(root).filter((m) => m.dataset.author === 'agent')).toHaveLength(0);
    expect(box.value).toBe('first line');
  });

  it('renders markup in a buyer message as literal text', async () => {
    const relay = new MemoryAgentConnection();
    const hostile = '<img src=x onerror=alert(1)> <b>bold</b>';
    relay.receiveVisitorMessage({ conversationId: 'c1', text: hostile, analysis: THAI_ORDER });
    const { root } = await openInbox(relay);
    await waitFor(() => expect(rows(root)).toHaveLength(1));
    await openConversation(root, 'c1');

    expect(get(messages(root)[0]!, '.message-text').textContent).toBe(hostile);
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
  });

  it('catches up on messages and conversations missed while the link was down', async () => {
    const relay = new MemoryAgentConnection();
    relay.receiveVisitorMessage({ conversationId: 'c1', text: 'first', analysis: THAI_ORDER });
    const { root } = await openInbox(relay);
    await waitFor(() => expect(rows(root)).toHaveLength(1));
    await openConversation(root, 'c1');

    relay.dropLink();
    await waitFor(() =>
      expect(textOf(get(root, '[data-testid="connection-status"]'))).toContain('Reconnecting'),
    );
    relay.receiveVisitorMessage({
      conversationId: 'c1',
      text: 'second, sent while you were away',
      analysis: THAI_ORDER,
    });
    relay.receiveVisitorMessage({ conversationId: 'c2', text: 'a new buyer', analysis: VI_ORDER });
    relay.restoreLink();

    await waitFor(() =>
      expect(messages(root).map(textOf).join('|')).toContain('second, sent while you were away'),
    );
    await waitFor(() => expect(rows(root)).toHaveLength(2));
    expect(messages(root).filter((m) => m.dataset.author === 'visitor')).toHaveLength(2);
  });

  it('says plainly that a token was refused', async () => {
    const relay = new MemoryAgentConnection();
    relay.refuseHandshakes({ code: 'unauthorized', message: 'This agent token is not valid.' });
    const root = await mount(<Inbox connection={relay} />);

    const status = await waitFor(() => {
      const el = get(root, '[data-testid="connection-status"]');
      expect(el.dataset.state).toBe('error');
      return el;
    });
    expect(status.getAttribute('role')).toBe('alert');
    expect(textOf(status)).toContain('unauthorized');
    expect(textOf(status)).toContain('This agent token is not valid.');
    expect(textOf(status)).toContain('Check the agent token in Settings.');
  });

  it('delivers a reply once when it is re-sent after a timeout', async () => {
    // The relay stored the first attempt but its ack was lost; the retry must not duplicate it.
    class LostAckRelay extends MemoryAgentConnection {
      lost = false;
      override async reply(payload: Parameters<MemoryAgentConnection['reply']>[0]) {
        const message = await super.reply(payload);
        if (this.lost) return message;
        this.lost = true;
        throw new ConnectionError('timeout', 'The relay did not answer within 10 seconds.');
      }
    }
    const relay = new LostAckRelay();
    relay.receiveVisitorMessage({ conversationId: 'c1', text: 'hello', analysis: THAI_ORDER });
    const { root } = await openInbox(relay);
    await waitFor(() => expect(rows(root)).toHaveLength(1));
    await openConversation(root, 'c1');

    await typeInto(getByLabel<HTMLTextAreaElement>(root, 'Reply'), 'On its way today.');
    await click(getButton(root, 'Send'));
    await waitFor(() => expect(textOf(get(root, '[data-testid="reply-error"]'))).toContain('timeout'));
    await click(getButton(root, 'Send'));

    await waitFor(() => expect(getByLabel<HTMLTextAreaElement>(root, 'Reply').value).toBe(''));
    const agentMessages = await relay.listMessages({ conversationId: 'c1' });
    expect(agentMessages.filter((m) => m.author === 'agent')).toHaveLength(1);
    expect(messages(root).filter((m) => m.dataset.author === 'agent')).toHaveLength(1);
  });
});
