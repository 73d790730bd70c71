// /api/v1/queue and routing: the unassigned conversations in the order a team should work them, and handing one
// to the best online agent (language skills, then fewest open conversations).
import { ParleyError } from '@parley/shared';
import { z } from 'zod';
import { accessibleConversation, canAccessSite, siteScope } from '../auth/principal.ts';
import { FIRST_RESPONSE_SLA_SECONDS, queue, routeConversation } from '../routing.ts';
import type { ApiDeps } from './deps.ts';
import type { ApiRouter } from './router.ts';
import { conversationSchema, data, idParams } from './schemas.ts';

const queueQuery = z.object({ siteId: z.string().min(1).max(100).optional() });

const queuedSchema = conversationSchema.extend({
  waitingSeconds: z.number().int(),
  firstResponseOverdue: z.boolean(),
});

export function registerQueueRoutes(api: ApiRouter, { storage, router }: ApiDeps): void {
  api.route(
    {
      method: 'get',
      path: '/api/v1/queue',
      tag: 'conversations',
      summary: 'Open, unassigned conversations: most urgent first, then longest waiting, with SLA warnings',
      description: `A conversation with no first response after ${FIRST_RESPONSE_SLA_SECONDS} s is marked firstResponseOverdue.`,
      auth: 'bearer',
      query: queueQuery,
      responses: { 200: { description: 'The queue', schema: data(z.array(queuedSchema)) } },
      errors: ['not_found'],
    },
    async (c, { query }) => {
      const principal = c.get('principal');
      const siteId = query.siteId ?? siteScope(principal);
      if (siteId && !canAccessSite(principal, siteId)) throw new ParleyError('not_found', 'No such site.');
      return c.json({ data: await queue(storage, siteId) });
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/v1/conversations/:id/route',
      tag: 'conversations',
      summary: 'Hand an unassigned conversation to the best online agent for its language and load',
      description: 'Answers the conversation after routing, with `assigneeId` null when no agent is online.',
      auth: 'bearer',
      params: idParams,
      responses: { 200: { description: 'The conversation', schema: data(conversationSchema) } },
      errors: ['not_found'],
    },
    async (c, { params }) => {
      await accessibleConversation(storage, c.get('principal'), params.id);
      const routed = await routeConversation(router, params.id);
      const summary = routed ?? (await storage.getConversationSummary(params.id));
      if (!summary) throw new ParleyError('not_found', 'No conversation with that id is visible to you.');
      return c.json({ data: summary });
    },
  );
}
