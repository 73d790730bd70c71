// Who the assist API writes for and about: the agent (language, persona) and, for a relay conversation, the
// buyer's latest message with its stored analysis. Reads through the same access checks as the inbox.
import { type AgentPersona, type Analysis, type Message, ParleyError } from '@parley/shared';
import { accessibleConversation, type Principal } from '../auth/principal.ts';
import type { Storage } from '../storage/types.ts';

export interface AgentVoice {
  language: string;
  persona?: AgentPersona;
}

/** The calling agent's language and persona; the admin token writes as an English-speaking agent. */
export function agentVoice(
  principal: Principal,
  override: { language?: string | undefined } = {},
): AgentVoice {
  if (principal.kind === 'admin') return { language: override.language ?? 'en' };
  return { language: override.language ?? principal.agent.language, persona: principal.agent.persona };
}

export interface BuyerTurn {
  siteId: string;
  text: string;
  analysis: Analysis;
  /** Earlier buyer messages, oldest first. */
  history: string[];
  hasPhoto: boolean;
}

/** How far back a conversation is read for the latest buyer message and its context. */
const LOOKBACK_MESSAGES = 30;
const HISTORY_MESSAGES = 5;

/** The latest analysed buyer message of a conversation the principal may see. */
export async function latestBuyerTurn(
  storage: Storage,
  principal: Principal,
  conversationId: string,
): Promise<BuyerTurn> {
  const conversation = await accessibleConversation(storage, principal, conversationId);
  const messages = await storage.listMessages(conversationId, {
    afterSeq: Math.max(0, conversation.lastSeq - LOOKBACK_MESSAGES),
  });
  const fromBuyer = messages.filter(
    (message): message is Message & { analysis: Analysis } =>
      message.author === 'visitor' && !!message.analysis,
  );
  const latest = fromBuyer.at(-1);
  if (!latest) {
    throw new ParleyError('conflict', 'This conversation has no buyer message to answer yet.');
  }
  return {
    siteId: conversation.siteId,
    text: latest.text,
    analysis: latest.analysis,
    history: fromBuyer.slice(-1 - HISTORY_MESSAGES, -1).map((message) => message.text),
    hasPhoto: latest.attachments?.some((attachment) => attachment.type.startsWith('image/')) ?? false,
  };
}
