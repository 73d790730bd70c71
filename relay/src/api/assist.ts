// /api/v1/assist: the language pipeline on demand, for pages Parley does not own (the extension's assist panel).
import type { Analysis } from '@parley/shared';
import { ParleyError } from '@parley/shared';
import { analyzeInputSchema, languageCodeSchema } from '@parley/shared/schemas';
import { z } from 'zod';
import { canAccessSite, siteScope } from '../auth/principal.ts';
import { siteGlossary } from '../site-glossary.ts';
import type { ApiDeps } from './deps.ts';
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

const translationSchema = z.object({
  text: z.string(),
  from: z.string(),
  to: z.string(),
  cached: z.boolean(),
  backTranslation: z.string().optional(),
});

export function registerAssistRoutes(api: ApiRouter, { messaging, storage }: ApiDeps): void {
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
