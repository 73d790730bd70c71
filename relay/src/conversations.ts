// Conversation state every transport shares: the inbox, assignment, resolution and read marks, with who may touch what.
import { type ConversationSummary, ParleyError } from '@parley/shared';
import { accessibleConversation, type Principal, principalId, siteScope } from './auth/principal.ts';
import type { Conversation, ConversationFilter, ConversationPage, Storage } from './storage/types.ts';

export interface ReadResult {
  conversation: Conversation;
  /** The reader's mark after the call; it never moves back. */
  seq: number;
  /** False when the mark was already there (nothing to tell the other side). */
  changed: boolean;
}

export class Conversations {
  readonly #storage: Storage;

  constructor(storage: Storage) {
    this.#storage = storage;
  }

  /** The inbox the principal may see; an agent's filter is always narrowed to their own site. */
  list(principal: Principal, filter: Omit<ConversationFilter, 'siteId'> = {}): Promise<ConversationPage> {
    const siteId = siteScope(principal);
    return this.#storage.pageConversations({ ...filter, ...(siteId === undefined ? {} : { siteId }) });
  }

  async get(principal: Principal, id: string): Promise<ConversationSummary> {
    await accessibleConversation(this.#storage, principal, id);
    return this.#summary(id);
  }

  /** Any agent of the site may take a conversation or hand it to a colleague of the same site. */
  async assign(principal: Principal, id: string, agentId: string | null): Promise<ConversationSummary> {
    const conversation = await accessibleConversation(this.#storage, principal, id);
    if (agentId !== null) {
      const agent = await this.#storage.getAgent(agentId);
      if (!agent || agent.siteId !== conversation.siteId) {
        throw new ParleyError('not_found', 'No agent with that id works on this conversation’s site.');
      }
    }
    await this.#storage.assignConversation(id, agentId);
    await this.#storage.recordEvent({
      type: 'conversation.assigned',
      siteId: conversation.siteId,
      conversationId: id,
      payload: { agentId, by: principalId(principal) },
    });
    return this.#summary(id);
  }

  async resolve(principal: Principal, id: string): Promise<ConversationSummary> {
    const conversation = await accessibleConversation(this.#storage, principal, id);
    if (conversation.status !== 'resolved') {
      await this.#storage.resolveConversation(id);
      await this.#storage.recordEvent({
        type: 'conversation.resolved',
        siteId: conversation.siteId,
        conversationId: id,
        payload: { by: principalId(principal) },
      });
    }
    return this.#summary(id);
  }

  async reopen(principal: Principal, id: string): Promise<ConversationSummary> {
    const conversation = await accessibleConversation(this.#storage, principal, id);
    if (conversation.status !== 'open') {
      await this.#storage.reopenConversation(id);
      await this.#storage.recordEvent({
        type: 'conversation.reopened',
        siteId: conversation.siteId,
        conversationId: id,
        payload: { by: principalId(principal) },
      });
    }
    return this.#summary(id);
  }

  /** The visitor has read their thread up to `seq`; null while they have no conversation yet. */
  async visitorRead(visitorId: string, seq: number): Promise<ReadResult | null> {
    const conversation = await this.#storage.findLatestConversation(visitorId);
    if (!conversation) return null;
    const mark = await this.#storage.markRead(conversation.id, 'visitor', seq);
    return mark && { conversation, ...mark };
  }

  async agentRead(principal: Principal, id: string, seq: number): Promise<ReadResult> {
    const conversation = await accessibleConversation(this.#storage, principal, id);
    const mark = await this.#storage.markRead(id, 'agent', seq);
    if (!mark) throw new ParleyError('not_found', 'No conversation with that id is visible to you.');
    return { conversation, ...mark };
  }

  async #summary(id: string): Promise<ConversationSummary> {
    const summary = await this.#storage.getConversationSummary(id);
    // Deleted between the access check and now (a GDPR erasure): the same answer as for any unknown id.
    if (!summary) throw new ParleyError('not_found', 'No conversation with that id is visible to you.');
    return summary;
  }
}
