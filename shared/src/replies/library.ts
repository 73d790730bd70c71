// The reply library: every template, listed explicitly (a test checks none in templates/ is left out).
import type { Intent } from '../intents.ts';
import { cancelOrChangeOrderTemplates } from './templates/cancel-or-change-order.ts';
import { clarifyBrokenTemplates } from './templates/clarify-broken.ts';
import { complaintDeescalationTemplates } from './templates/complaint-deescalation.ts';
import { damagedOrDefectiveTemplates } from './templates/damaged-or-defective.ts';
import { greetingTemplates } from './templates/greeting.ts';
import { invoiceTemplates } from './templates/invoice.ts';
import { logisticsCustomsTemplates } from './templates/logistics-customs.ts';
import { logisticsDelayTemplates } from './templates/logistics-delay.ts';
import { logisticsLostTemplates } from './templates/logistics-lost.ts';
import { logisticsMarkedDeliveredTemplates } from './templates/logistics-marked-delivered.ts';
import { negativeReviewRecoveryTemplates } from './templates/negative-review-recovery.ts';
import { orderStatusTemplates } from './templates/order-status.ts';
import { paymentReminderTemplates } from './templates/payment-reminder.ts';
import { pricingDiscountTemplates } from './templates/pricing-discount.ts';
import { productSafetyTemplates } from './templates/product-safety.ts';
import { returnRefundTemplates } from './templates/return-refund.ts';
import { wrongOrMissingItemTemplates } from './templates/wrong-or-missing-item.ts';
import type { ReplyTemplate } from './types.ts';

/** Every template, in the order suggestions list them: the most specific script for an intent first. */
export const REPLY_TEMPLATES = [
  ...greetingTemplates,
  ...orderStatusTemplates,
  ...paymentReminderTemplates,
  ...pricingDiscountTemplates,
  ...logisticsDelayTemplates,
  ...logisticsLostTemplates,
  ...logisticsCustomsTemplates,
  ...logisticsMarkedDeliveredTemplates,
  ...clarifyBrokenTemplates,
  ...damagedOrDefectiveTemplates,
  ...wrongOrMissingItemTemplates,
  ...returnRefundTemplates,
  ...cancelOrChangeOrderTemplates,
  ...invoiceTemplates,
  ...complaintDeescalationTemplates,
  ...negativeReviewRecoveryTemplates,
  ...productSafetyTemplates,
] as const satisfies readonly ReplyTemplate[];

export type ReplyTemplateId = (typeof REPLY_TEMPLATES)[number]['id'];

/** The template with this id, or undefined. */
export function replyTemplate(id: string): ReplyTemplate | undefined {
  return REPLY_TEMPLATES.find((template) => template.id === id);
}

/** Templates that answer `intent`, in library order; empty for intents with no script (e.g. `other`). */
export function templatesFor(intent: Intent): ReplyTemplate[] {
  return REPLY_TEMPLATES.filter((template) => (template.intents as readonly Intent[]).includes(intent));
}
