// Suggested replies for a buyer message: the reply library's vetted scripts and the site's knowledge base
// offline; with an LLM, replies written for the buyer's market and grounded on the same knowledge. Suggestions
// are returned to the agent only: nothing here sends anything.
import {
  type AgentPersona,
  type Analysis,
  type CommitmentKind,
  type Intent,
  type LintWarning,
  type MarketProfile,
  marketForLanguage,
  politeParticles,
  type ReplyTemplate,
  renderTemplate,
  replyLanguageFor,
  replyTemplate,
  type SlotName,
  type Suggestion,
  type SuggestResult,
  templatesFor,
} from '@parley/shared';
import type { LanguageEngine, MarketBrief, WrittenReply } from '../ai/engine.ts';
import { findCommitments } from './commitments.ts';
import { commitmentWarning, lintReply } from './culture-lint.ts';
import type { KnowledgeAnswer, KnowledgeSource } from './knowledge-source.ts';
import { replyLanguage, sameLanguage } from './reply-language.ts';

export const SUGGESTION_COUNT = 3;
const FALLBACK_LANGUAGE = 'en';

export interface SuggestInput {
  siteId: string;
  /** The buyer's message, untrusted. */
  text: string;
  analysis: Analysis;
  /** Earlier buyer messages, oldest first. */
  history?: readonly string[];
  agentLanguage: string;
  persona?: AgentPersona;
  /** Values the conversation knows (the buyer's name); entities of the message fill the rest. */
  slots?: Partial<Record<SlotName, string>>;
  /** The buyer already sent a photo: no need to open by asking for one. */
  hasPhoto?: boolean;
}

/** Replies that answer "it's broken" before anyone knows whether it was transit damage, a fault or a scratch. */
const CLARIFY_BROKEN = 'clarify_broken.which_problem';
/** Short enough that a complaint about a broken item cannot have said what kind of broken it is. */
const VAGUE_MESSAGE_LETTERS = 24;
/** For intents the library has no script for, or too few: a warm opener, and de-escalation when upset. */
const FALLBACK_TEMPLATES = ['greeting.welcome', 'complaint_deescalation.ownership'];
/**
 * After the safety script: a photo of the product and its batch for the follow-up, and an apology that takes
 * ownership. Neither promises anything, so nothing is committed before a person has looked.
 */
const SAFETY_FOLLOW_UPS = ['damaged_or_defective.photo_request', 'complaint_deescalation.ownership'];

export class SuggestionService {
  readonly #engine: LanguageEngine;
  readonly #knowledge: KnowledgeSource;

  constructor(engine: LanguageEngine, knowledge: KnowledgeSource) {
    this.#engine = engine;
    this.#knowledge = knowledge;
  }

  async suggest(input: SuggestInput): Promise<SuggestResult> {
    const language = replyLanguage(input.analysis);
    const market = marketForLanguage(language);
    const [knowledge, allowed] = await Promise.all([
      this.#knowledge.answers(input.siteId, input.text, {
        language: input.analysis.language,
        agentLanguage: input.agentLanguage,
        intent: input.analysis.intent,
        limit: 2,
      }),
      this.#knowledge.allowedCommitments(input.siteId),
    ]);
    const context: ReplyContext = { ...input, language, market, allowed };
    const scripted = this.#scripted(context, knowledge);
    let degraded = false;
    let suggestions = scripted;
    if (this.#engine.writeReplies && !isScriptOnly(input.analysis.intent)) {
      const written = await this.#engine.writeReplies({
        message: input.text,
        history: input.history ?? [],
        intent: input.analysis.intent,
        buyerLanguage: language,
        agentLanguage: input.agentLanguage,
        market: market ? marketBrief(market, input.persona) : undefined,
        knowledge: knowledge.map((answer) => ({ title: answer.title, answer: answer.text })),
        examples: scripted.filter((s) => s.source === 'template').map((s) => s.text),
      });
      if (written === null) degraded = true;
      else
        suggestions = mergeWritten(
          written.map((reply) => fromModel(reply, context)),
          scripted,
        );
    }
    return {
      suggestions: suggestions.slice(0, SUGGESTION_COUNT),
      intent: input.analysis.intent,
      language,
      degraded,
    };
  }

  /** Library and knowledge-base suggestions, best first; always SUGGESTION_COUNT of them. */
  #scripted(context: ReplyContext, knowledge: readonly KnowledgeAnswer[]): Suggestion[] {
    const { specific, fallback } = rankedTemplates(context);
    const render = (templates: readonly ReplyTemplate[]) =>
      templates.map((template) => fromTemplate(template, context)).filter((s): s is Suggestion => !!s);
    const [lead, ...rest] = render(specific);
    const fromKnowledge = knowledge
      .filter((answer) => sameLanguage(answer.language, context.language))
      .map((answer) => fromKnowledgeAnswer(answer, context));
    // The intent's own vetted script leads (safety, a clarifying question, the scenario's script); the
    // merchant's own answers follow, then the rest of the library, and generic openers last.
    return dedupe([...(lead ? [lead] : []), ...fromKnowledge, ...rest, ...render(fallback)]).slice(
      0,
      SUGGESTION_COUNT,
    );
  }
}

interface ReplyContext extends SuggestInput {
  language: string;
  market: MarketProfile | undefined;
  allowed: ReadonlySet<CommitmentKind> | undefined;
}

/** product_safety gets the vetted script only: a model must not improvise about someone's health. */
function isScriptOnly(intent: Intent): boolean {
  return intent === 'product_safety';
}

/** Scripts for the intent, best first, and the generic ones that fill up a short list. */
function rankedTemplates(context: ReplyContext): { specific: ReplyTemplate[]; fallback: ReplyTemplate[] } {
  const { analysis, text } = context;
  const specific = [...templatesFor(analysis.intent)];
  const clarify = replyTemplate(CLARIFY_BROKEN);
  if (clarify) {
    const index = specific.indexOf(clarify);
    if (index >= 0) specific.splice(index, 1);
    const letters = text.match(/\p{L}/gu)?.length ?? 0;
    const vague =
      (analysis.intent === 'damaged_or_defective' || analysis.intent === 'product_question') &&
      letters <= VAGUE_MESSAGE_LETTERS &&
      !context.hasPhoto;
    // "It's broken": ask which kind of broken before promising a return, a repair or a replacement.
    if (vague) specific.unshift(clarify);
  }
  const ids = analysis.intent === 'product_safety' ? SAFETY_FOLLOW_UPS : FALLBACK_TEMPLATES;
  const fallback = ids
    .map((id) => replyTemplate(id))
    .filter((template): template is ReplyTemplate => !!template && !specific.includes(template));
  return { specific, fallback };
}

/** Slot values from the message's entities and the conversation; the agent fills the rest. */
function slotValues(context: ReplyContext): Partial<Record<SlotName, string>> {
  const entities = context.analysis.entities;
  const values: Partial<Record<SlotName, string>> = {};
  const order = entities?.orderNumbers[0];
  const tracking = entities?.trackingNumbers[0];
  if (order) values.order_id = order;
  if (tracking) values.tracking_number = tracking;
  return { ...values, ...context.slots };
}

function fromTemplate(template: ReplyTemplate, context: ReplyContext): Suggestion | undefined {
  const options = {
    slots: slotValues(context),
    ...(context.persona ? { persona: context.persona } : {}),
  };
  // A language the library is not written in (Russian, Polish…) gets the English script, said plainly: offline
  // there is no translation, and an agent can still adapt or translate it.
  const rendered =
    renderTemplate(template, context.language, options) ??
    renderTemplate(template, FALLBACK_LANGUAGE, options);
  if (!rendered) return undefined;
  const notInBuyerLanguage = !sameLanguage(rendered.language, context.language);
  // The same script in the agent's language is an exact back-translation; the English gloss is the fallback.
  const inAgentLanguage = replyLanguageFor(context.agentLanguage)
    ? renderTemplate(template, context.agentLanguage, options)
    : undefined;
  const filled = Object.fromEntries(
    Object.entries(options.slots).filter(([name]) => template.slots.includes(name as SlotName)),
  );
  return {
    text: rendered.text,
    language: rendered.language,
    backTranslation: inAgentLanguage?.text ?? rendered.gloss,
    backTranslationLanguage: inAgentLanguage?.language ?? 'en',
    source: 'template',
    templateId: template.id,
    slots: { filled, missing: rendered.missing },
    commitments: [...rendered.commitments],
    clarifying: template.id === CLARIFY_BROKEN,
    // A vetted script declares its commitments, so its policy check uses them rather than reading the text:
    // "we can't offer a discount" mentions one and promises none.
    warnings: [
      ...lintReply({
        text: rendered.text,
        buyerLanguage: rendered.language,
        market: context.market,
        ...(context.persona ? { persona: context.persona } : {}),
      }).filter((warning) => warning.kind !== 'policy'),
      ...commitmentWarnings(rendered.commitments, context.allowed),
      ...(notInBuyerLanguage ? [noScriptWarning(context.language)] : []),
    ],
  };
}

function commitmentWarnings(
  commitments: readonly CommitmentKind[],
  allowed: ReadonlySet<CommitmentKind> | undefined,
): LintWarning[] {
  return commitments.map((commitment) => commitmentWarning(commitment, allowed));
}

function noScriptWarning(language: string): LintWarning {
  return {
    kind: 'language',
    ruleId: 'no-script-in-language',
    term: language,
    reason: `The reply library has no script in ${language}, so this is the English one.`,
    fix: 'Translate it before sending, or configure an LLM so suggestions are written in the buyer’s language.',
  };
}

function fromKnowledgeAnswer(answer: KnowledgeAnswer, context: ReplyContext): Suggestion {
  return {
    text: answer.text,
    language: answer.language,
    backTranslation: answer.inAgentLanguage?.text ?? answer.text,
    backTranslationLanguage: answer.inAgentLanguage?.language ?? answer.language,
    source: 'knowledge',
    knowledgeEntryId: answer.entryId,
    slots: { filled: {}, missing: [] },
    commitments: findCommitments(answer.text),
    clarifying: false,
    // The merchant wrote it as policy: its promises are the knowledge base's own, so only culture is checked.
    warnings: lintReply({
      text: answer.text,
      buyerLanguage: answer.language,
      market: context.market,
      ...(context.persona ? { persona: context.persona } : {}),
    }).filter((warning) => warning.kind !== 'policy'),
  };
}

function fromModel(reply: WrittenReply, context: ReplyContext): Suggestion {
  // Commitments are read from the text, never taken from the model: a compromised answer cannot hide a refund.
  const commitments = findCommitments(reply.text);
  const missing = [...reply.text.matchAll(/\[([a-z_]+)\]/g)]
    .map((match) => match[1] as SlotName)
    .filter((name, index, all) => all.indexOf(name) === index);
  return {
    text: reply.text,
    language: context.language,
    backTranslation: reply.backTranslation,
    backTranslationLanguage: context.agentLanguage,
    source: 'llm',
    slots: { filled: {}, missing },
    commitments,
    clarifying: false,
    warnings: lintReply({
      text: reply.text,
      buyerLanguage: context.language,
      market: context.market,
      agentLanguage: context.agentLanguage,
      ...(context.persona ? { persona: context.persona } : {}),
      ...(context.allowed ? { allowedCommitments: context.allowed } : {}),
    }),
  };
}

/**
 * Model replies go first, except that a clarifying question stays on top, and a model reply that promises
 * something the knowledge base does not allow drops below every script.
 */
function mergeWritten(written: Suggestion[], scripted: Suggestion[]): Suggestion[] {
  const breaches = (s: Suggestion) => s.warnings.some((w) => w.ruleId.startsWith('commitment-not-allowed'));
  const clarifying = scripted.filter((s) => s.clarifying);
  const good = written.filter((s) => !breaches(s));
  const bad = written.filter(breaches);
  const scripts = scripted.filter((s) => !s.clarifying);
  const top = [...clarifying, ...good.slice(0, SUGGESTION_COUNT - 1 - clarifying.length)];
  return dedupe([...top, ...scripts, ...good, ...bad]);
}

function dedupe(suggestions: Suggestion[]): Suggestion[] {
  const seen = new Set<string>();
  return suggestions.filter((s) => !seen.has(s.text) && seen.add(s.text));
}

export function marketBrief(market: MarketProfile, persona: AgentPersona | undefined): MarketBrief {
  const particles = politeParticles(market, persona);
  return {
    ...(particles
      ? { particles: `End statements with ${particles.statement} and questions with ${particles.question}.` }
      : {}),
    market: market.name,
    register: market.formality.register,
    addressBuyer: market.formality.addressBuyer,
    selfReference: market.formality.selfReference,
    greeting: market.greeting.norm,
    closing: market.closing.norm,
    apology: market.apology.norm,
    emoji: market.emoji.note,
    avoid: market.avoid.map((rule) => `${rule.term}: ${rule.reason}`),
  };
}
