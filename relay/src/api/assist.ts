// /api/v1/assist: the language pipeline on demand, for pages Parley does not own (the extension's assist panel).
import type { AgentPersona, Analysis, SuggestResult } from '@parley/shared';
import { checkMessageText, ParleyError } from '@parley/shared';
import { agentPersonaSchema, analyzeInputSchema, languageCodeSchema } from '@parley/shared/schemas';
import { z } from 'zod';
import { agentVoice, latestBuyerTurn } from '../assist/assist-context.ts';
import { replyLanguage } from '../assist/reply-language.ts';
import { canAccessSite, type Principal, siteScope } from '../auth/principal.ts';
import { siteGlossary } from '../site-glossary.ts';
import type { ApiDeps } from './deps.ts';
import { requireDisplayName } from './display-name.ts';
import type { ApiRouter } from './router.ts';
import { analysisSchema, data } from './schemas.ts';

// Assist text gets the same message_empty / message_too_long codes as chat, so the schema's length cap is lifted.
const analyzeBody = analyzeInputSchema.extend({ text: z.string() });

const translateBody = z.object({
  text: z.string(),
  to: languageCodeSchema,
  /** Omitted: detected from the text. */
  from: languageCodeSchema.optional(),
  /** Also translate the result back, so the agent can check what the buyer will read. */
  back: z.boolean().optional(),
  /** Whose glossary keeps brand and product names untranslated; an agent's own site when omitted. */
  siteId: z.string().min(1).max(100).optional(),
});

/** A reply language as the library spells it: a code, or Chinese with its script ("zh-Hant"). */
const replyLanguageSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-(Hans|Hant))?$/, 'Use a language code such as "th", or "zh-Hans" / "zh-Hant".');

/**
 * How the agent presents for this request (the extension's options: display name, gender for Thai ค่ะ/ครับ),
 * laid over the persona stored on the relay.
 */
const personaOverride = agentPersonaSchema.strict().optional();

const suggestBody = z.union([
  z.object({
    /** A relay conversation: its latest buyer message is answered. */
    conversationId: z.string().min(1).max(100),
    agentLanguage: languageCodeSchema.optional(),
    persona: personaOverride,
  }),
  z.object({
    /** A buyer message read from a page Parley does not own (the extension). */
    text: z.string(),
    locale: z.string().max(200).optional(),
    history: analyzeInputSchema.shape.history,
    /** Whose knowledge base grounds the replies; an agent's own site when omitted. */
    siteId: z.string().min(1).max(100).optional(),
    agentLanguage: languageCodeSchema.optional(),
    persona: personaOverride,
  }),
]);

const composeBody = z.object({
  /** The agent's draft, in their own language. */
  text: z.string(),
  /** The conversation whose buyer it is for; or give `buyerLanguage` (and `siteId`) for a foreign page. */
  conversationId: z.string().min(1).max(100).optional(),
  buyerLanguage: replyLanguageSchema.optional(),
  siteId: z.string().min(1).max(100).optional(),
  agentLanguage: languageCodeSchema.optional(),
  persona: personaOverride,
});

/** The request's persona with its display name cleaned as the agents API cleans a stored one. */
function cleanPersona(persona: AgentPersona | undefined): AgentPersona | undefined {
  if (persona?.displayName === undefined) return persona;
  return { ...persona, displayName: requireDisplayName(persona.displayName, 'persona.displayName') };
}

const lintWarningSchema = z.object({
  kind: z.enum(['culture', 'language', 'policy']),
  ruleId: z.string(),
  term: z.string(),
  reason: z.string(),
  fix: z.string(),
  match: z.string().optional(),
  index: z.number().optional(),
});

const suggestionSchema = z.object({
  text: z.string(),
  language: z.string(),
  backTranslation: z.string(),
  backTranslationLanguage: z.string(),
  source: z.enum(['template', 'knowledge', 'llm']),
  templateId: z.string().optional(),
  knowledgeEntryId: z.string().optional(),
  slots: z.object({ filled: z.record(z.string(), z.string()), missing: z.array(z.string()) }),
  commitments: z.array(z.string()),
  clarifying: z.boolean(),
  warnings: z.array(lintWarningSchema),
});

const suggestResultSchema = z.object({
  suggestions: z.array(suggestionSchema),
  intent: z.string(),
  language: z.string(),
  degraded: z.boolean(),
});

const composeResultSchema = z.object({
  text: z.string().nullable(),
  language: z.string(),
  backTranslation: z.string().nullable(),
  source: z.enum(['llm', 'template', 'as_written', 'none']),
  templateId: z.string().optional(),
  warnings: z.array(lintWarningSchema),
});

const translationSchema = z.object({
  text: z.string(),
  from: z.string(),
  to: z.string(),
  cached: z.boolean(),
  backTranslation: z.string().optional(),
});

export function registerAssistRoutes(api: ApiRouter, { messaging, storage, assist }: ApiDeps): void {
  /** Suggestions shown, for the acceptance rate in team metrics (ids and counts only, no text). */
  const recordShown = (siteId: string | null, conversationId: string | null, result: SuggestResult) =>
    storage.recordEvent({
      type: 'suggestion.shown',
      siteId,
      conversationId,
      payload: { count: result.suggestions.length, intent: result.intent, language: result.language },
    });

  /** The site a foreign-page request is about: the one asked for if visible, else the agent's own. */
  const requestedSite = async (principal: Principal, siteId: string | undefined) => {
    const id = siteId ?? siteScope(principal);
    // Another site is answered like a missing one, so site ids cannot be probed.
    const site = id && canAccessSite(principal, id) ? await storage.getSite(id) : null;
    if (id && !site) throw new ParleyError('not_found', 'No such site.');
    return site;
  };

  api.route(
    {
      method: 'post',
      path: '/api/v1/assist/suggest',
      tag: 'assist',
      summary: "Three suggested replies in the buyer's language, with back-translations; nothing is sent",
      description:
        'For a relay conversation (`conversationId`) or a message read from another page (`text`). Offline the ' +
        "suggestions come from the reply library and the site's knowledge base; with an LLM they are written " +
        'for the buyer’s market and grounded on the knowledge base. Commitments (refund, discount, compensation, ' +
        'replacement) are always flagged.',
      auth: 'bearer',
      body: suggestBody,
      responses: { 200: { description: 'The suggestions, best first', schema: data(suggestResultSchema) } },
      errors: ['message_empty', 'message_too_long', 'not_found', 'conflict'],
    },
    async (c, { body }) => {
      const principal = c.get('principal');
      const voice = agentVoice(principal, {
        language: body.agentLanguage,
        persona: cleanPersona(body.persona),
      });
      if ('conversationId' in body) {
        const turn = await latestBuyerTurn(storage, principal, body.conversationId);
        const result = await assist.suggestions.suggest({
          ...turn,
          agentLanguage: voice.language,
          ...(voice.persona ? { persona: voice.persona } : {}),
        });
        await recordShown(turn.siteId, body.conversationId, result);
        return c.json({ data: result });
      }
      const site = await requestedSite(principal, body.siteId);
      const analysis = await messaging.analyzeText({
        text: body.text,
        locale: body.locale,
        history: body.history,
        markets: site?.languages,
      });
      const result = await assist.suggestions.suggest({
        siteId: site?.id ?? '',
        text: body.text,
        analysis,
        history: body.history ?? [],
        agentLanguage: voice.language,
        ...(voice.persona ? { persona: voice.persona } : {}),
      });
      await recordShown(site?.id ?? null, null, result);
      return c.json({ data: result });
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/v1/assist/compose',
      tag: 'assist',
      summary:
        "The agent's draft in the buyer's language and register, its back-translation and culture lint",
      description:
        'With an LLM the draft is rewritten for the buyer’s market. Offline there is no free-text translation: ' +
        'the closest scripted reply is offered (`source: "template"`), or nothing (`source: "none"`), and the ' +
        'draft itself is linted.',
      auth: 'bearer',
      body: composeBody,
      responses: { 200: { description: 'The adapted reply', schema: data(composeResultSchema) } },
      errors: ['message_empty', 'message_too_long', 'not_found', 'conflict', 'validation_failed'],
    },
    async (c, { body }) => {
      const principal = c.get('principal');
      const voice = agentVoice(principal, {
        language: body.agentLanguage,
        persona: cleanPersona(body.persona),
      });
      const draft = checkMessageText(body.text);
      let siteId: string;
      let buyerLanguage: string;
      if (body.conversationId) {
        const turn = await latestBuyerTurn(storage, principal, body.conversationId);
        siteId = turn.siteId;
        buyerLanguage = replyLanguage(turn.analysis);
      } else if (body.buyerLanguage) {
        siteId = (await requestedSite(principal, body.siteId))?.id ?? '';
        buyerLanguage = body.buyerLanguage;
      } else {
        throw new ParleyError(
          'validation_failed',
          'Give conversationId, or buyerLanguage for a foreign page.',
        );
      }
      const site = siteId ? await storage.getSite(siteId) : null;
      const result = await assist.compose.compose({
        siteId,
        draft,
        agentLanguage: voice.language,
        buyerLanguage,
        ...(voice.persona ? { persona: voice.persona } : {}),
        glossaryTerms: siteGlossary(site).glossaryTerms,
      });
      return c.json({ data: result });
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/v1/assist/translate',
      tag: 'assist',
      summary:
        "Translate a text (and optionally back) with the site's glossary kept as written; nothing is stored",
      auth: 'bearer',
      body: translateBody,
      responses: { 200: { description: 'The translation', schema: data(translationSchema) } },
      errors: ['message_empty', 'message_too_long', 'not_found', 'unavailable'],
    },
    async (c, { body }) => {
      const principal = c.get('principal');
      const siteId = body.siteId ?? siteScope(principal);
      // Another site's glossary is answered like a missing one, so site ids cannot be probed.
      const site = siteId && canAccessSite(principal, siteId) ? await storage.getSite(siteId) : null;
      if (siteId && !site) throw new ParleyError('not_found', 'No such site.');
      const translation = await messaging.translateText({
        text: body.text,
        from: body.from,
        to: body.to,
        back: body.back,
        glossary: siteGlossary(site),
      });
      return c.json({ data: translation });
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/v1/assist/analyze',
      tag: 'assist',
      summary: 'Language, intent and urgency of a text; nothing is stored',
      auth: 'bearer',
      body: analyzeBody,
      responses: { 200: { description: 'The analysis', schema: data(analysisSchema) } },
      errors: ['message_empty', 'message_too_long'],
    },
    async (c, { body }) => {
      // Without markets in the request, an agent's own site languages are the hint, as for widget messages.
      const siteId = siteScope(c.get('principal'));
      const markets = body.markets ?? (siteId ? (await storage.getSite(siteId))?.languages : undefined);
      const analysis: Analysis = await messaging.analyzeText({ ...body, markets });
      return c.json({ data: analysis });
    },
  );
}
