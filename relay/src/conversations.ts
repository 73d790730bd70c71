// Conversation state every transport shares: the inbox, assignment, resolution and read marks, with who may touch what.
import { type ConversationSummary, ParleyError, type VisitorConversationState } from '@parley/shared';
import { accessibleConversation, type Principal, principalId, siteScope } from './auth/principal.ts';
import type { Conversation, ConversationFilter, ConversationPage, Storage } from './storage/types.ts';

/** A resolve or reopen: the row after it, and whether the status moved (the shopper is told only then). */
export interface StatusChange {
  summary: ConversationSummary;
  changed: boolean;
}

/** The conversation as its shopper may see it; a resolution just made or undone is not rated. */
export function visitorState(
  conversation: Pick<Conversation, 'id' | 'status'>,
  rating: number | null = null,
): VisitorConversationState {
  return {
    conversationId: conversation.id,
    status: conversation.status,
    rating: conversation.status === 'resolved' ? rating : null,
  };
}

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

  async resolve(principal: Principal, id: string): Promise<StatusChange> {
    const conversation = await accessibleConversation(this.#storage, principal, id);
    const changed = conversation.status !== 'resolved';
    if (changed) {
      await this.#storage.resolveConversation(id);
      await this.#storage.recordEvent({
        type: 'conversation.resolved',
        siteId: conversation.siteId,
        conversationId: id,
        payload: { by: principalId(principal) },
      });
    }
    return { summary: await this.#summary(id), changed };
  }

  async reopen(principal: Principal, id: string): Promise<StatusChange> {
    const conversation = await accessibleConversation(this.#storage, principal, id);
    const changed = conversation.status !== 'open';
    if (changed) {
      await this.#storage.reopenConversation(id);
      await this.#storage.recordEvent({
        type: 'conversation.reopened',
        siteId: conversation.siteId,
        conversationId: id,
        payload: { by: principalId(principal) },
      });
    }
    return { summary: await this.#summary(id), changed };
  }

  /** The conversation the shopper's widget shows, with the rating of its current resolution; null before the first message. */
  async visitorThread(visitorId: string): Promise<VisitorConversationState | null> {
    const thread = await this.#storage.findVisitorThread(visitorId);
    return thread && visitorState(thread.conversation, thread.rating);
  }

  /**
   * The shopper's CSAT rating of their conversation's current resolution; rating again replaces it. Only a
   * resolved conversation can be rated: anything else is `conflict`. A visitor can only ever rate their own thread.
   */
  async rate(
    visitorId: string,
    input: { rating: number; comment?: string | undefined },
  ): Promise<{ state: VisitorConversationState; summary: ConversationSummary }> {
    const thread = await this.#storage.findVisitorThread(visitorId);
    if (thread?.conversation.status !== 'resolved') throw notRateable();
    // An agent may reopen it between the read and the write: the write checks the status again.
    const rated = await this.#storage.rateConversation(
      thread.conversation.id,
      input.rating,
      input.comment ? input.comment : null,
    );
    if (!rated) throw notRateable();
    return {
      state: visitorState(rated.conversation, rated.rating),
      summary: await this.#summary(rated.conversation.id),
    };
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

function notRateable(): ParleyError {
  return new ParleyError(
    'conflict',
    'Only a resolved conversation can be rated; this one is open (or has not started). Rate it once an agent resolves it.',
  );
}
