// Compose assist in the suggestion panel: the agent writes in their own language, sees what the buyer would read,
// what it means back in their own language and the culture lint, and inserts it into the page's composer.
import type { AgentPersona, ComposeResult, LintWarning } from '@parley/shared';
import { type AssistClient, AssistError } from '../assist/assist-client.ts';
import { el } from './dom.ts';
import { createPromiseConfirmation } from './promise-confirmation.ts';

export const COMPOSE_CSS = `
.compose { margin-top: 6px; padding-top: 6px; border-top: 1px solid #e5e7eb; display: grid; gap: 4px; }
.compose label { font-size: 12px; font-weight: 600; color: #374151; }
.compose textarea { font: inherit; box-sizing: border-box; width: 100%; resize: vertical; padding: 4px;
  border: 1px solid #d1d5db; border-radius: 4px; }
.compose button { justify-self: start; }
.compose textarea:focus-visible, .compose button:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.compose .adapted { margin: 0; padding: 4px 6px; border: 1px solid #e5e7eb; border-radius: 4px; white-space: pre-wrap; }
.compose .note { margin: 0; font-size: 12px; color: #4b5563; }
.warnings { list-style: none; margin: 0; padding: 0; display: grid; gap: 2px; }
.warning { font-size: 12px; padding: 2px 6px; border-left: 3px solid; border-radius: 2px; }
.warning .label { font-weight: 600; margin-right: 4px; }
.warning .fix { display: block; }
.warning--culture { border-color: #f59e0b; background: #fffbeb; color: #92400e; }
.warning--language, .warning--policy { border-color: #dc2626; background: #fef2f2; color: #991b1b; }
`;

/** Said before each warning, so its kind does not rest on colour alone. */
const WARNING_LABELS: Record<LintWarning['kind'], string> = {
  culture: 'Culture:',
  language: 'Language:',
  policy: 'Promise:',
};

export interface ComposeAreaOptions {
  assist: AssistClient;
  agentLanguage: string;
  persona?: AgentPersona | undefined;
  /** The language the buyer reads; rejects with the reason when the panel cannot tell yet. */
  buyerLanguage: () => Promise<string>;
  /** Puts the reply into the page's composer, as a chosen suggestion is. */
  insert: (text: string) => void;
  signal: AbortSignal;
}

export function createComposeArea(options: ComposeAreaOptions): HTMLElement {
  const { assist, agentLanguage, persona, signal } = options;
  const draft = el('textarea', {
    id: 'parley-compose-draft',
    rows: '3',
    lang: agentLanguage,
    'data-testid': 'parley-compose-draft',
  });
  const adapt = el(
    'button',
    { type: 'button', 'data-testid': 'parley-compose-adapt', title: 'Ctrl+Enter' },
    'Adapt for the buyer',
  );
  const status = el('p', { class: 'note', role: 'status', 'data-testid': 'parley-compose-status' });
  const result = el('div', { class: 'compose-result', hidden: '', 'data-testid': 'parley-compose-result' });
  const confirmation = createPromiseConfirmation();
  const area = el(
    'section',
    { class: 'compose', 'aria-label': 'Compose assist' },
    el('label', { for: 'parley-compose-draft' }, 'Write in your language'),
    draft,
    adapt,
    status,
    result,
    confirmation.box,
  );

  let request = 0;
  let adaptations = 0;

  function clearResult(): void {
    request++;
    confirmation.hide();
    result.hidden = true;
    result.replaceChildren();
  }

  async function adaptDraft(): Promise<void> {
    const text = draft.value.trim();
    clearResult();
    const mine = request;
    if (text === '') {
      status.textContent = 'Write your reply first.';
      return;
    }
    status.textContent = 'Adapting…';
    try {
      const buyerLanguage = await options.buyerLanguage();
      const composed = await assist.compose({
        text,
        buyerLanguage,
        agentLanguage,
        ...(persona ? { persona } : {}),
      });
      if (signal.aborted || mine !== request) return;
      status.textContent = sourceNote(composed);
      show(composed);
    } catch (error) {
      if (signal.aborted || mine !== request) return;
      status.textContent = `Could not adapt: ${AssistError.fromUnknown(error).message}`;
    }
  }

  function show(composed: ComposeResult): void {
    const children: Node[] = [];
    if (composed.text !== null) {
      children.push(
        el(
          'p',
          { class: 'adapted', lang: composed.language, 'data-testid': 'parley-compose-text' },
          composed.text,
        ),
      );
    }
    if (composed.backTranslation !== null && composed.source !== 'as_written') {
      children.push(
        el(
          'p',
          { class: 'note', lang: agentLanguage, 'data-testid': 'parley-compose-back' },
          `Means: ${composed.backTranslation}`,
        ),
      );
    }
    if (composed.warnings.length > 0) {
      children.push(
        el(
          'ul',
          { class: 'warnings', 'aria-label': 'Before you send' },
          ...composed.warnings.map(warningItem),
        ),
      );
    }
    const text = composed.text;
    if (text !== null) {
      const insert = el('button', { type: 'button', 'data-testid': 'parley-compose-insert' }, 'Insert');
      // A new key per result: confirming one adaptation never confirms the next.
      const key = String(++adaptations);
      insert.addEventListener('click', () =>
        confirmation.offer(key, promisesIn(composed.warnings), () => options.insert(text)),
      );
      children.push(insert);
    }
    result.replaceChildren(...children);
    result.hidden = false;
  }

  adapt.addEventListener('click', () => void adaptDraft());
  // The adaptation is of the words that were sent: once they change, inserting it would send something else.
  draft.addEventListener('input', () => {
    if (!result.hidden) {
      clearResult();
      status.textContent = 'Changed: adapt again before inserting.';
    }
  });
  draft.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void adaptDraft();
    }
  });
  // Key events leave the shadow root retargeted to the panel's host, which page hotkey handlers do not recognise
  // as a text field: without this, typing "r" or "/" here could trigger the helpdesk's own shortcuts.
  for (const type of ['keydown', 'keyup', 'keypress'] as const) {
    area.addEventListener(type, (event) => event.stopPropagation());
  }
  return area;
}

/** What the agent should know about where the text came from, beyond what it says. */
function sourceNote(composed: ComposeResult): string {
  switch (composed.source) {
    case 'template':
      return 'No translation engine: this is the closest scripted reply. Check that it says what you mean.';
    case 'none':
      return 'No translation engine, and no scripted reply is close to this. Rephrase it, or pick a suggestion.';
    case 'as_written':
      return 'Already in the buyer’s language.';
    case 'llm':
      return '';
  }
}

function warningItem(warning: LintWarning): HTMLElement {
  return el(
    'li',
    { class: `warning warning--${warning.kind}`, 'data-testid': 'parley-compose-warning' },
    el('span', { class: 'label' }, WARNING_LABELS[warning.kind]),
    warning.reason,
    el('span', { class: 'fix' }, `Fix: ${warning.fix}`),
  );
}

/**
 * The commitments a composed reply makes. ComposeResult has no list of them: the relay's lint flags each promise
 * as a `policy` warning named after the commitment (`commitment:refund`, `commitment-not-allowed:refund`).
 */
export function promisesIn(warnings: readonly LintWarning[]): string[] {
  return warnings.filter((warning) => warning.kind === 'policy').map((warning) => warning.term);
}
