// The relay's KnowledgeBase as the assist module's KnowledgeSource: answers in the buyer's language, with the
// same entry's answer in the agent's language as its exact back-translation.
import { type CommitmentKind, type Intent, REPLY_COMMITMENTS } from '@parley/shared';
import type { KnowledgeBase, KnowledgeHit, KnowledgeTopic } from '../knowledge/index.ts';
import type { KnowledgeAnswer, KnowledgeSource } from './knowledge-source.ts';

export function knowledgeSource(knowledge: KnowledgeBase): KnowledgeSource {
  return {
    async answers(siteId, query, { language, agentLanguage, intent, limit }) {
      // A message read from a page of no known site has no knowledge base to ground it.
      if (!siteId) return [];
      const candidates = limit * CANDIDATES_PER_ANSWER;
      const [found, agentHits] = await Promise.all([
        knowledge.search(siteId, query, { language, limit: candidates }),
        knowledge.search(siteId, query, { language: agentLanguage, limit: candidates }),
      ]);
      return onTopicFirst(found, intent)
        .slice(0, limit)
        .map((hit): KnowledgeAnswer => {
          const forAgent = agentHits.find((other) => other.id === hit.id);
          return {
            entryId: hit.id,
            title: hit.title,
            text: hit.answer,
            language: hit.language,
            ...(forAgent ? { inAgentLanguage: { text: forAgent.answer, language: forAgent.language } } : {}),
          };
        });
    },
    async allowedCommitments(siteId) {
      if (!siteId) return undefined;
      const allowed = await knowledge.allowedCommitments(siteId);
      if (!allowed) return undefined;
      // free_return is a knowledge-base policy with no reply-library commitment of its own.
      return new Set(REPLY_COMMITMENTS.filter((kind: CommitmentKind) => allowed.has(kind)));
    },
  };
}

/** Search candidates per answer wanted, so an on-topic entry ranked a little lower by words can still lead. */
const CANDIDATES_PER_ANSWER = 3;

/** Where the answer to each intent lives: "a discount for two jars?" is a promotions question before a product one. */
const INTENT_TOPICS: Partial<Record<Intent, KnowledgeTopic>> = {
  order_status: 'shipping',
  delivery_problem: 'shipping',
  return_refund: 'returns',
  cancel_order: 'returns',
  change_order: 'returns',
  pricing_discount: 'promotions',
  // product_question is left to the words: pre-sale questions ask about shipping and returns as often as about
  // the product itself.
  stock_availability: 'product',
  damaged_or_defective: 'after_sales',
  wrong_or_missing_item: 'after_sales',
  product_safety: 'after_sales',
  complaint: 'after_sales',
};

/** The search's order, with entries on the intent's topic moved first (a stable sort keeps the rest's order). */
function onTopicFirst(hits: KnowledgeHit[], intent: Intent): KnowledgeHit[] {
  const topic = INTENT_TOPICS[intent];
  if (!topic) return hits;
  return [...hits].sort((a, b) => Number(b.topic === topic) - Number(a.topic === topic));
}
