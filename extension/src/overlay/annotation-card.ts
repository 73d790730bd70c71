// The card under each buyer message: translation into the agent's language, intent chip and urgency.
import { type Analysis, INTENT_LABELS, languageName } from '@parley/shared';
import type { AgentTranslation } from './agent-translation.ts';
import { el, shadowHost } from './dom.ts';

export const ANNOTATION_TAG = 'parley-annotation';

const CSS = `
:host { all: initial; display: block; margin: 4px 0 2px; font: 13px/1.4 system-ui, sans-serif; }
.card { border-left: 3px solid #6b7280; background: #f8fafc; color: #111827; padding: 4px 8px; border-radius: 4px; }
.chips { display: flex; flex-wrap: wrap; gap: 4px; margin-bottom: 2px; }
.chip { border-radius: 999px; padding: 0 8px; background: #e5e7eb; font-size: 12px; }
.card[data-urgency="high"] { border-left-color: #b91c1c; background: #fef2f2; }
.card[data-urgency="high"] .urgency { background: #b91c1c; color: #fff; font-weight: 600; }
.card[data-intent="product_safety"] { border: 2px solid #b91c1c; }
.card[data-intent="product_safety"] .intent { background: #b91c1c; color: #fff; font-weight: 700; }
.translation { margin: 2px 0 0; white-space: pre-wrap; }
.notice { margin: 2px 0 0; color: #6b7280; font-style: italic; }
`;

export interface AnnotationCard {
  host: HTMLElement;
  showAnalysis(analysis: Analysis): void;
  showAnalysisUnavailable(reason: string): void;
  showTranslation(translation: AgentTranslation, agentLanguage: string): void;
}

export function createAnnotationCard(): AnnotationCard {
  const { host, root } = shadowHost(ANNOTATION_TAG, CSS);
  host.setAttribute('data-parley-annotation', '');
  const chips = el('div', { class: 'chips' });
  const translation = el('p', { class: 'notice', 'data-testid': 'parley-translation' }, 'Translating…');
  const card = el('div', { class: 'card', role: 'note', 'aria-label': 'Parley' }, chips, translation);
  root.append(card);

  return {
    host,
    showAnalysis(analysis) {
      card.dataset.intent = analysis.intent;
      card.dataset.urgency = analysis.urgency;
      const safety = analysis.intent === 'product_safety';
      const intent = el(
        'span',
        { class: 'chip intent', 'data-testid': 'parley-intent' },
        safety ? `⚠ ${INTENT_LABELS[analysis.intent]} — answer personally` : INTENT_LABELS[analysis.intent],
      );
      // A safety message must not scroll past unnoticed: it is announced, not only coloured.
      if (safety) intent.setAttribute('role', 'alert');
      const urgency = el(
        'span',
        { class: 'chip urgency', 'data-testid': 'parley-urgency' },
        `${capitalise(analysis.urgency)} urgency`,
      );
      const language = el('span', { class: 'chip language' }, languageName(analysis.language));
      chips.replaceChildren(intent, urgency, language);
    },
    showAnalysisUnavailable(reason) {
      chips.replaceChildren(
        el('span', { class: 'chip', 'data-testid': 'parley-intent' }, `No analysis (${reason})`),
      );
    },
    showTranslation(result, agentLanguage) {
      translation.removeAttribute('lang');
      if (result.kind === 'translated') {
        translation.className = 'translation';
        translation.setAttribute('lang', agentLanguage);
        translation.dataset.via = result.via;
        translation.textContent = result.text;
      } else if (result.kind === 'same-language') {
        translation.className = 'notice';
        translation.textContent = `Already in ${languageName(result.from)}.`;
      } else {
        translation.className = 'notice';
        translation.dataset.via = 'offline';
        translation.textContent = 'Translation offline: no translation engine is available right now.';
      }
    },
  };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
