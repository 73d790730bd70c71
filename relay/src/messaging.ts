// The message path every transport shares: check text, analyse, persist with dedupe, and enforce who sees what.
import {
  type Analysis,
  type ConversationSummary,
  checkMessageText,
  type Message,
  ParleyError,
  parseLocale,
  UNDETERMINED_LANGUAGE,
} from '@parley/shared';
import type { Logger } from 'pino';
import type { LanguageEngine } from './ai/index.ts';
import { detectLanguage } from './ai/offline/detect-language.ts';
import { accessibleConversation, type Principal } from './auth/principal.ts';
import type { RelayMetrics } from './metrics.ts';
import type { SiteGlossary } from './site-glossary.ts';
import type { AppendResult, NewMessage, Storage } from './storage/types.ts';
import { VisitorThreads } from './visitor-threads.ts';

/** How many earlier visitor messages the engine sees, enough for "still nothing?" to mean "where is my order". */
export const ANALYSIS_HISTORY = 5;

export interface VisitorContext {
  siteId: string;
  visitorId: string;
  /** Browser locale from the handshake, a detection hint. */
  locale: string | undefined;
  /** A visitor created moments ago who has never sent: skip looking for a conversation that cannot exist. */
  freshVisitor?: boolean;
  /** The site's product and brand names, reported as entities when the shopper mentions them. */
  glossaryTerms?: readonly string[];
  /** The languages the site serves, a detection hint for short messages. */
  markets?: readonly string[];
}

/** What the engine is asked: the text and whatever hints the caller has. */
export interface AnalyzeRequest {
  text: string;
  locale?: string | undefined;
  history?: readonly string[] | undefined;
  glossaryTerms?: readonly string[] | undefined;
  markets?: readonly string[] | undefined;
}

export interface Posted extends AppendResult {
  /** The stored message, with analysis for visitor messages: strip it with `forVisitor` before sending to shoppers. */
  message: Message;
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
  readonly #threads = new VisitorThreads(ANALYSIS_HISTORY);

  constructor(deps: MessagingDeps) {
    this.#storage = deps.storage;
    this.#engine = deps.engine;
    this.#metrics = deps.metrics;
    this.#logger = deps.logger;
  }

  /**
   * Stores a shopper's message in their thread: the latest conversation, which a new message reopens if an
   * agent resolved it (so the widget's seq keeps counting and the agent sees the history), or a new one.
   */
  async postVisitorMessage(
    visitor: VisitorContext,
    input: { clientId: string; text: string; attachmentIds?: string[] | undefined },
    retried = false,
  ): Promise<Posted> {
    const text = checkMessageText(input.text);
    let conversationId = this.#threads.conversationOf(visitor.visitorId);
    if (!conversationId && !visitor.freshVisitor) {
      conversationId = (await this.#storage.findLatestConversation(visitor.visitorId))?.id;
      if (conversationId) this.#threads.remember(visitor.visitorId, conversationId);
    }
    let history = conversationId ? this.#threads.historyOf(conversationId) : [];
    if (history === undefined && conversationId) {
      history = await this.#storage.recentVisitorTexts(conversationId, ANALYSIS_HISTORY);
      this.#threads.setHistory(conversationId, history);
    }
    // A re-send after a lost ack is analysed again and then answered with the stored message by the append.
    const analysis = await this.analyze({
      text,
      locale: visitor.locale,
      history: history ?? [],
      ...(visitor.glossaryTerms?.length ? { glossaryTerms: visitor.glossaryTerms } : {}),
      ...(visitor.markets?.length ? { markets: visitor.markets } : {}),
    });

    if (!conversationId) {
      const opened = await this.#storage.openConversation({
        siteId: visitor.siteId,
        visitorId: visitor.visitorId,
      });
      conversationId = opened.conversation.id;
      this.#threads.remember(visitor.visitorId, conversationId);
      this.#threads.setHistory(conversationId, []);
    }
    let appended: AppendResult;
    try {
      appended = await this.#append({
        conversationId,
        clientId: input.clientId,
        author: 'visitor',
        authorId: null,
        text,
        language: analysis.language,
        analysis,
        ...(input.attachmentIds?.length
          ? {
              attachments: { ids: input.attachmentIds, uploader: { kind: 'visitor', id: visitor.visitorId } },
            }
          : {}),
      });
    } catch (error) {
      // The remembered conversation was erased (GDPR) by this or another process: start over from storage.
      if (retried || !(error instanceof ParleyError) || error.code !== 'not_found') throw error;
      this.#threads.forget(visitor.visitorId, conversationId);
      return this.postVisitorMessage({ ...visitor, freshVisitor: false }, input, true);
    }
    if (appended.created) this.#threads.pushHistory(conversationId, text);
    if (appended.reopened) {
      await this.#storage.recordEvent({
        type: 'conversation.reopened',
        siteId: visitor.siteId,
        conversationId,
        payload: { by: 'visitor' },
      });
    }
    return appended;
  }

  async postAgentReply(
    principal: Principal,
    input: { conversationId: string; clientId: string; text: string; attachmentIds?: string[] | undefined },
  ): Promise<Posted> {
    const text = checkMessageText(input.text);
    await accessibleConversation(this.#storage, principal, input.conversationId);
    const appended = await this.#append({
      conversationId: input.conversationId,
      clientId: input.clientId,
      author: 'agent',
      authorId: principal.kind === 'agent' ? principal.agent.id : null,
      text,
      language: principal.kind === 'agent' ? principal.agent.language : 'en',
      ...(input.attachmentIds?.length
        ? {
            attachments: {
              ids: input.attachmentIds,
              uploader:
                principal.kind === 'agent' ? { kind: 'agent', id: principal.agent.id } : { kind: 'admin' },
            },
          }
        : {}),
    });
    return appended;
  }

  /** The auto-reply bot's message, stored and returned like an agent reply (author "bot", no agent id). */
  async postBotMessage(input: { conversationId: string; clientId: string; text: string; language: string }) {
    return this.#append({
      conversationId: input.conversationId,
      clientId: input.clientId,
      author: 'bot',
      authorId: null,
      text: checkMessageText(input.text),
      language: input.language,
    });
  }

  /**
   * A note from the relay itself (author "system"), such as the shopper asking to be answered by email. It takes
   * a seq like any message, so the shopper's widget receives it too and its numbering has no gap.
   */
  async postSystemMessage(input: {
    conversationId: string;
    clientId: string;
    text: string;
    language: string;
  }) {
    return this.#append({
      conversationId: input.conversationId,
      clientId: input.clientId,
      author: 'system',
      authorId: null,
      text: checkMessageText(input.text),
      language: input.language,
    });
  }

  /** The visitor's own thread after `afterSeq`; a visitor has no way to name any other conversation. */
  async visitorHistory(visitorId: string, afterSeq: number): Promise<Message[]> {
    const latest = await this.#storage.findLatestConversation(visitorId);
    if (!latest) return [];
    return (await this.#storage.listMessages(latest.id, { afterSeq })).map(forVisitor);
  }

  async agentMessages(
    principal: Principal,
    conversationId: string,
    options: { afterSeq?: number | undefined; limit?: number | undefined } = {},
  ): Promise<Message[]> {
    await accessibleConversation(this.#storage, principal, conversationId);
    return this.#storage.listMessages(conversationId, {
      afterSeq: options.afterSeq ?? 0,
      ...(options.limit === undefined ? {} : { limit: options.limit }),
    });
  }

  /** Analysis on demand (the assist API): same text rules as chat messages, nothing stored. */
  analyzeText(input: AnalyzeRequest): Promise<Analysis> {
    return this.analyze({ ...input, text: checkMessageText(input.text) });
  }

  /**
   * Translation on demand (the assist API). `back` also translates the result back into the source language,
   * so an agent can check what the buyer will read. Unavailable is an error here: the caller asked for it.
   */
  async translateText(input: {
    text: string;
    from?: string | undefined;
    to: string;
    back?: boolean | undefined;
    glossary: SiteGlossary;
  }): Promise<{ text: string; from: string; to: string; cached: boolean; backTranslation?: string }> {
    const text = checkMessageText(input.text);
    if (!this.#engine.translates) {
      throw new ParleyError(
        'unavailable',
        'Translation needs an LLM engine: set OPENAI_API_KEY or OPENAI_BASE_URL on the relay.',
      );
    }
    const from = input.from ?? detectLanguage(text).language;
    const forward = await this.#engine.translate({ text, from, to: input.to, ...input.glossary });
    if (!forward) throw new ParleyError('unavailable', 'The translation provider did not answer. Try again.');
    const result = { text: forward.text, from, to: input.to, cached: forward.cached };
    if (!input.back || from === UNDETERMINED_LANGUAGE) return result;
    const back = await this.#engine.translate({
      text: forward.text,
      from: input.to,
      to: from,
      ...input.glossary,
    });
    if (!back) throw new ParleyError('unavailable', 'The translation provider did not answer. Try again.');
    return { ...result, backTranslation: back.text };
  }

  /**
   * Runs the language engine. If the engine fails, the message is still stored with a degraded analysis
   * (locale language, intent "other"): losing a shopper's message is worse than tagging it late.
   */
  async analyze(input: AnalyzeRequest): Promise<Analysis> {
    try {
      return await this.#engine.analyze({
        text: input.text,
        ...(input.locale ? { locale: input.locale } : {}),
        ...(input.history ? { history: input.history } : {}),
        ...(input.glossaryTerms ? { glossaryTerms: input.glossaryTerms } : {}),
        ...(input.markets ? { markets: input.markets } : {}),
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

  async #append(message: NewMessage): Promise<AppendResult> {
    const stop = this.#metrics.persistDuration.startTimer({ author: message.author });
    const appended = await this.#storage.appendMessage(message);
    stop();
    if (appended.created) this.#metrics.messages.inc({ author: message.author });
    // Ids only: message text and anything a shopper typed never reach the logs.
    this.#logger.debug(
      { conversationId: appended.conversation.id, messageId: appended.message.id, created: appended.created },
      'message stored',
    );
    return appended;
  }
}

/** Visitors never see the analysis of their own messages: it is the agent's view of the buyer. */
export function forVisitor(message: Message): Message {
  if (message.analysis === undefined) return message;
  const { analysis: _analysis, ...rest } = message;
  return rest;
}
