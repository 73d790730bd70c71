// Runtime validation of every inbound payload. Kept out of the main entry so the widget bundle never pulls zod in.
import { z } from 'zod';
import {
  MAX_ATTACHMENTS_PER_MESSAGE,
  MAX_CLIENT_ID_LENGTH,
  MAX_MESSAGE_LENGTH,
  MAX_SHORT_TEXT,
} from './limits.ts';

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
});

/** One line of `pnpm analyze` input (DESIGN.md §Contracts 3). */
export const analyzeInputSchema = z.object({
  text: z.string().max(MAX_MESSAGE_LENGTH),
  locale: z.string().max(MAX_SHORT_TEXT).optional(),
});

export const createAgentSchema = z.object({
  siteId: z.string().min(1),
  name: z.string().min(1).max(MAX_SHORT_TEXT),
  role: z.enum(['agent', 'admin']).default('agent'),
  language: z.string().min(2).max(8).default('en'),
});

export const createSiteSchema = z.object({
  name: z.string().min(1).max(MAX_SHORT_TEXT),
  allowedOrigins: z.array(z.string().url().max(MAX_SHORT_TEXT)).max(50).default([]),
  defaultLanguage: z.string().min(2).max(8).default('en'),
});
