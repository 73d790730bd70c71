// Translates each shopper message for the agents after the original has been delivered: into the assigned
// agent's language, or the site's default language while nobody has the conversation. The original is never
// held back for this; the translation follows as `message:translated` and is stored on the message.
import type { Message } from '@parley/shared';
import { UNDETERMINED_LANGUAGE } from '@parley/shared';
import type { Logger } from 'pino';
import type { LanguageEngine } from './ai/index.ts';
import type { Posted } from './messaging.ts';
import type { RelayMetrics } from './metrics.ts';
import type { ConversationAddress } from './realtime/fan-out.ts';
import { siteGlossary } from './site-glossary.ts';
import type { Storage } from './storage/types.ts';

export interface LiveTranslationDeps {
  storage: Storage;
  engine: LanguageEngine;
  metrics: Pick<RelayMetrics, 'liveTranslations'>;
  logger: Logger;
}

export type DeliverTranslation = (message: Message, conversation: ConversationAddress) => void;

export function createLiveTranslation(deps: LiveTranslationDeps) {
  const { storage, engine, metrics, logger } = deps;

  async function translate(posted: Posted, deliver: DeliverTranslation): Promise<void> {
    const { message, conversation } = posted;
    // The shopper's messages and the bot's answers in their language: an agent taking over reads the whole thread.
    if (message.author === 'agent' || message.author === 'system') return;
    if (message.language === UNDETERMINED_LANGUAGE) return;
    const site = await storage.getSite(conversation.siteId);
    const assignee = conversation.assigneeId ? await storage.getAgent(conversation.assigneeId) : null;
    const to = assignee?.language ?? site?.defaultLanguage;
    if (!to || to === message.language || message.translations[to] !== undefined) return;
    const translation = await engine.translate({
      text: message.text,
      from: message.language,
      to,
      ...siteGlossary(site),
    });
    if (!translation) {
      metrics.liveTranslations.inc({ outcome: 'unavailable' });
      return;
    }
    const updated = await storage.addTranslation(message.id, to, translation.text);
    if (!updated) return; // erased meanwhile
    metrics.liveTranslations.inc({ outcome: 'translated' });
    deliver(updated, conversation);
  }

  return {
    /** Fire and forget: failures are logged and counted, and the agent still has the original. */
    afterDelivery(posted: Posted, deliver: DeliverTranslation): void {
      if (!engine.translates) return;
      translate(posted, deliver).catch((error: unknown) => {
        metrics.liveTranslations.inc({ outcome: 'failed' });
        // Ids only: the text stays out of the logs.
        logger.warn({ err: error, messageId: posted.message.id }, 'live translation failed');
      });
    },
  };
}

export type LiveTranslation = ReturnType<typeof createLiveTranslation>;
