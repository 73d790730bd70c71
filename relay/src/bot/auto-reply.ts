// The auto-reply bot, set per site (off, while the team is away, when no agent answers in time, always first). It answers
// from the knowledge base and the reply library in the shopper's language, hands off at once for safety reports,
// complaints and whenever the shopper asks for a person, never promises refunds, discounts or compensation, and
// falls silent for good once a person owns the conversation. It runs after the shopper's message is delivered.
import { randomUUID } from 'node:crypto';
import type { Intent, ReplyTemplate, Site } from '@parley/shared';
import { marketForLanguage, renderTemplate, templatesFor } from '@parley/shared';
import type { Logger } from 'pino';
import type { LanguageEngine } from '../ai/engine.ts';
import { findCommitments } from '../assist/commitments.ts';
import type { KnowledgeAnswer, KnowledgeSource } from '../assist/knowledge-source.ts';
import { replyLanguage, sameLanguage } from '../assist/reply-language.ts';
import { marketBrief } from '../assist/suggest.ts';
import type { Messaging, Posted } from '../messaging.ts';
import type { Storage } from '../storage/types.ts';
import { botTexts, formatReturn } from './bot-texts.ts';
import { isOpen, nextOpening } from './business-hours.ts';
import { asksForPerson } from './human-request.ts';

/** How stale a site's bot setting may be: a merchant's change reaches the bot within this long. */
const SITE_CACHE_MS = 5000;

/** Intents a person must take at once: the bot acknowledges and says a person is coming, nothing more. */
const HAND_OFF_INTENTS: ReadonlySet<Intent> = new Set(['product_safety', 'complaint']);

export type BotOutcome = 'answered' | 'handed_off' | 'silent';

export interface AutoReplyDeps {
  storage: Storage;
  messaging: Messaging;
  knowledge: KnowledgeSource;
  /** With an LLM engine the bot also translates knowledge-base answers and writes grounded replies. */
  engine?: LanguageEngine;
  /** Delivers a stored bot message to the shopper and the site's agents. */
  deliver: (posted: Posted) => void;
  /** Finds a person for a conversation the bot handed off (routing by language and load). */
  route?: (conversationId: string) => Promise<unknown>;
  /** Counts what the bot did, for containment and hand-off rates. */
  onOutcome?: (outcome: BotOutcome, reason: string) => void;
  /**
   * Whether an agent of the site is connected: `after_hours` also answers while nobody is. Without it only business
   * hours count.
   */
  agentsOnline?: (siteId: string) => Promise<boolean>;
  logger: Logger;
  now?: () => Date;
}

export function createAutoReply(deps: AutoReplyDeps) {
  const { storage, messaging, knowledge, deliver, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const pending = new Map<string, NodeJS.Timeout>();
  const sites = new Map<string, { site: Promise<Site | null>; at: number }>();

  /**
   * The site's bot setting, read at most every SITE_CACHE_MS: every shopper message asks, and at hundreds of
   * messages a second a database read each would load the hot path for a setting that rarely changes.
   */
  function siteSettings(siteId: string): Promise<Site | null> {
    const cached = sites.get(siteId);
    if (cached && now().getTime() - cached.at < SITE_CACHE_MS) return cached.site;
    const site = storage.getSite(siteId);
    sites.set(siteId, { site, at: now().getTime() });
    return site;
  }

  async function post(conversationId: string, text: string, language: string): Promise<void> {
    const posted = await messaging.postBotMessage({
      conversationId,
      clientId: `bot-${randomUUID()}`,
      text,
      language,
    });
    if (posted.created) deliver(posted);
  }

  async function handOff(posted: Posted, site: Site, reason: string): Promise<void> {
    const handed = await storage.handOffConversation(posted.conversation.id);
    // Another process, or an agent, got there first: one hand-off message is enough.
    if (!handed?.changed) return;
    const language = posted.message.analysis ? replyLanguage(posted.message.analysis) : 'en';
    const texts = botTexts(language);
    let text = reason === 'product_safety' ? texts.safety : texts.handoff;
    const opens = isOpen(site.businessHours, now()) ? null : nextOpening(site.businessHours, now());
    if (opens) {
      const when = formatReturn(opens, texts.language, site.businessHours?.timeZone);
      text += `\n${texts.backAt.replace('{when}', when)}`;
    }
    await post(posted.conversation.id, text, texts.language);
    await storage.recordEvent({
      type: 'bot.handed_off',
      siteId: posted.conversation.siteId,
      conversationId: posted.conversation.id,
      payload: { reason },
    });
    deps.onOutcome?.('handed_off', reason);
    await deps.route?.(posted.conversation.id);
  }

  async function answer(posted: Posted, site: Site): Promise<void> {
    const current = await storage.getConversation(posted.conversation.id);
    // A person took over (replied, was assigned, or was asked for) since the shopper wrote: stay out of it.
    if (!current || current.handedOffAt || current.lastSeq !== posted.message.seq) {
      deps.onOutcome?.('silent', 'taken_over');
      return;
    }
    const language = posted.message.analysis ? replyLanguage(posted.message.analysis) : 'en';
    const reply = await bestAnswer(posted, site.id, language);
    if (!reply) {
      await handOff(posted, site, 'no_answer');
      return;
    }
    const texts = botTexts(language);
    await post(posted.conversation.id, `${reply}\n\n${texts.askForPerson}`, texts.language);
    await storage.recordEvent({
      type: 'bot.answered',
      siteId: posted.conversation.siteId,
      conversationId: posted.conversation.id,
    });
    deps.onOutcome?.('answered', 'knowledge');
  }

  /**
   * The merchant's own knowledge-base answer in the shopper's language, else a library script that needs no
   * order details and promises nothing. Knowledge-base text is the merchant's stated policy, so it is sent as
   * written; anything else that mentions a refund, discount or compensation is not the bot's to say.
   */
  async function bestAnswer(posted: Posted, siteId: string, language: string): Promise<string | null> {
    const analysis = posted.message.analysis;
    const intent = analysis?.intent ?? 'other';
    const [fromKnowledge] = await knowledge.answers(siteId, posted.message.text, {
      language: analysis?.language ?? language,
      agentLanguage: language,
      intent,
      limit: 1,
    });
    if (fromKnowledge && sameLanguage(fromKnowledge.language, language)) return fromKnowledge.text;
    const written = await writtenAnswer(posted, language, fromKnowledge);
    if (written) return written;
    for (const template of templatesFor(intent)) {
      const text = safeScript(template, language);
      if (text) return text;
    }
    return null;
  }

  /**
   * With an LLM engine: the knowledge-base answer translated into the shopper's language, else a reply the model
   * writes from the knowledge base for the shopper's market. A written reply that promises anything, or leaves a
   * gap to fill, is not the bot's to send. Offline (no engine methods) this finds nothing.
   */
  async function writtenAnswer(
    posted: Posted,
    language: string,
    fromKnowledge: KnowledgeAnswer | undefined,
  ): Promise<string | null> {
    const engine = deps.engine;
    if (!engine) return null;
    if (fromKnowledge && engine.translates) {
      const translated = await engine.translate({
        text: fromKnowledge.text,
        from: fromKnowledge.language,
        to: language,
      });
      if (translated) return translated.text;
    }
    if (!engine.writeReplies) return null;
    const market = marketForLanguage(language);
    const replies = await engine.writeReplies({
      message: posted.message.text,
      history: [],
      intent: posted.message.analysis?.intent ?? 'other',
      buyerLanguage: language,
      agentLanguage: language,
      market: market ? marketBrief(market, undefined) : undefined,
      knowledge: fromKnowledge ? [{ title: fromKnowledge.title, answer: fromKnowledge.text }] : [],
      examples: [],
    });
    const safe = replies?.find(
      (reply) => findCommitments(reply.text).length === 0 && !/\[[a-z_]+\]/.test(reply.text),
    );
    return safe?.text ?? null;
  }

  async function consider(posted: Posted): Promise<void> {
    const { message, conversation } = posted;
    if (message.author !== 'visitor' || conversation.handedOffAt) return;
    const site = await siteSettings(conversation.siteId);
    if (!site || site.autoReply.mode === 'off') return;
    const intent = message.analysis?.intent;
    if (asksForPerson(message.text)) return handOff(posted, site, 'asked_for_person');
    if (intent && HAND_OFF_INTENTS.has(intent)) return handOff(posted, site, intent);
    const { mode, delaySeconds } = site.autoReply;
    if (mode === 'always' || (mode === 'after_hours' && (await teamAway(site)))) {
      return answer(posted, site);
    }
    if (mode === 'no_answer') {
      // One timer per conversation: a newer message restarts the wait.
      clearTimeout(pending.get(conversation.id));
      const timer = setTimeout(() => {
        pending.delete(conversation.id);
        answer(posted, site).catch((error: unknown) => failed(error, posted));
      }, delaySeconds * 1000);
      timer.unref();
      pending.set(conversation.id, timer);
    }
  }

  /** Outside business hours, or inside them with no agent of the site connected: either way nobody will answer. */
  async function teamAway(site: Site): Promise<boolean> {
    if (!isOpen(site.businessHours, now())) return true;
    return deps.agentsOnline ? !(await deps.agentsOnline(site.id)) : false;
  }

  function failed(error: unknown, posted: Posted): void {
    // Ids only: shopper text stays out of the logs.
    logger.warn({ err: error, conversationId: posted.conversation.id }, 'auto-reply failed');
  }

  return {
    /** Fire and forget after a shopper's message is delivered; a failure is logged and agents still have it. */
    afterDelivery(posted: Posted): void {
      consider(posted).catch((error: unknown) => failed(error, posted));
    },
    /** Stops waiting timers, for shutdown. */
    close(): void {
      for (const timer of pending.values()) clearTimeout(timer);
      pending.clear();
    },
  };
}

export type AutoReply = ReturnType<typeof createAutoReply>;

/** A script the bot may send as is: written in the language, no slot left to fill, no commitment in it. */
export function safeScript(template: ReplyTemplate, language: string): string | null {
  if (template.commitments.length > 0) return null;
  const rendered = renderTemplate(template, language);
  if (!rendered || rendered.missing.length > 0) return null;
  return findCommitments(rendered.text).length === 0 ? rendered.text : null;
}
