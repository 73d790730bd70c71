// Delivers a stored message to everyone else who should see it: the shopper's tabs and the site's agents.
import type { Posted } from '../messaging.ts';
import { forVisitor } from '../messaging.ts';
import { siteAudience, visitorRoom } from './rooms.ts';
import type { AgentNamespace, AgentSocket, VisitorNamespace, VisitorSocket } from './types.ts';

export interface FanOut {
  /** After a visitor's message is acked: their other tabs, then the site's agents (with analysis). */
  visitorMessage(posted: Posted, sender: VisitorSocket): void;
  /** After an agent's reply is acked: the shopper (every tab), then the site's other agent sockets. */
  agentReply(posted: Posted, sender: AgentSocket): void;
}

export function createFanOut(visitors: VisitorNamespace, agents: AgentNamespace): FanOut {
  return {
    visitorMessage({ message, conversation, summary }, sender) {
      sender.to(visitorRoom(conversation.visitorId)).emit('message', forVisitor(message));
      const audience = agents.to(siteAudience(conversation.siteId));
      audience.emit('message', message);
      audience.emit('conversation:updated', summary);
    },
    agentReply({ message, conversation, summary }, sender) {
      visitors.to(visitorRoom(conversation.visitorId)).emit('message', forVisitor(message));
      // The sender already has the message in its ack; its other tabs and colleagues get it here.
      sender.to(siteAudience(conversation.siteId)).emit('message', message);
      agents.to(siteAudience(conversation.siteId)).emit('conversation:updated', summary);
    },
  };
}
