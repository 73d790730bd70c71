import type { Analysis } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { MemoryAgentConnection } from '../inbox/memory-connection.ts';
import { type ChatNotification, watchChats } from './chat-notifications.ts';

const safety: Analysis = {
  language: 'th',
  intent: 'product_safety',
  urgency: 'high',
  confidence: 0.9,
  degraded: false,
};

describe('notifications from the background worker', () => {
  it('announces a new chat once, and every urgent message, but not the rest of the conversation', async () => {
    const connection = new MemoryAgentConnection();
    const shown: [string, ChatNotification][] = [];
    watchChats(connection, (id, notification) => shown.push([id, notification]));
    const connected = new Promise<void>((resolve) =>
      connection.onStatus((status) => status.state === 'connected' && resolve()),
    );
    connection.connect();
    await connected;
    connection.receiveVisitorMessage({ conversationId: 'c1', text: 'hello, is this in stock?' });
    connection.receiveVisitorMessage({ conversationId: 'c1', text: 'the blue one' });
    connection.receiveVisitorMessage({
      conversationId: 'c1',
      text: 'ใช้ครีมนี้แล้วแพ้ค่ะ <b>ผื่นขึ้น</b>',
      analysis: safety,
    });
    expect(shown.map(([, n]) => n.title)).toEqual(['New chat', 'Urgent: Product safety']);
    const urgent = shown[1]![1];
    expect(urgent.requireInteraction).toBe(true);
    // Shown as plain text, markup and all: Chrome never renders a notification as HTML.
    expect(urgent.message).toContain('<b>ผื่นขึ้น</b>');
  });
});
