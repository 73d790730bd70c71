// The per-site knowledge base: its service, its vocabulary and the import formats it reads.
export {
  createKnowledgeBase,
  DEFAULT_SEARCH_LIMIT,
  type ImportFormat,
  type ImportReport,
  KnowledgeBase,
  type KnowledgeBaseOptions,
  type KnowledgeEdit,
  type KnowledgeHit,
  type KnowledgeInput,
  type KnowledgeSearchOptions,
  MAX_SEARCH_LIMIT,
} from './knowledge-base.ts';
export * from './vocabulary.ts';
