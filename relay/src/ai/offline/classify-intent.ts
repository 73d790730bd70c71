// Offline intent classifier (being replaced by the trained multilingual model in this same file).
import type { Intent, Urgency } from '@parley/shared';

export interface IntentResult {
  intent: Intent;
  urgency: Urgency;
  confidence: number;
}

export function classifyIntent(_text: string, _options: { history?: readonly string[] } = {}): IntentResult {
  return { intent: 'other', urgency: 'normal', confidence: 0 };
}
