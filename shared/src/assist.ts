// Wire types of the assist API (/api/v1/assist/suggest, /compose): what the extension and agent console show
// next to the composer. Nothing here is ever sent to a buyer without the agent choosing it.
import type { CultureIssue } from './markets/culture-issues.ts';
import type { CommitmentKind, SlotName } from './replies/types.ts';

export type SuggestionSource = 'template' | 'knowledge' | 'llm';

export interface LintWarning extends CultureIssue {
  /** `culture`: the market's norms; `language`: not in the buyer's language; `policy`: a promise to check. */
  kind: 'culture' | 'language' | 'policy';
}

export interface Suggestion {
  /** What the buyer would read, in their language. Unfilled slots show as `[slot_name]`. */
  text: string;
  /** The language of `text` ("th", "zh-Hant"). */
  language: string;
  /** What `text` says, in the agent's language where Parley has it (else English), for the agent to check. */
  backTranslation: string;
  backTranslationLanguage: string;
  source: SuggestionSource;
  /** The reply-library template or knowledge-base entry it came from. */
  templateId?: string;
  knowledgeEntryId?: string;
  /** Slots filled from the message's entities and the conversation, and those the agent must still fill. */
  slots: { filled: Partial<Record<SlotName, string>>; missing: SlotName[] };
  /** What sending it promises; the UI asks the agent to confirm before inserting one with any. */
  commitments: CommitmentKind[];
  /** A question that tells apart transit damage, malfunction and cosmetic defect before anything is promised. */
  clarifying: boolean;
  warnings: LintWarning[];
}

export interface SuggestResult {
  suggestions: Suggestion[];
  /** The intent and language the suggestions answer. */
  intent: string;
  language: string;
  /** True when an LLM was configured but failed, and the offline library answered. */
  degraded: boolean;
}

export interface ComposeResult {
  /** The agent's draft in the buyer's language, adapted to their market; null when no translation exists. */
  text: string | null;
  language: string;
  /** `text` translated back into the agent's language. */
  backTranslation: string | null;
  /**
   * How `text` was made: a model's adaptation; offline, the closest scripted reply; `as_written` when the agent
   * already writes the buyer's language; `none` when nothing fits (offline, no script close enough).
   */
  source: 'llm' | 'template' | 'as_written' | 'none';
  templateId?: string;
  warnings: LintWarning[];
}
