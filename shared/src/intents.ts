// The intent taxonomy: the 16 ids are a public contract (DESIGN.md §Contracts 1) and must never be renamed.

export const INTENT_IDS = [
  'order_status',
  'delivery_problem',
  'damaged_or_defective',
  'wrong_or_missing_item',
  'return_refund',
  'cancel_order',
  'change_order',
  'payment_issue',
  'pricing_discount',
  'product_question',
  'stock_availability',
  'product_safety',
  'complaint',
  'invoice_request',
  'greeting_thanks',
  'other',
] as const;

export type Intent = (typeof INTENT_IDS)[number];

export const URGENCY_LEVELS = ['low', 'normal', 'high'] as const;
export type Urgency = (typeof URGENCY_LEVELS)[number];

export function isIntent(value: unknown): value is Intent {
  return typeof value === 'string' && (INTENT_IDS as readonly string[]).includes(value);
}

/** Short English labels for chips in the agent UI. */
export const INTENT_LABELS: Record<Intent, string> = {
  order_status: 'Order status',
  delivery_problem: 'Delivery problem',
  damaged_or_defective: 'Damaged / defective',
  wrong_or_missing_item: 'Wrong / missing item',
  return_refund: 'Return / refund',
  cancel_order: 'Cancel order',
  change_order: 'Change order',
  payment_issue: 'Payment issue',
  pricing_discount: 'Pricing / discount',
  product_question: 'Product question',
  stock_availability: 'Stock',
  product_safety: 'Product safety',
  complaint: 'Complaint',
  invoice_request: 'Invoice',
  greeting_thanks: 'Greeting / thanks',
  other: 'Other',
};

/**
 * Intents that must always reach a person and jump the queue.
 * product_safety is fixed at high urgency by contract; the pipeline enforces it here so no engine can forget.
 */
export const ALWAYS_HIGH_URGENCY: ReadonlySet<Intent> = new Set<Intent>(['product_safety']);
