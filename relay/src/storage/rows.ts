// Database rows as the drivers return them, and their mapping to the domain records the Storage contract returns.
import {
  type Agent,
  type AgentPersona,
  type AgentRole,
  type Analysis,
  type AttachmentRef,
  type AuthorKind,
  type AutoReplySettings,
  type BusinessHours,
  type ConversationStatus,
  type ConversationSummary,
  type GlossaryEntry,
  isIntent,
  type Message,
  type Urgency,
  type VisitorProfile,
} from '@parley/shared';
import type { AgentToken, AttachmentRecord, Conversation, SiteRecord, Uploader, Visitor } from './types.ts';

export interface SiteRow {
  id: string;
  name: string;
  public_key: string;
  allowed_origins: unknown;
  default_language: string;
  languages: unknown;
  business_hours: unknown;
  auto_reply: unknown;
  glossary: unknown;
  glossary_version: number;
  demo: boolean;
  created_at: unknown;
}

export interface AgentRow {
  id: string;
  site_id: string;
  name: string;
  role: string;
  language: string;
  language_skills: unknown;
  persona: unknown;
  created_at: unknown;
}

export interface AgentTokenRow {
  id: string;
  agent_id: string;
  label: string;
  created_at: unknown;
  last_used_at: unknown;
}

export interface VisitorRow {
  id: string;
  site_id: string;
  locale: string | null;
  name: string | null;
  email: string | null;
  user_id: string | null;
  verified: boolean;
  created_at: unknown;
  last_seen_at: unknown;
}

export interface ConversationRow {
  id: string;
  site_id: string;
  visitor_id: string;
  status: string;
  language: string | null;
  intent: string | null;
  urgency: string | null;
  last_seq: number;
  assignee_id: string | null;
  visitor_read_seq: number;
  agent_read_seq: number;
  first_response_at: unknown;
  handed_off_at: unknown;
  resolved_at: unknown;
  created_at: unknown;
  updated_at: unknown;
  /** The shopper's rating of the current resolution; only meaningful while resolved. */
  rating: number | null;
}

export interface SummaryRow extends ConversationRow {
  site_name: string;
  /** `VISITOR_PROFILE_JSON`: the visitor's profile, joined in. */
  visitor_profile: unknown;
  last_text: string | null;
  last_author: string | null;
  last_created_at: unknown;
}

export interface MessageRow {
  id: string;
  conversation_id: string;
  seq: number;
  client_id: string;
  author: string;
  author_id: string | null;
  text: string;
  language: string;
  analysis: unknown;
  translations: unknown;
  created_at: unknown;
}

/** The columns of `attachments` without `bytes`, which is only ever read on download. */
export const ATTACHMENT_COLUMNS =
  'id, site_id, conversation_id, message_id, uploader_kind, uploader_id, name, type, size, sha256, created_at';

export interface AttachmentRow {
  id: string;
  site_id: string;
  conversation_id: string | null;
  message_id: string | null;
  uploader_kind: string;
  uploader_id: string;
  name: string;
  type: string;
  size: number;
  sha256: string;
  created_at: unknown;
}

export function iso(value: unknown): string {
  return (value instanceof Date ? value : new Date(String(value))).toISOString();
}

export function isoOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : iso(value);
}

// jsonb comes back parsed from both drivers; a string would mean a driver configured to skip parsing.
export function json(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

function strings(value: unknown): string[] {
  const parsed = json(value);
  return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
}

export function toSite(row: SiteRow): SiteRecord {
  const glossary = json(row.glossary);
  return {
    id: row.id,
    name: row.name,
    publicKey: row.public_key,
    allowedOrigins: strings(row.allowed_origins),
    defaultLanguage: row.default_language,
    languages: strings(row.languages),
    businessHours: (json(row.business_hours) as BusinessHours | null) ?? null,
    autoReply: (json(row.auto_reply) as AutoReplySettings | null) ?? { mode: 'off', delaySeconds: 120 },
    glossary: Array.isArray(glossary) ? (glossary as GlossaryEntry[]) : [],
    glossaryVersion: row.glossary_version,
    demo: row.demo,
    createdAt: iso(row.created_at),
  };
}

export function toAgent(row: AgentRow): Agent {
  return {
    id: row.id,
    siteId: row.site_id,
    name: row.name,
    role: row.role as AgentRole,
    language: row.language,
    languageSkills: strings(row.language_skills),
    persona: (json(row.persona) as AgentPersona | null) ?? {},
    createdAt: iso(row.created_at),
  };
}

export function toAgentToken(row: AgentTokenRow): AgentToken {
  return {
    id: row.id,
    agentId: row.agent_id,
    label: row.label,
    createdAt: iso(row.created_at),
    lastUsedAt: isoOrNull(row.last_used_at),
  };
}

/**
 * The profile of visitor `alias` as one JSON value: every summary query selects it under `visitor_profile`, so the
 * inbox row carries who the shopper is at the cost of one primary-key lookup.
 */
export const visitorProfileJson = (alias: string): string =>
  `json_build_object('name', ${alias}.name, 'email', ${alias}.email, 'userId', ${alias}.user_id, 'verified', ${alias}.verified)`;

export const EMPTY_PROFILE: VisitorProfile = Object.freeze({
  name: null,
  email: null,
  userId: null,
  verified: false,
});

function toProfile(value: unknown): VisitorProfile {
  const profile = json(value) as Partial<VisitorProfile> | null;
  if (!profile) return { ...EMPTY_PROFILE };
  return {
    name: profile.name ?? null,
    email: profile.email ?? null,
    userId: profile.userId ?? null,
    verified: profile.verified === true,
  };
}

export function toVisitor(row: VisitorRow): Visitor {
  return {
    id: row.id,
    siteId: row.site_id,
    locale: row.locale,
    profile: {
      name: row.name ?? null,
      email: row.email ?? null,
      userId: row.user_id ?? null,
      verified: row.verified === true,
    },
    createdAt: iso(row.created_at),
    lastSeenAt: iso(row.last_seen_at),
  };
}

export function toConversation(row: ConversationRow): Conversation {
  return {
    id: row.id,
    siteId: row.site_id,
    visitorId: row.visitor_id,
    status: row.status as ConversationStatus,
    language: row.language,
    intent: isIntent(row.intent) ? row.intent : null,
    urgency: (row.urgency as Urgency | null) ?? null,
    lastSeq: row.last_seq,
    assigneeId: row.assignee_id,
    visitorReadSeq: row.visitor_read_seq,
    agentReadSeq: row.agent_read_seq,
    firstResponseAt: isoOrNull(row.first_response_at),
    handedOffAt: isoOrNull(row.handed_off_at),
    resolvedAt: isoOrNull(row.resolved_at),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

export function toSummary(row: SummaryRow): ConversationSummary {
  return {
    ...toConversation(row),
    siteName: row.site_name,
    visitor: toProfile(row.visitor_profile),
    lastMessage:
      row.last_text === null
        ? null
        : { text: row.last_text, author: row.last_author as AuthorKind, createdAt: iso(row.last_created_at) },
  };
}

export function toMessage(row: MessageRow, attachments: AttachmentRef[] = []): Message {
  const analysis = json(row.analysis) as Analysis | null;
  const translations = json(row.translations) as Record<string, string> | null;
  return {
    id: row.id,
    conversationId: row.conversation_id,
    seq: row.seq,
    clientId: row.client_id,
    author: row.author as AuthorKind,
    authorId: row.author_id,
    text: row.text,
    language: row.language,
    ...(analysis ? { analysis } : {}),
    translations: translations ?? {},
    ...(attachments.length > 0 ? { attachments } : {}),
    createdAt: iso(row.created_at),
  };
}

/** Where an attachment is served; the route checks who asks before it sends a byte. */
export function attachmentUrl(id: string): string {
  return `/api/v1/attachments/${encodeURIComponent(id)}`;
}

export function toAttachmentRef(row: Pick<AttachmentRow, 'id' | 'name' | 'type' | 'size'>): AttachmentRef {
  return { id: row.id, name: row.name, type: row.type, size: row.size, url: attachmentUrl(row.id) };
}

export function toAttachment(row: AttachmentRow): AttachmentRecord {
  return {
    ...toAttachmentRef(row),
    siteId: row.site_id,
    conversationId: row.conversation_id,
    messageId: row.message_id,
    uploader: toUploader(row.uploader_kind, row.uploader_id),
    sha256: row.sha256,
    createdAt: iso(row.created_at),
  };
}

function toUploader(kind: string, id: string): Uploader {
  if (kind === 'visitor') return { kind: 'visitor', id };
  if (kind === 'agent') return { kind: 'agent', id };
  return { kind: 'admin' };
}

/** The (kind, id) columns an uploader is stored as. */
export function uploaderColumns(uploader: Uploader): [string, string] {
  return uploader.kind === 'admin' ? ['admin', 'admin'] : [uploader.kind, uploader.id];
}
