// Compose assist: the agent writes in their own language; the relay returns the buyer-language version adapted
// to the buyer's market, its back-translation, and the culture lint. Offline there is no free-text translation,
// so the closest vetted script is offered instead, or nothing, said plainly.
import {
  type AgentPersona,
  type ComposeResult,
  marketForLanguage,
  REPLY_TEMPLATES,
  type ReplyTemplate,
  renderTemplate,
  replyLanguageFor,
} from '@parley/shared';
import type { LanguageEngine } from '../ai/engine.ts';
import { lintReply } from './culture-lint.ts';
import type { KnowledgeSource } from './knowledge-source.ts';
import { sameLanguage } from './reply-language.ts';
import { marketBrief } from './suggest.ts';

export interface ComposeInput {
  siteId: string;
  /** The agent's draft, in their own language. */
  draft: string;
  agentLanguage: string;
  /** The buyer's language ("th", "zh-Hant"). */
  buyerLanguage: string;
  persona?: AgentPersona;
  glossaryTerms?: readonly string[];
}

/**
 * How much of a draft's trigrams a script must share before it is offered as "what you meant". Unrelated English
 * drafts share about 0.45 with the closest script (common words); paraphrases of a script share 0.65 and more.
 */
const CLOSEST_SCRIPT_MIN_SIMILARITY = 0.6;

export class ComposeService {
  readonly #engine: LanguageEngine;
  readonly #knowledge: KnowledgeSource;

  constructor(engine: LanguageEngine, knowledge: KnowledgeSource) {
    this.#engine = engine;
    this.#knowledge = knowledge;
  }

  async compose(input: ComposeInput): Promise<ComposeResult> {
    const market = marketForLanguage(input.buyerLanguage);
    const allowed = await this.#knowledge.allowedCommitments(input.siteId);
    const lint = (text: string, language: string) =>
      lintReply({
        text,
        buyerLanguage: language,
        market,
        agentLanguage: input.agentLanguage,
        ...(input.persona ? { persona: input.persona } : {}),
        ...(allowed ? { allowedCommitments: allowed } : {}),
      });
    const language = input.buyerLanguage;
    if (sameLanguage(input.agentLanguage, language)) {
      return {
        text: input.draft,
        language,
        backTranslation: input.draft,
        source: 'as_written',
        warnings: lint(input.draft, language),
      };
    }
    const adapted = await this.#engine.adaptDraft?.({
      draft: input.draft,
      from: input.agentLanguage,
      to: language,
      market: market ? marketBrief(market, input.persona) : undefined,
      ...(input.glossaryTerms ? { glossaryTerms: input.glossaryTerms } : {}),
    });
    if (adapted) {
      return {
        text: adapted.text,
        language,
        backTranslation: adapted.backTranslation,
        source: 'llm',
        warnings: lint(adapted.text, language),
      };
    }
    const closest = closestScript(input.draft, input.agentLanguage);
    const rendered = closest
      ? renderTemplate(closest, language, input.persona ? { persona: input.persona } : {})
      : undefined;
    if (closest && rendered) {
      const inAgentLanguage = renderTemplate(closest, input.agentLanguage, {
        ...(input.persona ? { persona: input.persona } : {}),
      });
      return {
        text: rendered.text,
        language: rendered.language,
        backTranslation: inAgentLanguage?.text ?? rendered.gloss,
        source: 'template',
        templateId: closest.id,
        warnings: lint(rendered.text, rendered.language),
      };
    }
    // Nothing to offer: lint the draft as it stands, which says it is not in the buyer's language.
    return {
      text: null,
      language,
      backTranslation: null,
      source: 'none',
      warnings: lint(input.draft, language),
    };
  }
}

/** The script whose text in the agent's language (or English) shares the most wording with the draft. */
function closestScript(draft: string, agentLanguage: string): ReplyTemplate | undefined {
  const language = replyLanguageFor(agentLanguage);
  const wanted = features(draft);
  let best: { template: ReplyTemplate; similarity: number } | undefined;
  for (const template of REPLY_TEMPLATES) {
    const written = (language && template.texts[language]?.text) || template.texts.en?.text;
    if (!written) continue;
    const similarity = overlap(wanted, features(written.replace(/\{[a-z_]+\}/g, ' ')));
    if (similarity > (best?.similarity ?? 0)) best = { template, similarity };
  }
  return best && best.similarity >= CLOSEST_SCRIPT_MIN_SIMILARITY ? best.template : undefined;
}

/** Character trigrams of the lower-cased letters: works for languages written without spaces too. */
function features(text: string): Set<string> {
  const letters = text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= letters.length; i++) grams.add(letters.slice(i, i + 3));
  return grams;
}

/** Share of the draft's trigrams found in the script. */
function overlap(draft: Set<string>, script: Set<string>): number {
  if (draft.size === 0) return 0;
  let shared = 0;
  for (const gram of draft) if (script.has(gram)) shared++;
  return shared / draft.size;
}
