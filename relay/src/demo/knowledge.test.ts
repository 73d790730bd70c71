import { marketForLanguage } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { lintReply } from '../assist/culture-lint.ts';
import { cleanContent, contentIssues } from '../knowledge/entry-content.ts';
import { DEMO_KNOWLEDGE } from './knowledge.ts';
import { INGREDIENTS } from './storefront.ts';

const LANGUAGES = ['en', 'th', 'vi', 'id', 'ms', 'de', 'es', 'pt', 'ja', 'zh'];

describe('the demo knowledge base', () => {
  it('answers every entry in the ten demo languages and passes the rules the API applies', () => {
    for (const entry of DEMO_KNOWLEDGE) {
      expect(Object.keys(entry.answers).sort(), entry.title).toEqual([...LANGUAGES].sort());
      const content = { tags: [], allows: [], ...entry };
      expect(contentIssues(cleanContent(content), 'en'), entry.title).toEqual([]);
    }
  });

  it('allows a refund for returns and no discount, and lists the cream’s ingredients as the product page does', () => {
    const allowed = (commitment: string) =>
      DEMO_KNOWLEDGE.filter((entry) => (entry.allows ?? []).some((allow) => allow === commitment)).map(
        (entry) => entry.topic,
      );
    expect(allowed('refund')).toEqual(['returns']);
    expect(allowed('discount')).toEqual([]);
    const ingredients = DEMO_KNOWLEDGE.find((entry) => entry.title.endsWith('ingredients'));
    for (const text of Object.values(ingredients?.answers ?? {}))
      expect(text).toContain(INGREDIENTS.join(', '));
  });
});

it('writes every demo answer the way its market expects (culture lint finds nothing)', () => {
  for (const entry of DEMO_KNOWLEDGE) {
    for (const [language, text] of Object.entries(entry.answers)) {
      const warnings = lintReply({ text, buyerLanguage: language, market: marketForLanguage(language) });
      expect(
        warnings.filter((w) => w.kind === 'culture'),
        `${entry.title} (${language})`,
      ).toEqual([]);
    }
  }
});
