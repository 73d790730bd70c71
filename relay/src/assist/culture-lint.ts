// Culture lint for a reply about to go to a buyer: the market's own rules (shared/markets), plus what only the
// relay can know: the agent's language sent untranslated, and a promise the site's knowledge base does not allow.
import {
  type AgentPersona,
  type CommitmentKind,
  findCultureIssues,
  type LintWarning,
  type MarketProfile,
  parseLocale,
  politeParticles,
} from '@parley/shared';
import { detectLanguage } from '../ai/offline/detect-language.ts';
import { findCommitments } from './commitments.ts';

export interface LintInput {
  /** The reply as the buyer would read it. */
  text: string;
  /** The buyer's language: a code or tag ("th", "zh-Hant"). */
  buyerLanguage: string;
  /** The buyer's market; its rules are skipped when unknown. */
  market: MarketProfile | undefined;
  /** The agent's own language, to catch a draft sent untranslated. */
  agentLanguage?: string;
  persona?: AgentPersona;
  /**
   * Commitments the site's knowledge base allows. Undefined: no knowledge base to check against, so a promise
   * is flagged for care but not as a breach of policy.
   */
  allowedCommitments?: ReadonlySet<CommitmentKind>;
}

/** A sentence of a few words says too little to tell languages apart; "OK" is not untranslated English. */
const MIN_LETTERS_FOR_LANGUAGE_CHECK = 12;

export function lintReply(input: LintInput): LintWarning[] {
  const warnings: LintWarning[] = [];
  const buyer = parseLocale(input.buyerLanguage)?.language;
  if (input.market) {
    for (const issue of findCultureIssues(input.text, input.market, input.buyerLanguage))
      warnings.push({ ...issue, kind: 'culture' });
  }
  const particleIssue = input.market
    ? personaParticleMismatch(input.text, input.market, input.persona)
    : undefined;
  if (particleIssue) warnings.push(particleIssue);
  const letters = input.text.match(/\p{L}/gu)?.length ?? 0;
  const agent = input.agentLanguage ? parseLocale(input.agentLanguage)?.language : undefined;
  if (agent && buyer && agent !== buyer && letters >= MIN_LETTERS_FOR_LANGUAGE_CHECK) {
    const written = detectLanguage(input.text, { markets: [buyer, agent] }).language;
    if (written === agent) {
      warnings.push({
        kind: 'language',
        ruleId: 'untranslated',
        term: 'Text in your own language',
        reason: `This reply is written in ${agent}, but the buyer reads ${buyer}.`,
        fix: 'Use compose assist to send it in the buyer’s language, or pick a suggestion.',
      });
    }
  }
  for (const commitment of findCommitments(input.text))
    warnings.push(commitmentWarning(commitment, input.allowedCommitments));
  return warnings;
}

/** A promise to check: against the knowledge base's policy when there is one, else just for the agent's care. */
export function commitmentWarning(
  commitment: CommitmentKind,
  allowed: ReadonlySet<CommitmentKind> | undefined,
): LintWarning {
  if (allowed && !allowed.has(commitment)) {
    return {
      kind: 'policy',
      ruleId: `commitment-not-allowed:${commitment}`,
      term: commitment,
      reason: `This promises a ${commitment}, and the site's knowledge base does not allow one.`,
      fix: 'Remove the promise, or check with a manager and update the knowledge base first.',
    };
  }
  return {
    kind: 'policy',
    ruleId: `commitment:${commitment}`,
    term: commitment,
    reason: `This commits the shop to a ${commitment}.`,
    fix: 'Send it only if you can honour it for this order.',
  };
}

/**
 * A Thai reply whose particles are the other gender's (ครับ from a female persona): buyers notice at once, and
 * it reads as a copy-pasted script. Only for a persona with a stated gender.
 */
function personaParticleMismatch(
  text: string,
  market: MarketProfile,
  persona: AgentPersona | undefined,
): LintWarning | undefined {
  const gender = persona?.gender;
  if (gender !== 'female' && gender !== 'male') return undefined;
  const own = politeParticles(market, persona);
  const other = politeParticles(market, { gender: gender === 'female' ? 'male' : 'female' });
  if (!own || !other) return undefined;
  const foreign = [other.statement, other.question].filter(
    (particle) => particle !== own.statement && particle !== own.question,
  );
  const match = foreign.find((particle) => text.includes(particle));
  if (!match) return undefined;
  return {
    kind: 'culture',
    ruleId: 'persona-particle',
    term: match,
    match,
    index: text.indexOf(match),
    reason: `“${match}” is the particle of a ${gender === 'female' ? 'male' : 'female'} speaker, and your persona is ${gender}.`,
    fix: `End sentences with ${own.statement} (questions with ${own.question}).`,
  };
}
