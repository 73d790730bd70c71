// /api/v1/assist: the language pipeline on demand, for pages Parley does not own (the extension's assist panel).
import type { Analysis } from '@parley/shared';
import { analyzeInputSchema } from '@parley/shared/schemas';
import { z } from 'zod';
import type { ApiDeps } from './deps.ts';
import type { ApiRouter } from './router.ts';
import { analysisSchema, data } from './schemas.ts';

// Assist text gets the same message_empty / message_too_long codes as chat, so the schema's length cap is lifted.
const analyzeBody = analyzeInputSchema.extend({ text: z.string() });

export function registerAssistRoutes(api: ApiRouter, { messaging }: ApiDeps): void {
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
      const analysis: Analysis = await messaging.analyzeText(body.text, body.locale);
      return c.json({ data: analysis });
    },
  );
}
