// Wire types shared by widget, extension and relay: domain records and the typed Socket.IO event maps.
import type { ErrorBody } from './errors.ts';
import type { Intent, Urgency } from './intents.ts';

export const VISITOR_NAMESPACE = '/visitor';
export const AGENT_NAMESPACE = '/agent';

export type AuthorKind = 'visitor' | 'agent' | 'bot' | 'system';

/** What the language pipeline concluded about one message. */
export interface Analysis {
  language: string;
  script?: string;
  region?: string;
  intent: Intent;
  urgency: Urgency;
  /** 0..1, the classifier's confidence in `intent`. */
  confidence: number;
  /** True when a fallback (not the configured engine) produced this analysis. */
  degraded: boolean;
  sentiment?: Sentiment;
  /** Facts found in the message, for the agent and for filling reply templates. */
  entities?: Entities;
}

export type Sentiment = 'negative' | 'neutral' | 'positive';

export interface Amount {
  /** The number, parsed with the buyer's decimal convention ("1.299,00 €" is 1299). */
  value: number;
  /** ISO 4217 code. */
  currency: string;
  /** Exactly as written. */
  text: string;
}

export interface Entities {
  orderNumbers: string[];
  trackingNumbers: string[];
  emails: string[];
  phones: string[];
  amounts: Amount[];
  /** Glossary terms (product and brand names) as the site spells them. */
  products: string[];
}

export interface Message {
  /** Server-assigned id. */
  id: string;
  conversationId: string;
  /** Per-conversation sequence number, starting at 1, with no gaps. Clients resume from the last one they saw. */
  seq: number;
  /** Client-generated id; a re-send with the same clientId returns the stored message instead of a duplicate. */
  clientId: string;
  author: AuthorKind;
  /** Agent id for agent messages; null otherwise. */
  authorId: string | null;
  text: string;
  /** Language of `text` as detected (visitor) or declared (agent). */
  language: string;
  /** Present for visitor messages in agent-facing payloads; never sent to visitors. */
  analysis?: Analysis;
  /** Translations of `text`, keyed by language code. */
  translations: Record<string, string>;
  /** Files sent with the message (photos of a damaged item, a receipt). */
  attachments?: AttachmentRef[];
  createdAt: string;
}

/** A stored file, referenced by messages. Served at `url` only to parties of its conversation. */
export interface AttachmentRef {
  id: string;
  name: string;
  /** MIME type, one of ATTACHMENT_TYPES. */
  type: string;
  /** Bytes. */
  size: number;
  /** Relative URL under the relay, e.g. `/api/v1/attachments/<id>`. */
  url: string;
}

export type ConversationStatus = 'open' | 'resolved';

export interface ConversationSummary {
  id: string;
  siteId: string;
  siteName: string;
  visitorId: string;
  status: ConversationStatus;
  /** The buyer's language, from the latest analysed visitor message. */
  language: string | null;
  intent: Intent | null;
  urgency: Urgency | null;
  lastSeq: number;
  lastMessage: { text: string; author: AuthorKind; createdAt: string } | null;
  /** Agent the conversation is assigned to, or null while it waits in the site's queue. */
  assigneeId: string | null;
  /** Highest seq the visitor has read; agents show "seen" up to here. */
  visitorReadSeq: number;
  /** Who the shopper is, when the merchant's page or the shopper said; null fields are unknown. */
  visitor: VisitorProfile;
  /** Highest seq any agent has read; the widget shows "seen" up to here. */
  agentReadSeq: number;
  /** When an agent (or the bot) first answered. */
  firstResponseAt: string | null;
  /** When a person took the conversation over from the bot (or was asked for); null while the bot may answer. */
  handedOffAt: string | null;
  resolvedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Weekly opening hours of a site, in its IANA time zone. Days are 0 (Sunday) to 6. */
export interface BusinessHours {
  timeZone: string;
  /** One entry per opening interval; "HH:MM" 24-hour clock, `to` after `from`. */
  intervals: { day: number; from: string; to: string }[];
}

/** A brand or product term and how it must appear in each language (kept untranslated when no entry). */
export interface GlossaryEntry {
  term: string;
  /** Optional per-language renderings, keyed by language code. */
  translations?: Record<string, string>;
  /** Never translate or transliterate the term. */
  doNotTranslate?: boolean;
}

/** When the auto-reply bot answers shoppers: never, while the team is away (outside business hours or with no agent
 * signed in), when no agent has answered within `delaySeconds`, or always first. It hands off to a person for safety
 * reports, complaints and on request. */
export const AUTO_REPLY_MODES = ['off', 'after_hours', 'no_answer', 'always'] as const;
export type AutoReplyMode = (typeof AUTO_REPLY_MODES)[number];

export interface AutoReplySettings {
  mode: AutoReplyMode;
  /** For `no_answer`: how long a shopper waits for an agent before the bot answers. */
  delaySeconds: number;
}

export interface Site {
  id: string;
  name: string;
  /** Public key used in the widget's `data-site` attribute. */
  publicKey: string;
  allowedOrigins: string[];
  defaultLanguage: string;
  /** Languages the site serves, in order of preference; the first is `defaultLanguage`. */
  languages: string[];
  businessHours: BusinessHours | null;
  glossary: GlossaryEntry[];
  autoReply: AutoReplySettings;
  createdAt: string;
}

export type AgentRole = 'agent' | 'admin';

export interface Agent {
  id: string;
  siteId: string;
  name: string;
  role: AgentRole;
  /** The language the agent reads and writes; translations target it. */
  language: string;
  /** Every language the agent can answer in, for routing. */
  languageSkills: string[];
  /** How the agent presents: display name to buyers and gender for languages that mark it (Thai ค่ะ/ครับ). */
  persona: AgentPersona;
  createdAt: string;
}

export interface AgentPersona {
  displayName?: string;
  /** Chooses gendered politeness particles where a language has them. */
  gender?: 'female' | 'male' | 'neutral';
}

// ---- Socket.IO acknowledgements -------------------------------------------------------------

export type Ack<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };
export type AckCallback<T> = (response: Ack<T>) => void;

// ---- /visitor namespace ---------------------------------------------------------------------

export interface VisitorAuth {
  siteKey: string;
  /** Token from an earlier `session` event; lets a reloaded page continue the same conversation. */
  visitorToken?: string;
  /** `navigator.language`, used as a language-detection hint. */
  locale?: string;
}

export interface VisitorSession {
  visitorToken: string;
  visitorId: string;
  conversationId: string | null;
  siteName: string;
  /** Whether someone can answer now; the widget's away mode reads it. Updated by `availability` events. */
  availability: SiteAvailability;
  /** The conversation's state, so a reloaded widget still offers the rating of a resolved conversation. */
  conversation: VisitorConversationState | null;
  /** What `identify` has stored for this visitor, so the widget does not ask for an email it already has. */
  profile: VisitorProfile;
}

/** Whether the team can answer right now, as a shopper should be told. */
export interface SiteAvailability {
  /** Within the site's business hours (always true for a site without business hours). */
  open: boolean;
  /** At least one agent of the site is connected to the relay. */
  agentsOnline: boolean;
  /** When business hours next begin (ISO 8601), while closed; null when open or the site keeps no hours. */
  nextOpenAt: string | null;
}

/** The part of a conversation's state its shopper may see. */
export interface VisitorConversationState {
  conversationId: string;
  status: ConversationStatus;
  /** The shopper's CSAT rating (1 to 5) of the latest resolution, or null while unrated. */
  rating: number | null;
}

/** Who the shopper is, as the merchant's page or the shopper said (`Parley('identify')`, the away-mode form). */
export interface VisitorProfile {
  name: string | null;
  email: string | null;
  /** The merchant's own user id; only set when `userHash` proved it (HMAC-SHA256 with the site's identity secret). */
  userId: string | null;
  /** True when the identity came with a valid `userHash`, so agents may trust it. */
  verified: boolean;
}

/** `identify`: any subset; fields left out keep their stored value. */
export interface VisitorIdentifyPayload {
  name?: string;
  email?: string;
  /** The merchant's user id, signed with `userHash`; refused without a matching hash. */
  userId?: string;
  /** Hex HMAC-SHA256 of `userId` with the site's identity secret, computed on the merchant's server. */
  userHash?: string;
  /** The shopper left the email in away mode to be answered there: agents are told in the conversation. */
  followUpByEmail?: boolean;
}

/** CSAT: 1 (very dissatisfied) to 5 (very satisfied) for the conversation's latest resolution. */
export interface RatePayload {
  rating: number;
  comment?: string;
}

export interface SendMessagePayload {
  clientId: string;
  text: string;
}

export interface SyncPayload {
  /** Highest seq the client already has; the relay returns everything after it. */
  afterSeq: number;
}

export interface TypingPayload {
  typing: boolean;
}

export interface ReadPayload {
  /** Highest seq the reader has seen; read state only moves forward. */
  seq: number;
}

export interface VisitorServerToClientEvents {
  session: (session: VisitorSession) => void;
  message: (message: Message) => void;
  /** An agent started or stopped typing in the visitor's conversation. */
  typing: (event: { typing: boolean }) => void;
  /** Agents have read the visitor's messages up to `seq`. */
  read: (event: { seq: number }) => void;
  /** The team's availability changed (business hours began or ended, the last agent left or the first came). */
  availability: (availability: SiteAvailability) => void;
  /** An agent resolved or reopened the conversation, or the shopper's rating was stored. */
  conversation: (state: VisitorConversationState) => void;
}

export interface VisitorSendMessagePayload extends SendMessagePayload {
  /** Ids returned by `POST /api/v1/attachments` with the visitor token. */
  attachmentIds?: string[];
}

export interface VisitorClientToServerEvents {
  'message:send': (payload: VisitorSendMessagePayload, ack: AckCallback<Message>) => void;
  'messages:sync': (payload: SyncPayload, ack: AckCallback<Message[]>) => void;
  typing: (payload: TypingPayload) => void;
  'messages:read': (payload: ReadPayload, ack: AckCallback<{ seq: number }>) => void;
  identify: (payload: VisitorIdentifyPayload, ack: AckCallback<VisitorProfile>) => void;
  /** Only for a resolved conversation; rating again replaces the earlier rating of the same resolution. */
  'conversation:rate': (payload: RatePayload, ack: AckCallback<VisitorConversationState>) => void;
}

// ---- /agent namespace -----------------------------------------------------------------------

export interface AgentAuth {
  /** An agent token, or the admin token. */
  token: string;
}

export interface AgentSession {
  agentId: string | null;
  name: string;
  role: AgentRole;
  language: string;
}

export interface ListConversationsPayload {
  status?: ConversationStatus;
}

export interface ListMessagesPayload {
  conversationId: string;
  afterSeq?: number;
}

export interface ReplyPayload {
  conversationId: string;
  clientId: string;
  text: string;
  /** Ids returned by `POST /api/v1/attachments` with the same agent token, for this conversation. */
  attachmentIds?: string[];
}

export interface AgentTypingPayload extends TypingPayload {
  conversationId: string;
}

export interface AgentReadPayload extends ReadPayload {
  conversationId: string;
}

export interface AssignPayload {
  conversationId: string;
  /** Agent to assign, or null to put the conversation back in the queue. */
  agentId: string | null;
}

export interface ResolvePayload {
  conversationId: string;
}

export interface AgentServerToClientEvents {
  session: (session: AgentSession) => void;
  'conversation:updated': (conversation: ConversationSummary) => void;
  /**
   * A new message, with its conversation's inbox row after it. One event rather than `message` plus
   * `conversation:updated` halves the writes of the busiest fan-out (every agent of a site, every message).
   */
  message: (message: Message, conversation?: ConversationSummary) => void;
  /**
   * A shopper's message again, now with its translation for agents. Sent after `message`, never instead of
   * it: the original is delivered first and the translation follows when the engine has it.
   */
  'message:translated': (message: Message) => void;
  /** The visitor of a conversation started or stopped typing. */
  typing: (event: { conversationId: string; typing: boolean }) => void;
  /** The visitor has read the conversation up to `seq`. */
  read: (event: { conversationId: string; seq: number }) => void;
}

export interface AgentClientToServerEvents {
  'conversations:list': (payload: ListConversationsPayload, ack: AckCallback<ConversationSummary[]>) => void;
  'messages:list': (payload: ListMessagesPayload, ack: AckCallback<Message[]>) => void;
  'message:reply': (payload: ReplyPayload, ack: AckCallback<Message>) => void;
  typing: (payload: AgentTypingPayload) => void;
  'messages:read': (payload: AgentReadPayload, ack: AckCallback<{ seq: number }>) => void;
  'conversation:assign': (payload: AssignPayload, ack: AckCallback<ConversationSummary>) => void;
  'conversation:resolve': (payload: ResolvePayload, ack: AckCallback<ConversationSummary>) => void;
}

/** Error delivered with a refused Socket.IO handshake, as `connect_error`'s `data`. */
export interface HandshakeErrorData {
  error: ErrorBody;
}
