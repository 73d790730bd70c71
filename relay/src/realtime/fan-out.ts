// Delivers what happened to everyone else who should see it: the shopper's tabs and the site's agents, on any process.
import type { ConversationSummary, Message, VisitorConversationState } from '@parley/shared';
import type { Posted } from '../messaging.ts';
import { forVisitor } from '../messaging.ts';
import type { RelayMetrics } from '../metrics.ts';
import { agentRoom, siteAudience, visitorRoom } from './rooms.ts';
import type { AgentNamespace, AgentSocket, VisitorNamespace, VisitorSocket } from './types.ts';

/** Where a conversation's events go. */
export interface ConversationAddress {
  id: string;
  siteId: string;
  visitorId: string;
}

/**
 * Every method broadcasts through the Socket.IO adapter, so with REDIS_URL the events reach sockets held by
 * other relay processes too. A `sender` socket is left out: it already has the result in its ack.
 */
export interface FanOut {
  /** After a visitor's message is acked: their other tabs, then the site's agents (with analysis). */
  visitorMessage(posted: Posted, options?: { sender?: VisitorSocket; receivedAt?: number }): void;
  /** A shopper's message with a translation added: the site's agents replace their copy. */
  messageTranslated(message: Message, conversation: ConversationAddress): void;
  /** After an agent's reply is stored: the shopper (every tab), then the site's agents. */
  agentReply(posted: Posted, options?: { sender?: AgentSocket }): void;
  /** Assignment, resolution, read marks, the visitor's profile: the site's agents refresh their inbox row. */
  conversationUpdated(summary: ConversationSummary): void;
  /**
   * The conversation as its shopper sees it changed (resolved, reopened, rated): every tab of the visitor, but the
   * sender's, which has it in its ack.
   */
  conversationState(
    visitorId: string,
    state: VisitorConversationState,
    options?: { sender?: VisitorSocket },
  ): void;
  visitorTyping(conversation: ConversationAddress, typing: boolean): void;
  agentTyping(conversation: ConversationAddress, typing: boolean): void;
  /** The visitor read up to `seq`: agents show "seen". */
  visitorRead(conversation: ConversationAddress, seq: number): void;
  /** Agents read up to `seq`: the widget shows "seen". */
  agentRead(conversation: ConversationAddress, seq: number): void;
  /** After a GDPR erasure: the visitor's open tabs are disconnected and their token no longer finds them. */
  disconnectVisitor(visitorId: string): void;
  /** After an agent is deleted or their token rotated: their open inboxes must sign in again. */
  disconnectAgent(agentId: string): void;
}

export function createFanOut(
  visitors: VisitorNamespace,
  agents: AgentNamespace,
  metrics: Pick<RelayMetrics, 'deliveryLatency'>,
): FanOut {
  return {
    visitorMessage({ message, conversation, summary }, { sender, receivedAt } = {}) {
      (sender
        ? sender.to(visitorRoom(conversation.visitorId))
        : visitors.to(visitorRoom(conversation.visitorId))
      ).emit('message', forVisitor(message));
      agents.to(siteAudience(conversation.siteId)).emit('message', message, summary);
      if (receivedAt !== undefined) metrics.deliveryLatency.observe((performance.now() - receivedAt) / 1000);
    },
    messageTranslated(message, conversation) {
      agents.to(siteAudience(conversation.siteId)).emit('message:translated', message);
    },
    agentReply({ message, conversation, summary }, { sender } = {}) {
      visitors.to(visitorRoom(conversation.visitorId)).emit('message', forVisitor(message));
      if (sender) {
        // The sender has the message in its ack; it still needs the row (first response, reopened…).
        sender.to(siteAudience(conversation.siteId)).emit('message', message, summary);
        sender.emit('conversation:updated', summary);
      } else {
        agents.to(siteAudience(conversation.siteId)).emit('message', message, summary);
      }
    },
    conversationUpdated(summary) {
      agents.to(siteAudience(summary.siteId)).emit('conversation:updated', summary);
    },
    conversationState(visitorId, state, { sender } = {}) {
      (sender ? sender.to(visitorRoom(visitorId)) : visitors.to(visitorRoom(visitorId))).emit(
        'conversation',
        state,
      );
    },
    visitorTyping(conversation, typing) {
      agents
        .to(siteAudience(conversation.siteId))
        .emit('typing', { conversationId: conversation.id, typing });
    },
    agentTyping(conversation, typing) {
      visitors.to(visitorRoom(conversation.visitorId)).emit('typing', { typing });
    },
    visitorRead(conversation, seq) {
      agents.to(siteAudience(conversation.siteId)).emit('read', { conversationId: conversation.id, seq });
    },
    agentRead(conversation, seq) {
      visitors.to(visitorRoom(conversation.visitorId)).emit('read', { seq });
    },
    disconnectVisitor(visitorId) {
      visitors.in(visitorRoom(visitorId)).disconnectSockets(true);
    },
    disconnectAgent(agentId) {
      agents.in(agentRoom(agentId)).disconnectSockets(true);
    },
  };
}
