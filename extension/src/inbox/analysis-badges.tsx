// The small markers that tell an agent what a buyer needs at a glance: language, intent and urgency.
import {
  type Analysis,
  INTENT_LABELS,
  type Intent,
  languageName,
  UNDETERMINED_LANGUAGE,
  type Urgency,
} from '@parley/shared';

/** "TH" in a list row (full name for screen readers and on hover); the full name on a message. */
export function LanguageBadge(props: { code: string | null; script?: string | undefined; full?: boolean }) {
  const code = props.code ?? UNDETERMINED_LANGUAGE;
  const name = languageName(code);
  const detail = props.script ? `${name} (${code}, ${props.script} script)` : `${name} (${code})`;
  if (props.full) {
    return (
      <span class="badge badge--lang" data-testid="message-language" title={`Detected language: ${detail}`}>
        {name}
      </span>
    );
  }
  return (
    <span class="badge badge--lang" data-testid="conversation-language" title={name}>
      <span aria-hidden="true">{code === UNDETERMINED_LANGUAGE ? '??' : code.toUpperCase()}</span>
      <span class="sr-only">{name}</span>
    </span>
  );
}

export function IntentChip(props: {
  intent: Intent | null;
  analysis?: Pick<Analysis, 'confidence' | 'degraded'> | undefined;
  testId?: string;
}) {
  if (!props.intent) return null;
  const label = INTENT_LABELS[props.intent];
  const { analysis } = props;
  // Low confidence is shown, not hidden: a wrong tag read with false certainty is what Parley exists to prevent.
  const unsure = analysis !== undefined && (analysis.confidence < 0.5 || analysis.degraded);
  const title = analysis
    ? `Intent: ${label} (confidence ${Math.round(analysis.confidence * 100)}%${analysis.degraded ? ', fallback engine' : ''})`
    : `Intent: ${label}`;
  return (
    <span
      class={`chip chip--intent${props.intent === 'product_safety' ? ' chip--safety' : ''}${unsure ? ' chip--unsure' : ''}`}
      data-testid={props.testId}
      data-intent={props.intent}
      title={title}
    >
      {label}
      {unsure ? '?' : ''}
    </span>
  );
}

/**
 * Product safety (allergy, injury, contamination) must never be mistaken for a routine question,
 * so it gets its own red marker with words, not only a colour.
 */
export function UrgencyMarker(props: { intent: Intent | null; urgency: Urgency | null; compact?: boolean }) {
  if (props.intent === 'product_safety') {
    return (
      <strong class="urgency urgency--safety" data-testid="urgency-marker" data-urgency="high">
        {props.compact ? '⚠ Safety · high' : '⚠ Product safety — high urgency'}
      </strong>
    );
  }
  if (props.urgency === 'high') {
    return (
      <strong class="urgency urgency--high" data-testid="urgency-marker" data-urgency="high">
        {props.compact ? 'High' : 'High urgency'}
      </strong>
    );
  }
  if (props.urgency === 'low' && !props.compact) {
    return (
      <span class="urgency urgency--low" data-testid="urgency-marker" data-urgency="low">
        Low urgency
      </span>
    );
  }
  return null;
}
