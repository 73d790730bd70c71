// Runtime validation of every inbound payload. Kept out of the main entry so the widget bundle never pulls zod in.
import { z } from 'zod';
import {
  MAX_ANALYSIS_HISTORY,
  MAX_ATTACHMENTS_PER_MESSAGE,
  MAX_CLIENT_ID_LENGTH,
  MAX_MESSAGE_LENGTH,
  MAX_SHORT_TEXT,
  MAX_SITE_LANGUAGES,
} from './limits.ts';
import { AUTO_REPLY_MODES } from './protocol.ts';

const clientId = z
  .string()
  .min(1)
  .max(MAX_CLIENT_ID_LENGTH)
  .regex(/^[A-Za-z0-9_-]+$/, 'clientId may contain only letters, digits, "_" and "-"');

/**
 * Message text: length limits are checked separately by `checkMessageText` so that empty and oversized text
 * get their own error codes instead of a generic validation failure.
 */
const messageText = z.string();

export const visitorAuthSchema = z.object({
  siteKey: z.string().min(1).max(MAX_SHORT_TEXT),
  visitorToken: z.string().max(1000).optional(),
  locale: z.string().max(MAX_SHORT_TEXT).optional(),
});

export const agentAuthSchema = z.object({
  token: z.string().min(1).max(1000),
});

export const sendMessageSchema = z.object({ clientId, text: messageText });

const attachmentIds = z.array(z.string().min(1).max(MAX_SHORT_TEXT)).max(MAX_ATTACHMENTS_PER_MESSAGE);

export const visitorSendMessageSchema = sendMessageSchema.extend({ attachmentIds: attachmentIds.optional() });

export const typingSchema = z.object({ typing: z.boolean() });

export const readSchema = z.object({ seq: z.number().int().min(0) });

const conversationId = z.string().min(1).max(MAX_SHORT_TEXT);

export const agentTypingSchema = typingSchema.extend({ conversationId });

export const agentReadSchema = readSchema.extend({ conversationId });

export const assignSchema = z.object({
  conversationId,
  agentId: z.string().min(1).max(MAX_SHORT_TEXT).nullable(),
});

export const resolveSchema = z.object({ conversationId });

export const visitorIdentifySchema = z.object({
  name: z.string().trim().min(1).max(MAX_SHORT_TEXT).optional(),
  email: z
    .string()
    .trim()
    .max(MAX_SHORT_TEXT)
    .email('Enter an email address such as name@example.com.')
    .optional(),
  userId: z.string().min(1).max(MAX_SHORT_TEXT).optional(),
  userHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/i, 'userHash is the hex HMAC-SHA256 of userId (64 hex digits).')
    .optional(),
  followUpByEmail: z.boolean().optional(),
});

export const rateSchema = z.object({
  rating: z.number().int().min(1).max(5),
  comment: z.string().trim().max(MAX_MESSAGE_LENGTH).optional(),
});

export const syncSchema = z.object({ afterSeq: z.number().int().min(0) });

export const listConversationsSchema = z.object({ status: z.enum(['open', 'resolved']).optional() });

export const listMessagesSchema = z.object({
  conversationId: z.string().min(1).max(MAX_SHORT_TEXT),
  afterSeq: z.number().int().min(0).optional(),
});

export const replySchema = z.object({
  conversationId: z.string().min(1).max(MAX_SHORT_TEXT),
  clientId,
  text: messageText,
  attachmentIds: attachmentIds.optional(),
});

/** One line of `pnpm analyze` input (DESIGN.md §Contracts 3). */
/** A language code as the contract spells it: ISO 639-1, or 639-3 where none exists (DESIGN.md §Contracts 2). */
export const languageCodeSchema = z
  .string()
  .regex(/^[a-z]{2,3}$/, 'Use a lower-case ISO 639-1 code such as "th", or ISO 639-3 where none exists.');

export const analyzeInputSchema = z.object({
  text: z.string().max(MAX_MESSAGE_LENGTH),
  locale: z.string().max(MAX_SHORT_TEXT).optional(),
  /** Earlier messages of the same buyer, oldest first: context for short follow-ups and their language. */
  history: z.array(z.string().max(MAX_MESSAGE_LENGTH)).max(MAX_ANALYSIS_HISTORY).optional(),
  /** Languages the site serves, most important first: a tie-breaker for short or ambiguous text. */
  markets: z.array(languageCodeSchema).max(MAX_SITE_LANGUAGES).optional(),
});

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Use the 24-hour "HH:MM" form.');

export const businessHoursSchema = z.object({
  timeZone: z.string().min(1).max(64).refine(isTimeZone, 'Use an IANA time zone such as "Asia/Bangkok".'),
  intervals: z
    .array(
      z
        .object({ day: z.number().int().min(0).max(6), from: hhmm, to: hhmm })
        .refine((interval) => interval.to > interval.from, '"to" must be after "from".'),
    )
    .max(50),
});

export const glossaryEntrySchema = z.object({
  term: z.string().min(1).max(MAX_SHORT_TEXT),
  translations: z.record(languageCodeSchema, z.string().min(1).max(MAX_SHORT_TEXT)).optional(),
  doNotTranslate: z.boolean().optional(),
});

/** Enough for a catalogue's brand and product names; the whole glossary travels with every translation. */
export const MAX_GLOSSARY_ENTRIES = 500;

export const agentPersonaSchema = z.object({
  displayName: z.string().min(1).max(MAX_SHORT_TEXT).optional(),
  gender: z.enum(['female', 'male', 'neutral']).optional(),
});

export const autoReplySchema = z.object({
  mode: z.enum(AUTO_REPLY_MODES),
  /** A day at most: longer than that, nobody is waiting for the bot any more. */
  delaySeconds: z.number().int().min(0).max(86_400).default(120),
});

const siteFields = {
  name: z.string().min(1).max(MAX_SHORT_TEXT),
  allowedOrigins: z.array(z.string().url().max(MAX_SHORT_TEXT)).max(50),
  defaultLanguage: z.string().min(2).max(8),
  languages: z.array(languageCodeSchema).max(MAX_SITE_LANGUAGES),
  businessHours: businessHoursSchema.nullable(),
  glossary: z.array(glossaryEntrySchema).max(MAX_GLOSSARY_ENTRIES),
  autoReply: autoReplySchema,
};

const agentFields = {
  name: z.string().min(1).max(MAX_SHORT_TEXT),
  role: z.enum(['agent', 'admin']),
  language: z.string().min(2).max(8),
  languageSkills: z.array(languageCodeSchema).max(50),
  persona: agentPersonaSchema,
};

export const createAgentSchema = z.object({
  siteId: z.string().min(1),
  ...agentFields,
  role: agentFields.role.default('agent'),
  language: agentFields.language.default('en'),
  languageSkills: agentFields.languageSkills.optional(),
  persona: agentFields.persona.optional(),
});

/** Every field optional; only what is sent changes. */
export const updateAgentSchema = z.object(agentFields).partial();

export const createSiteSchema = z.object({
  ...siteFields,
  allowedOrigins: siteFields.allowedOrigins.default([]),
  defaultLanguage: siteFields.defaultLanguage.default('en'),
  languages: siteFields.languages.optional(),
  businessHours: siteFields.businessHours.optional(),
  glossary: siteFields.glossary.optional(),
  autoReply: siteFields.autoReply.optional(),
});

/** Every field optional; only what is sent changes. `businessHours: null` removes the hours. */
export const updateSiteSchema = z.object(siteFields).partial();

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
