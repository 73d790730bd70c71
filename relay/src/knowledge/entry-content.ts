// What makes an entry's content acceptable, however it arrives (API, import, seed): one cleaning, one set of rules.
import { cleanDisplayName } from '@parley/shared';
import type { KnowledgeContent } from '../storage/types.ts';
import {
  COMMITMENTS,
  isKnownLanguage,
  MAX_ANSWER_LANGUAGES,
  MAX_ANSWER_LENGTH,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  MAX_TITLE_LENGTH,
} from './vocabulary.ts';

/** A problem with one field, in the shape validation_failed details use everywhere. */
export interface ContentIssue {
  field: string;
  message: string;
}

/**
 * Trims and normalises (NFC) every text, drops empty answers and tags, lower-cases and de-duplicates tags, and
 * puts commitments in the vocabulary's order, so equal content compares equal.
 */
export function cleanContent(content: KnowledgeContent): KnowledgeContent {
  const answers: Record<string, string> = {};
  for (const [language, text] of Object.entries(content.answers)) {
    const cleaned = text.normalize('NFC').trim();
    if (cleaned) answers[language] = cleaned;
  }
  const tags = content.tags.map((tag) => cleanDisplayName(tag).toLowerCase()).filter((tag) => tag.length > 0);
  return {
    topic: content.topic,
    title: cleanDisplayName(content.title),
    answers,
    tags: [...new Set(tags)],
    allows: COMMITMENTS.filter((commitment) => content.allows.includes(commitment)),
  };
}

/**
 * What is wrong with cleaned content, if anything. The site's default language is required: it is the answer every
 * reader falls back to when theirs is missing.
 */
export function contentIssues(content: KnowledgeContent, defaultLanguage: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  if (!content.title) issues.push({ field: 'title', message: 'The title is empty.' });
  if (content.title.length > MAX_TITLE_LENGTH) {
    issues.push({ field: 'title', message: `The title is longer than ${MAX_TITLE_LENGTH} characters.` });
  }
  const languages = Object.keys(content.answers);
  if (!content.answers[defaultLanguage]) {
    issues.push({
      field: `answers.${defaultLanguage}`,
      message: `An answer in the site's default language (${defaultLanguage}) is required.`,
    });
  }
  if (languages.length > MAX_ANSWER_LANGUAGES) {
    issues.push({ field: 'answers', message: `At most ${MAX_ANSWER_LANGUAGES} languages per entry.` });
  }
  for (const language of languages) {
    if (!isKnownLanguage(language)) {
      issues.push({
        field: `answers.${language}`,
        message: `"${language}" is not a language code; use ISO 639-1 such as "th".`,
      });
    }
    if ((content.answers[language]?.length ?? 0) > MAX_ANSWER_LENGTH) {
      issues.push({
        field: `answers.${language}`,
        message: `The ${language} answer is longer than ${MAX_ANSWER_LENGTH} characters.`,
      });
    }
  }
  if (content.tags.length > MAX_TAGS) issues.push({ field: 'tags', message: `At most ${MAX_TAGS} tags.` });
  for (const tag of content.tags) {
    if (tag.length > MAX_TAG_LENGTH) {
      issues.push({
        field: 'tags',
        message: `The tag "${tag.slice(0, 20)}…" is longer than ${MAX_TAG_LENGTH}.`,
      });
    }
  }
  return issues;
}

/** Whether two cleaned contents say the same thing (a re-import of an unchanged entry is no new version). */
export function sameContent(a: KnowledgeContent, b: KnowledgeContent): boolean {
  const languages = Object.keys(a.answers);
  return (
    a.topic === b.topic &&
    a.title === b.title &&
    sameList(a.tags, b.tags) &&
    sameList(a.allows, b.allows) &&
    languages.length === Object.keys(b.answers).length &&
    languages.every((language) => a.answers[language] === b.answers[language])
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
