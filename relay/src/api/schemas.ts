// Schemas of the HTTP API that only the relay needs: query strings, path ids, and the documented answers.
import {
  ATTACHMENT_TYPES,
  ERROR_HTTP_STATUS,
  INTENT_IDS,
  MAX_SHORT_TEXT,
  URGENCY_LEVELS,
} from '@parley/shared';
import {
  agentPersonaSchema,
  autoReplySchema,
  businessHoursSchema,
  glossaryEntrySchema,
  replySchema,
} from '@parley/shared/schemas';
import { z } from 'zod';

const id = z.string().min(1).max(MAX_SHORT_TEXT);

export const idParams = z.object({ id });

/** Query-string numbers arrive as text; an empty or non-numeric value is a validation error, not NaN. */
const queryInt = (min: number, max: number) =>
  z.string().regex(/^\d+$/, 'Use a whole number.').transform(Number).pipe(z.number().int().min(min).max(max));

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export const listConversationsQuery = z.object({
  status: z.enum(['open', 'resolved']).optional(),
  /** An agent id, `me` (the calling agent) or `none` (waiting in the queue). */
  assignee: z.union([z.literal('me'), z.literal('none'), id]).optional(),
  language: z.string().min(2).max(8).optional(),
  intent: z.enum(INTENT_IDS).optional(),
  urgency: z.enum(URGENCY_LEVELS).optional(),
  /** Last activity at or after this instant (ISO 8601 with offset). */
  since: z.iso.datetime({ offset: true }).optional(),
  /** Last activity before this instant. */
  until: z.iso.datetime({ offset: true }).optional(),
  cursor: z.string().max(1000).optional(),
  limit: queryInt(1, MAX_PAGE_SIZE).optional(),
});

export const listMessagesQuery = z.object({
  afterSeq: queryInt(0, 2 ** 31 - 1).optional(),
  limit: queryInt(1, 1000).optional(),
});

export const listAgentsQuery = z.object({ siteId: id.optional() });

export const exportQuery = z.object({ format: z.enum(['json', 'csv']).default('json') });

export const assignBody = z.object({ agentId: id.nullable() });

/** An agent reply over HTTP: the socket's reply payload without the conversation id, which is in the path. */
export const replyBody = replySchema.omit({ conversationId: true });

export const uploadFields = z.object({
  file: z
    .string()
    .meta({ format: 'binary', description: 'The file: a JPEG, PNG, WebP or GIF photo, or a PDF.' }),
  conversationId: id
    .optional()
    .meta({ description: 'Required for agent uploads: the conversation it is for.' }),
});

// ---- answers (documentation; the handlers return the shared types these describe) --------------------

const timestamp = z.iso.datetime();

export const errorSchema = z.object({
  error: z.object({
    code: z.enum(Object.keys(ERROR_HTTP_STATUS) as [string, ...string[]]),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});

export const siteSchema = z.object({
  id,
  name: z.string(),
  publicKey: z.string(),
  allowedOrigins: z.array(z.string()),
  defaultLanguage: z.string(),
  languages: z.array(z.string()),
  businessHours: businessHoursSchema.nullable(),
  glossary: z.array(glossaryEntrySchema),
  autoReply: autoReplySchema,
  glossaryVersion: z.number().int(),
  demo: z.boolean(),
  createdAt: timestamp,
});

export const identitySecretSchema = z.object({
  siteId: id,
  identitySecret: z
    .string()
    .meta({ description: '64 hex digits. Keep it on your server: anyone holding it can sign any user id.' }),
});

export const visitorProfileSchema = z.object({
  name: z.string().nullable(),
  email: z.string().nullable(),
  userId: z.string().nullable().meta({ description: 'Set only when a valid userHash proved it.' }),
  verified: z.boolean(),
});

export const agentSchema = z.object({
  id,
  siteId: id,
  name: z.string(),
  role: z.enum(['agent', 'admin']),
  language: z.string(),
  languageSkills: z.array(z.string()),
  persona: agentPersonaSchema,
  createdAt: timestamp,
});

export const agentWithTokenSchema = z.object({
  agent: agentSchema,
  token: z.string().meta({ description: 'Shown once; only its hash is stored.' }),
});

export const analysisSchema = z.object({
  language: z.string(),
  script: z.string().optional(),
  region: z.string().optional(),
  intent: z.enum(INTENT_IDS),
  urgency: z.enum(URGENCY_LEVELS),
  confidence: z.number(),
  degraded: z.boolean(),
});

export const attachmentRefSchema = z.object({
  id,
  name: z.string(),
  type: z.enum(ATTACHMENT_TYPES),
  size: z.number().int(),
  url: z.string(),
});

export const messageSchema = z.object({
  id,
  conversationId: id,
  seq: z.number().int(),
  clientId: z.string(),
  author: z.enum(['visitor', 'agent', 'bot', 'system']),
  authorId: z.string().nullable(),
  text: z.string(),
  language: z.string(),
  analysis: analysisSchema.optional(),
  translations: z.record(z.string(), z.string()),
  attachments: z.array(attachmentRefSchema).optional(),
  createdAt: timestamp,
});

export const conversationSchema = z.object({
  id,
  siteId: id,
  siteName: z.string(),
  visitorId: id,
  status: z.enum(['open', 'resolved']),
  language: z.string().nullable(),
  intent: z.enum(INTENT_IDS).nullable(),
  urgency: z.enum(URGENCY_LEVELS).nullable(),
  lastSeq: z.number().int(),
  lastMessage: z
    .object({ text: z.string(), author: z.enum(['visitor', 'agent', 'bot', 'system']), createdAt: timestamp })
    .nullable(),
  assigneeId: z.string().nullable(),
  visitorReadSeq: z.number().int(),
  visitor: visitorProfileSchema,
  agentReadSeq: z.number().int(),
  firstResponseAt: timestamp.nullable(),
  handedOffAt: timestamp.nullable(),
  resolvedAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const erasureSchema = z.object({
  visitorId: id,
  conversations: z.number().int(),
  messages: z.number().int(),
  attachments: z.number().int(),
  events: z.number().int(),
});

export const conversationExportSchema = z.object({
  conversation: conversationSchema,
  messages: z.array(messageSchema),
  exportedAt: timestamp,
});

/** `{ data: … }`, the envelope of every JSON answer. */
export const data = <T extends z.ZodType>(schema: T) => z.object({ data: schema });

export const page = <T extends z.ZodType>(schema: T) =>
  z.object({
    data: z.array(schema),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: 'Pass as `cursor` for the next page; null at the end.' }),
  });
