// /api/v1/metrics/team and /api/v1/assist/feedback: the figures a team steers by, and the agents' feedback
// (suggestions used, intent tags corrected) they are partly computed from.
import { INTENT_IDS, ParleyError } from '@parley/shared';
import { languageCodeSchema } from '@parley/shared/schemas';
import { z } from 'zod';
import { accessibleConversation, canAccessSite, siteScope } from '../auth/principal.ts';
import { computeTeamMetrics } from '../team-metrics/compute.ts';
import { teamMetricsCsv } from '../team-metrics/csv.ts';
import type { ApiDeps } from './deps.ts';
import type { ApiRouter } from './router.ts';
import { data } from './schemas.ts';

const DAY_MS = 86_400_000;
/** A year at most: the facts are read in one query. */
const MAX_RANGE_DAYS = 366;

const teamQuery = z.object({
  since: z.iso.datetime({ offset: true }).optional(),
  until: z.iso.datetime({ offset: true }).optional(),
  siteId: z.string().min(1).max(100).optional(),
  language: languageCodeSchema.optional(),
  format: z.enum(['json', 'csv']).default('json'),
});

const quantiles = z.object({ p50: z.number().nullable(), p90: z.number().nullable() });
const counts = z.record(z.string(), z.number());
const teamMetricsSchema = z.object({
  since: z.string(),
  until: z.string(),
  conversations: z.number(),
  firstResponseSeconds: quantiles,
  resolutionSeconds: quantiles,
  resolutionRate: z.number().nullable(),
  csat: z.object({ average: z.number().nullable(), responses: z.number() }),
  volumeByLanguage: counts,
  volumeByMarket: counts,
  intents: counts,
  urgentConversations: z.number(),
  suggestions: z.object({ shown: z.number(), used: z.number(), acceptanceRate: z.number().nullable() }),
  bot: z.object({
    conversations: z.number(),
    contained: z.number(),
    handedOff: z.number(),
    containmentRate: z.number().nullable(),
    handoffRate: z.number().nullable(),
  }),
  intentCorrections: z.object({ count: z.number(), byIntent: counts }),
});

const feedbackBody = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('suggestion_used'),
    conversationId: z.string().min(1).max(100).optional(),
    source: z.enum(['template', 'knowledge', 'llm']),
    templateId: z.string().max(100).optional(),
    knowledgeEntryId: z.string().max(100).optional(),
    language: languageCodeSchema.optional(),
  }),
  z.object({
    kind: z.literal('intent_corrected'),
    conversationId: z.string().min(1).max(100).optional(),
    messageId: z.string().min(1).max(100).optional(),
    from: z.enum(INTENT_IDS),
    to: z.enum(INTENT_IDS),
    language: languageCodeSchema.optional(),
  }),
]);

export function registerTeamMetricsRoutes(api: ApiRouter, { storage }: ApiDeps): void {
  api.route(
    {
      method: 'get',
      path: '/api/v1/metrics/team',
      tag: 'metrics',
      summary:
        'Team figures for a date range: response and resolution times, CSAT, volume, intents, bot, suggestions',
      description:
        'Conversations started in [since, until) (default: the last 30 days), for the caller’s site or `siteId`, ' +
        'optionally one buyer `language`. `format=csv` answers text/csv.',
      auth: 'bearer',
      query: teamQuery,
      responses: {
        200: { description: 'The figures', schema: data(teamMetricsSchema), contentTypes: ['text/csv'] },
      },
      errors: ['not_found', 'validation_failed'],
    },
    async (c, { query }) => {
      const principal = c.get('principal');
      const siteId = query.siteId ?? siteScope(principal);
      if (siteId && !canAccessSite(principal, siteId)) throw new ParleyError('not_found', 'No such site.');
      const until = query.until ? new Date(query.until) : new Date();
      const since = query.since ? new Date(query.since) : new Date(until.getTime() - 30 * DAY_MS);
      if (!(since < until) || until.getTime() - since.getTime() > MAX_RANGE_DAYS * DAY_MS) {
        throw new ParleyError(
          'validation_failed',
          `since must be before until, at most ${MAX_RANGE_DAYS} days apart.`,
        );
      }
      const facts = await storage.teamMetricsFacts({
        since: since.toISOString(),
        until: until.toISOString(),
        siteId,
        language: query.language,
      });
      const metrics = computeTeamMetrics(facts.conversations, facts.events);
      if (query.format === 'csv') {
        c.header('content-type', 'text/csv; charset=utf-8');
        return c.body(teamMetricsCsv(metrics));
      }
      return c.json({ data: { since: since.toISOString(), until: until.toISOString(), ...metrics } });
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/assist/corrections',
      tag: 'assist',
      summary: 'Intent tags agents corrected, as JSON Lines for `pnpm bench:language --corrections`',
      description:
        'One line per correction made with a messageId: {"text","intent","lang","was"}, where intent is the ' +
        'agent’s tag and was the engine’s. Message text is included: admins and the site’s agents only.',
      auth: 'bearer',
      responses: { 200: { description: 'JSON Lines', contentTypes: ['application/x-ndjson'] } },
    },
    async (c) => {
      const corrections = await storage.intentCorrections(siteScope(c.get('principal')));
      c.header('content-type', 'application/x-ndjson; charset=utf-8');
      return c.body(
        corrections
          .map((row) => JSON.stringify({ text: row.text, intent: row.to, lang: row.language, was: row.from }))
          .map((line) => `${line}\n`)
          .join(''),
      );
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/v1/assist/feedback',
      tag: 'assist',
      summary: 'Record that an agent used a suggestion, or corrected an intent tag',
      description:
        'Stored in the event log: team metrics count them, and corrections become evaluation data.',
      auth: 'bearer',
      body: feedbackBody,
      responses: { 204: { description: 'Recorded' } },
      errors: ['not_found'],
    },
    async (c, { body }) => {
      const principal = c.get('principal');
      const conversation = body.conversationId
        ? await accessibleConversation(storage, principal, body.conversationId)
        : null;
      const { kind, conversationId: _conversation, ...payload } = body;
      await storage.recordEvent({
        type: kind === 'suggestion_used' ? 'suggestion.used' : 'intent.corrected',
        siteId: conversation?.siteId ?? siteScope(principal) ?? null,
        conversationId: conversation?.id ?? null,
        payload: { ...payload, by: principal.kind === 'agent' ? principal.agent.id : 'admin' },
      });
      return c.body(null, 204);
    },
  );
}
