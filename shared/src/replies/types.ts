// Types of the reply library: scripted replies agents can trust, one text per language.
import type { Intent } from '../intents.ts';

/**
 * Languages the library writes in, as BCP 47 tags. Chinese is split by script, because Simplified and
 * Traditional readers use different characters and vocabulary; everything else is one text per language
 * (pt is written for Brazil, es for Spain with usted, so it also suits Latin America).
 */
export const REPLY_LANGUAGES = [
  'en',
  'th',
  'vi',
  'id',
  'ms',
  'tl',
  'zh-Hans',
  'zh-Hant',
  'ja',
  'ko',
  'de',
  'fr',
  'es',
  'pt',
  'it',
  'ar',
] as const;
export type ReplyLanguage = (typeof REPLY_LANGUAGES)[number];

export const REPLY_SCENARIOS = [
  'greeting',
  'order_status',
  'payment_reminder',
  'pricing_discount',
  'logistics_delay',
  'logistics_lost',
  'logistics_customs',
  'logistics_marked_delivered',
  'damaged_or_defective',
  'clarify_broken',
  'wrong_or_missing_item',
  'return_refund',
  'cancel_or_change_order',
  'invoice',
  'complaint_deescalation',
  'negative_review_recovery',
  'product_safety',
] as const;
export type ReplyScenario = (typeof REPLY_SCENARIOS)[number];

/**
 * Slots an agent (or the pipeline, from message entities) fills. Values are plain text: `{amount}` and
 * `{eta_date}` expect text already formatted for the market (formatMoney, formatDate).
 */
export const SLOT_NAMES = [
  'buyer_name',
  'order_id',
  'tracking_number',
  'tracking_url',
  'eta_date',
  'amount',
  'discount',
  'agent_name',
] as const;
export type SlotName = (typeof SLOT_NAMES)[number];

/**
 * Tokens the renderer fills from the agent's persona, never from slots, so a buyer-supplied value can never
 * choose them. Thai only: `{particle}` is ค่ะ / ครับ, `{particle_q}` is คะ / ครับ (in questions and after นะ).
 */
export const PERSONA_TOKENS = ['particle', 'particle_q'] as const;
export type PersonaToken = (typeof PERSONA_TOKENS)[number];

/** What a reply commits the merchant to; the agent UI flags any non-empty list before sending. */
export const REPLY_COMMITMENTS = ['refund', 'discount', 'compensation', 'replacement'] as const;
export type CommitmentKind = (typeof REPLY_COMMITMENTS)[number];

export interface ReplyText {
  /** What the buyer reads, with `{slot}` and persona tokens. */
  text: string;
  /** English back-translation for the agent, with the same slots. Omitted only for English itself. */
  gloss?: string;
}

export interface ReplyTemplate {
  /** `<scenario>.<variant>`, stable: usage metrics and site overrides key on it. */
  id: string;
  scenario: ReplyScenario;
  /** Intents this template answers; `templatesFor(intent)` reads them. */
  intents: readonly Intent[];
  /** Slots every language uses (a test keeps texts and this list in step), in the order an agent fills them. */
  slots: readonly SlotName[];
  /** Empty when sending it promises nothing beyond information. */
  commitments: readonly CommitmentKind[];
  /** What the agent must know before sending, in English. */
  agentNote?: string;
  texts: { readonly [language in ReplyLanguage]?: ReplyText };
}
