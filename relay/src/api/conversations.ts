// /api/v1/conversations: the inbox with filters and pages, one conversation, assign/resolve/reopen, messages, export.
import type { Message } from '@parley/shared';
import { z } from 'zod';
import { principalId } from '../auth/principal.ts';
import { visitorState } from '../conversations.ts';
import { type ConversationExport, conversationCsv, exportFileName } from '../export/conversation-export.ts';
import type { ConversationFilter } from '../storage/types.ts';
import type { ApiDeps } from './deps.ts';
import type { ApiRouter } from './router.ts';
import {
  assignBody,
  conversationExportSchema,
  conversationSchema,
  DEFAULT_PAGE_SIZE,
  data,
  exportQuery,
  idParams,
  listConversationsQuery,
  listMessagesQuery,
  messageSchema,
  page,
  replyBody,
} from './schemas.ts';

/** Messages fetched per query while exporting; a conversation of any length is exported whole. */
const EXPORT_BATCH = 1000;

export function registerConversationRoutes(api: ApiRouter, deps: ApiDeps): void {
  const { conversations, messaging, fanOut, limiters } = deps;

  api.route(
    {
      method: 'get',
      path: '/api/v1/conversations',
      tag: 'conversations',
      summary: 'The inbox: high urgency first, then most recent activity; filtered, one page at a time',
      auth: 'bearer',
      query: listConversationsQuery,
      responses: { 200: { description: 'One page', schema: page(conversationSchema) } },
    },
    async (c, { query }) => {
      const principal = c.get('principal');
      const filter: Omit<ConversationFilter, 'siteId'> = { limit: query.limit ?? DEFAULT_PAGE_SIZE };
      if (query.status) filter.status = query.status;
      if (query.assignee === 'none') filter.assigneeId = null;
      else if (query.assignee === 'me') {
        // The admin token is nobody's assignee, so "me" matches nothing for it.
        filter.assigneeId = principal.kind === 'agent' ? principal.agent.id : '';
      } else if (query.assignee !== undefined) filter.assigneeId = query.assignee;
      if (query.language) filter.language = query.language;
      if (query.intent) filter.intent = query.intent;
      if (query.urgency) filter.urgency = query.urgency;
      if (query.since) filter.since = query.since;
      if (query.until) filter.until = query.until;
      if (query.cursor) filter.cursor = query.cursor;
      return c.json(await conversations.list(principal, filter));
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/conversations/:id',
      tag: 'conversations',
      summary: 'One conversation',
      auth: 'bearer',
      params: idParams,
      responses: { 200: { description: 'The conversation', schema: data(conversationSchema) } },
    },
    async (c, { params }) => c.json({ data: await conversations.get(c.get('principal'), params.id) }),
  );

  api.route(
    {
      method: 'post',
      path: '/api/v1/conversations/:id/assign',
      tag: 'conversations',
      summary: 'Assign to an agent of the same site, or back to the queue with agentId null',
      auth: 'bearer',
      params: idParams,
      body: assignBody,
      responses: {
        200: { description: 'The conversation after the change', schema: data(conversationSchema) },
      },
    },
    async (c, { params, body }) => {
      const summary = await conversations.assign(c.get('principal'), params.id, body.agentId);
      fanOut.conversationUpdated(summary);
      return c.json({ data: summary });
    },
  );

  for (const action of ['resolve', 'reopen'] as const) {
    api.route(
      {
        method: 'post',
        path: `/api/v1/conversations/:id/${action}`,
        tag: 'conversations',
        summary:
          action === 'resolve'
            ? 'Mark resolved (records resolvedAt); the visitor writing again reopens it'
            : 'Open a resolved conversation again',
        auth: 'bearer',
        params: idParams,
        responses: {
          200: { description: 'The conversation after the change', schema: data(conversationSchema) },
        },
        ...(action === 'reopen' ? { errors: ['conflict'] } : {}),
      },
      async (c, { params }) => {
        const { summary, changed } = await conversations[action](c.get('principal'), params.id);
        fanOut.conversationUpdated(summary);
        if (changed) fanOut.conversationState(summary.visitorId, visitorState(summary));
        return c.json({ data: summary });
      },
    );
  }

  api.route(
    {
      method: 'get',
      path: '/api/v1/conversations/:id/messages',
      tag: 'messages',
      summary: 'Messages after a seq, oldest first, with analysis and attachments',
      auth: 'bearer',
      params: idParams,
      query: listMessagesQuery,
      responses: {
        200: {
          description: 'Up to `limit` (default 500, at most 1000)',
          schema: data(z.array(messageSchema)),
        },
      },
    },
    async (c, { params, query }) => {
      const messages = await messaging.agentMessages(c.get('principal'), params.id, query);
      return c.json({ data: messages });
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/v1/conversations/:id/messages',
      tag: 'messages',
      summary:
        'Reply as the calling agent; a re-send with the same clientId returns the stored message (200)',
      auth: 'bearer',
      params: idParams,
      body: replyBody,
      responses: {
        201: { description: 'Stored and delivered', schema: data(messageSchema) },
        200: {
          description: 'Already stored under this clientId; nothing new was sent',
          schema: data(messageSchema),
        },
      },
      errors: ['message_empty', 'message_too_long', 'rate_limited'],
    },
    async (c, { params, body }) => {
      const principal = c.get('principal');
      limiters.agentSend.take(principalId(principal));
      const posted = await messaging.postAgentReply(principal, { ...body, conversationId: params.id });
      if (posted.created) fanOut.agentReply(posted);
      return c.json({ data: posted.message }, posted.created ? 201 : 200);
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/conversations/:id/export',
      tag: 'conversations',
      summary: 'The whole conversation as a download: JSON (default) or ?format=csv',
      auth: 'bearer',
      params: idParams,
      query: exportQuery,
      responses: {
        200: { description: 'An attachment', schema: conversationExportSchema, contentTypes: ['text/csv'] },
      },
    },
    async (c, { params, query }) => {
      const principal = c.get('principal');
      const conversation = await conversations.get(principal, params.id);
      const messages: Message[] = [];
      for (let afterSeq = 0; ; ) {
        const batch = await messaging.agentMessages(principal, params.id, { afterSeq, limit: EXPORT_BATCH });
        messages.push(...batch);
        if (batch.length < EXPORT_BATCH) break;
        afterSeq = batch.at(-1)!.seq;
      }
      const exported: ConversationExport = { conversation, messages, exportedAt: new Date().toISOString() };
      await deps.storage.recordEvent({
        type: 'conversation.exported',
        siteId: conversation.siteId,
        conversationId: conversation.id,
        payload: { format: query.format, by: principalId(principal) },
      });
      const headers = {
        'Content-Disposition': `attachment; filename="${exportFileName(conversation.id, query.format)}"`,
        'Cache-Control': 'no-store',
      };
      if (query.format === 'csv') {
        return c.body(conversationCsv(exported), 200, {
          ...headers,
          'Content-Type': 'text/csv; charset=utf-8',
        });
      }
      return c.json(exported, 200, headers);
    },
  );
}
