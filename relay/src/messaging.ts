// The message path every transport shares: check text, analyse, persist with dedupe, and enforce who sees what.
import {
  type Analysis,
  type ConversationStatus,
  type ConversationSummary,
  checkMessageText,
  type Message,
  ParleyError,
  parseLocale,
  UNDETERMINED_LANGUAGE,
} from '@parley/shared';
import type { Logger } from 'pino';
import type { LanguageEngine } from './ai/index.ts';
import { canAccessSite, type Principal, siteScope } from './auth/principal.ts';
import type { RelayMetrics } from './metrics.ts';
import type { Conversation, Storage } from './storage/types.ts';

/** How many earlier visitor messages the engine sees, enough for "still nothing?" to mean "where is my order". */
export const ANALYSIS_HISTORY = 5;

export interface VisitorContext {
  siteId: string;
  visitorId: string;
  /** Browser locale from the handshake, a detection hint. */
  locale: string | undefined;
}

export interface Posted {
  /** The stored message, with analysis for visitor messages: strip it with `forVisitor` before sending to shoppers. */
  message: Message;
  /** False when the clientId was seen before and the stored message is returned again. */
  created: boolean;
  conversation: Conversation;
  summary: ConversationSummary;
}

export interface MessagingDeps {
  storage: Storage;
  engine: LanguageEngine;
  metrics: RelayMetrics;
  logger: Logger;
}

export class Messaging {
  readonly #storage: Storage;
  readonly #engine: LanguageEngine;
  readonly #metrics: RelayMetrics;
  readonly #logger: Logger;

  constructor(deps: MessagingDeps) {
    this.#storage = deps.storage;
    this.#engine = deps.engine;
    this.#metrics = deps.metrics;
    this.#logger = deps.logger;
  }

  async postVisitorMessage(
    visitor: VisitorContext,
    input: { clientId: string; text: string },
  ): Promise<Posted> {
    const text = checkMessageText(input.text);
    const open = await this.#storage.findOpenConversation(visitor.visitorId);
    if (open) {
      // A re-send after a lost ack: answer with what is stored, without analysing or counting it again.
      const stored = await this.#storage.findMessageByClientId(open.id, input.clientId);
      if (stored)
        return { message: stored, created: false, conversation: open, summary: await this.#summary(open.id) };
    }
    const history = open ? await this.#storage.recentVisitorTexts(open.id, ANALYSIS_HISTORY) : [];
    const analysis = await this.analyze({ text, locale: visitor.locale, history });

    let conversation = open;
    if (!conversation) {
      const opened = await this.#storage.openConversation({
        siteId: visitor.siteId,
        visitorId: visitor.visitorId,
      });
      conversation = opened.conversation;
      if (opened.created) {
        await this.#storage.recordEvent({
          type: 'conversation.opened',
          siteId: visitor.siteId,
          conversationId: conversation.id,
          payload: { visitorId: visitor.visitorId },
        });
      }
    }
    const appended = await this.#storage.appendMessage({
      conversationId: conversation.id,
      clientId: input.clientId,
      author: 'visitor',
      authorId: null,
      text,
      language: analysis.language,
      analysis,
    });
    if (appended.created) this.#metrics.messages.inc({ author: 'visitor' });
    return { ...appended, summary: await this.#summary(conversation.id) };
  }

  async postAgentReply(
    principal: Principal,
    input: { conversationId: string; clientId: string; text: string },
  ): Promise<Posted> {
    const text = checkMessageText(input.text);
    await this.#accessibleConversation(principal, input.conversationId);
    const appended = await this.#storage.appendMessage({
      conversationId: input.conversationId,
      clientId: input.clientId,
      author: 'agent',
      authorId: principal.kind === 'agent' ? principal.agent.id : null,
      text,
      language: principal.kind === 'agent' ? principal.agent.language : 'en',
    });
    if (appended.created) this.#metrics.messages.inc({ author: 'agent' });
    return { ...appended, summary: await this.#summary(input.conversationId) };
  }

  /** The visitor's own conversation after `afterSeq`; a visitor has no way to name any other conversation. */
  async visitorHistory(visitorId: string, afterSeq: number): Promise<Message[]> {
    const open = await this.#storage.findOpenConversation(visitorId);
    if (!open) return [];
    return (await this.#storage.listMessages(open.id, { afterSeq })).map(forVisitor);
  }

  async agentMessages(principal: Principal, conversationId: string, afterSeq = 0): Promise<Message[]> {
    await this.#accessibleConversation(principal, conversationId);
    return this.#storage.listMessages(conversationId, { afterSeq });
  }

  listConversations(principal: Principal, status?: ConversationStatus): Promise<ConversationSummary[]> {
    const siteId = siteScope(principal);
    return this.#storage.listConversations({
      ...(siteId === undefined ? {} : { siteId }),
      ...(status === undefined ? {} : { status }),
    });
  }

  /** Analysis on demand (the assist API): same text rules as chat messages, nothing stored. */
  analyzeText(text: string, locale?: string): Promise<Analysis> {
    return this.analyze({ text: checkMessageText(text), locale });
  }

  /**
   * Runs the language engine. If the engine fails, the message is still stored with a degraded analysis
   * (locale language, intent "other"): losing a shopper's message is worse than tagging it late.
   */
  async analyze(input: {
    text: string;
    locale?: string | undefined;
    history?: readonly string[];
  }): Promise<Analysis> {
    try {
      return await this.#engine.analyze({
        text: input.text,
        ...(input.locale ? { locale: input.locale } : {}),
        ...(input.history ? { history: input.history } : {}),
      });
    } catch (error) {
      this.#logger.error(
        { err: error, engine: this.#engine.name },
        'language engine failed; storing degraded analysis',
      );
      return {
        language: parseLocale(input.locale)?.language ?? UNDETERMINED_LANGUAGE,
        intent: 'other',
        urgency: 'normal',
        confidence: 0,
        degraded: true,
      };
    }
  }

  // Another site's conversation answers not_found, exactly like a missing one, so ids reveal nothing.
  async #accessibleConversation(principal: Principal, conversationId: string): Promise<Conversation> {
    const conversation = await this.#storage.getConversation(conversationId);
    if (!conversation || !canAccessSite(principal, conversation.siteId)) {
      throw new ParleyError('not_found', 'No conversation with that id is visible to you.');
    }
    return conversation;
  }

  async #summary(conversationId: string): Promise<ConversationSummary> {
    const summary = await this.#storage.getConversationSummary(conversationId);
    if (!summary)
      throw new Error(`Conversation ${conversationId} disappeared while a message was being stored.`);
    return summary;
  }
}

/** Visitors never see the analysis of their own messages: it is the agent's view of the buyer. */
export function forVisitor(message: Message): Message {
  if (message.analysis === undefined) return message;
  const { analysis: _analysis, ...rest } = message;
  return rest;
}
