// Who the assist API writes for and about: the agent (language, persona) and, for a relay conversation, the
// buyer's latest message with its stored analysis. Reads through the same access checks as the inbox.
import { type AgentPersona, type Analysis, type Message, ParleyError } from '@parley/shared';
import { accessibleConversation, type Principal } from '../auth/principal.ts';
import type { Storage } from '../storage/types.ts';

export interface AgentVoice {
  language: string;
  persona?: AgentPersona;
}

/** What a request may say about the agent for this one call (the extension's own options), over what is stored. */
export interface VoiceOverride {
  language?: string | undefined;
  persona?: AgentPersona | undefined;
}

/**
 * The calling agent's language and persona; the admin token writes as an English-speaking agent. A persona in
 * the request is laid over the stored one field by field, so an agent who only picked a gender in the extension
 * keeps the display name their team set.
 */
export function agentVoice(principal: Principal, override: VoiceOverride = {}): AgentVoice {
  const stored = principal.kind === 'admin' ? undefined : principal.agent.persona;
  const persona = override.persona ? { ...stored, ...override.persona } : stored;
  const language = override.language ?? (principal.kind === 'admin' ? 'en' : principal.agent.language);
  return persona ? { language, persona } : { language };
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
