// Schemas of the knowledge-base routes: what they accept, and the documented shape of what they answer.
import { MAX_SHORT_TEXT } from '@parley/shared';
import { languageCodeSchema } from '@parley/shared/schemas';
import { z } from 'zod';
import { MAX_SEARCH_LIMIT } from '../knowledge/knowledge-base.ts';
import {
  COMMITMENTS,
  KNOWLEDGE_TOPICS,
  MAX_ANSWER_LANGUAGES,
  MAX_ANSWER_LENGTH,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  MAX_TITLE_LENGTH,
} from '../knowledge/vocabulary.ts';

const id = z.string().min(1).max(MAX_SHORT_TEXT);
const topic = z.enum(KNOWLEDGE_TOPICS);
const commitments = z
  .array(z.enum(COMMITMENTS))
  .max(COMMITMENTS.length)
  .meta({ description: 'Commitments this policy lets an agent make, e.g. ["refund"].' });
const title = z.string().min(1).max(MAX_TITLE_LENGTH);
const tags = z.array(z.string().min(1).max(MAX_TAG_LENGTH)).max(MAX_TAGS);
const answer = z.string().min(1).max(MAX_ANSWER_LENGTH);
const timestamp = z.iso.datetime();

const atMostLanguages = (answers: Record<string, unknown>) =>
  Object.keys(answers).length <= MAX_ANSWER_LANGUAGES;

export const siteParams = z.object({ siteId: id });

export const listKnowledgeQuery = z.object({ topic: topic.optional() });

export const searchKnowledgeQuery = z.object({
  q: z.string().trim().min(1).max(500).meta({ description: 'The question, in any language.' }),
  language: languageCodeSchema
    .optional()
    .meta({ description: "The answer's language; the site's default when omitted or missing." }),
  limit: z
    .string()
    .regex(/^\d+$/, 'Use a whole number.')
    .transform(Number)
    .pipe(z.number().int().min(1).max(MAX_SEARCH_LIMIT))
    .optional(),
});

export const createKnowledgeBody = z.object({
  topic,
  title,
  answers: z
    .record(languageCodeSchema, answer)
    .refine((answers) => Object.keys(answers).length > 0, 'Give at least one answer.')
    .refine(atMostLanguages, `At most ${MAX_ANSWER_LANGUAGES} languages.`)
    .meta({ description: 'Answer by language code; the site\'s default language is required: {"en": "…"}.' }),
  tags: tags.optional(),
  allows: commitments.optional(),
});

export const updateKnowledgeBody = z.object({
  topic: topic.optional(),
  title: title.optional(),
  answers: z
    .record(languageCodeSchema, answer.nullable())
    .refine(atMostLanguages, `At most ${MAX_ANSWER_LANGUAGES} languages.`)
    .optional()
    .meta({ description: 'Merged by language: the languages given are set, null removes one, others stay.' }),
  tags: tags.optional(),
  allows: commitments.optional(),
  expectedVersion: z.number().int().min(1).optional().meta({
    description: 'The version the change was made on; a newer stored version answers 409 conflict.',
  }),
});

const content = {
  topic,
  title: z.string(),
  answers: z.record(z.string(), z.string()),
  tags: z.array(z.string()),
  allows: z.array(z.enum(COMMITMENTS)),
};

export const knowledgeEntrySchema = z.object({
  id,
  siteId: id,
  ...content,
  version: z.number().int(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const knowledgeVersionSchema = z.object({
  entryId: id,
  version: z.number().int(),
  content: z.object(content),
  createdAt: timestamp,
});

export const knowledgeHitSchema = z.object({
  id,
  topic,
  title: z.string(),
  language: z.string().meta({ description: 'The language of `answer`.' }),
  answer: z.string(),
  tags: z.array(z.string()),
  allows: z.array(z.enum(COMMITMENTS)),
  version: z.number().int(),
  score: z.number(),
});

export const importReportSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.array(z.object({ line: z.number().int(), reason: z.string() })),
  entries: z.array(
    z.object({
      line: z.number().int(),
      id,
      title: z.string(),
      result: z.enum(['created', 'updated', 'unchanged']),
    }),
  ),
});
