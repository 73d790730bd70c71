// The knowledge loop: an agent turns a good answer from a chat into a knowledge-base entry in one step, with the
// answer in every language the message was translated into. Tagged "from-chat" so an admin can review it.
import { ParleyError } from '@parley/shared';
import { z } from 'zod';
import { accessibleConversation, principalId } from '../auth/principal.ts';
import { KNOWLEDGE_TOPICS } from '../knowledge/vocabulary.ts';
import type { ApiDeps } from './deps.ts';
import { knowledgeEntrySchema } from './knowledge-schemas.ts';
import type { ApiRouter } from './router.ts';
import { data } from './schemas.ts';

const params = z.object({ id: z.string().min(1).max(100), messageId: z.string().min(1).max(100) });
const body = z.object({
  title: z.string().trim().min(1).max(200),
  topic: z.enum(KNOWLEDGE_TOPICS),
  tags: z.array(z.string().max(50)).max(19).optional(),
});

export function registerKnowledgeFromChatRoutes(api: ApiRouter, { storage, knowledge }: ApiDeps): void {
  api.route(
    {
      method: 'post',
      path: '/api/v1/conversations/:id/messages/:messageId/knowledge',
      tag: 'knowledge',
      summary: 'Turn an agent’s (or the bot’s) answer into a knowledge-base entry, with its translations',
      description:
        'Any agent of the site. The message and its stored translations become the entry’s answers; the site’s ' +
        'default language must be among them.',
      auth: 'bearer',
      params,
      body,
      responses: { 201: { description: 'The new entry', schema: data(knowledgeEntrySchema) } },
      errors: ['not_found', 'validation_failed', 'conflict'],
    },
    async (c, { params, body }) => {
      const principal = c.get('principal');
      const conversation = await accessibleConversation(storage, principal, params.id);
      const messages = await storage.listMessages(conversation.id, { afterSeq: 0, limit: 1000 });
      const message = messages.find((m) => m.id === params.messageId);
      if (!message) throw new ParleyError('not_found', 'No such message in this conversation.');
      if (message.author !== 'agent' && message.author !== 'bot') {
        throw new ParleyError(
          'validation_failed',
          'Only an answer (an agent’s or the bot’s message) can become one.',
        );
      }
      const entry = await knowledge.create(conversation.siteId, {
        topic: body.topic,
        title: body.title,
        answers: { ...message.translations, [message.language]: message.text },
        tags: [...(body.tags ?? []), 'from-chat'],
      });
      await storage.recordEvent({
        type: 'knowledge.created_from_chat',
        siteId: conversation.siteId,
        conversationId: conversation.id,
        payload: { entryId: entry.id, messageId: message.id, by: principalId(principal) },
      });
      return c.json({ data: entry }, 201);
    },
  );
}
