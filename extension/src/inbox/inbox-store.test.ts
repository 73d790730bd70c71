// The inbox store's timing rules at their real defaults, on a fake clock: typing hides after ~8 s, typing is
// throttled, idle ends it; and read marks never move backwards whatever order summaries arrive in.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_TIMING, InboxStore, isUnread } from './inbox-store.ts';
import { MemoryAgentConnection } from './memory-connection.ts';

function setup() {
  const relay = new MemoryAgentConnection();
  relay.receiveVisitorMessage({ conversationId: 'c1', text: 'hello' });
  const store = new InboxStore(relay);
  const stop = store.start();
  return { relay, store, stop };
}

describe('InboxStore timing', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('uses an 8 s typing timeout, a 3 s throttle and a 5 s idle by default', () => {
    expect(DEFAULT_TIMING).toEqual({ typingTimeoutMs: 8000, typingThrottleMs: 3000, typingIdleMs: 5000 });
  });

  it('hides the buyer’s typing 8 s after the last typing: true', async () => {
    const { relay, store, stop } = setup();
    await vi.advanceTimersByTimeAsync(10);

    relay.visitorTyping('c1', true);
    expect(store.state.buyerTyping.c1).toBe(true);
    await vi.advanceTimersByTimeAsync(7000);
    relay.visitorTyping('c1', true);
    await vi.advanceTimersByTimeAsync(7999);
    expect(store.state.buyerTyping.c1).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.state.buyerTyping.c1).toBeUndefined();
    stop();
  });

  it('forgets the buyer’s typing when the link drops', async () => {
    const { relay, store, stop } = setup();
    await vi.advanceTimersByTimeAsync(10);

    relay.visitorTyping('c1', true);
    relay.dropLink();

    expect(store.state.buyerTyping).toEqual({});
    stop();
  });

  it('sends typing: true at most every 3 s, and typing: false after 5 s idle', async () => {
    const { relay, store, stop } = setup();
    await vi.advanceTimersByTimeAsync(10);
    store.select('c1');

    store.setDraft('c1', 'a');
    await vi.advanceTimersByTimeAsync(1000);
    store.setDraft('c1', 'ab');
    await vi.advanceTimersByTimeAsync(1999);
    store.setDraft('c1', 'abc');
    expect(relay.typingSent.map((t) => t.typing)).toEqual([true]);
    await vi.advanceTimersByTimeAsync(1);
    store.setDraft('c1', 'abcd');
    expect(relay.typingSent.map((t) => t.typing)).toEqual([true, true]);

    await vi.advanceTimersByTimeAsync(4999);
    expect(relay.typingSent.map((t) => t.typing)).toEqual([true, true]);
    await vi.advanceTimersByTimeAsync(1);
    expect(relay.typingSent.map((t) => t.typing)).toEqual([true, true, false]);
    stop();
  });

  it('tells the relay the agent stopped typing when the inbox closes', async () => {
    const { relay, store, stop } = setup();
    await vi.advanceTimersByTimeAsync(10);
    store.select('c1');
    store.setDraft('c1', 'half a sentence');

    stop();

    expect(relay.typingSent.map((t) => t.typing)).toEqual([true, false]);
  });
});

describe('InboxStore read state', () => {
  it('keeps read marks when an older copy of the conversation arrives later', async () => {
    const { relay, store, stop } = setup();
    await vi.waitFor(() => expect(store.state.listed).toBe(true));
    const stale = relay.conversation('c1');

    relay.visitorRead('c1', 1);
    relay.readElsewhere('c1', 1);
    await vi.waitFor(() => expect(store.state.conversations.c1?.agentReadSeq).toBe(1));
    expect(store.state.conversations.c1?.visitorReadSeq).toBe(1);

    // A list response that left the relay before those marks.
    relay.listConversations = async () => [stale];
    relay.dropLink();
    relay.restoreLink();
    await vi.waitFor(() => expect(store.state.status.state).toBe('connected'));
    await new Promise((resolve) => setTimeout(resolve, 10));

    expect(store.state.conversations.c1?.agentReadSeq).toBe(1);
    expect(store.state.conversations.c1?.visitorReadSeq).toBe(1);
    expect(isUnread(store.state, store.state.conversations.c1!)).toBe(false);
    stop();
  });

  it('sends no read mark until the store is told the agent can see the inbox', async () => {
    const { relay, store, stop } = setup();
    await vi.waitFor(() => expect(store.state.listed).toBe(true));
    store.select('c1');
    await vi.waitFor(() => expect(store.state.messageLoads.c1?.state).toBe('loaded'));
    expect(relay.readsSent).toEqual([]);

    store.setVisible(true);

    await vi.waitFor(() => expect(relay.readsSent).toEqual([{ conversationId: 'c1', seq: 1 }]));
    stop();
  });
});
