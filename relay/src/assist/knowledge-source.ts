// What suggestions, compose assist and culture lint need from a site's knowledge base: its answers to a buyer's
// question, and which commitments its policies allow. The relay passes its KnowledgeBase; tests pass a fake.
import type { CommitmentKind, Intent } from '@parley/shared';

export interface KnowledgeAnswer {
  entryId: string;
  title: string;
  /** The answer in `language`, plain text written by the merchant. */
  text: string;
  /** The language of `text`: the one asked for when the entry has it, else the site's default. */
  language: string;
  /** The same answer in the agent's language, when the entry has one: an exact back-translation. */
  inAgentLanguage?: { text: string; language: string };
}

export interface KnowledgeSource {
  /** Best answers first; empty when the site has no knowledge base or nothing matches. */
  answers(
    siteId: string,
    query: string,
    options: { language: string; agentLanguage: string; intent: Intent; limit: number },
  ): Promise<KnowledgeAnswer[]>;
  /** Commitments the site's policies allow; undefined when the site has no knowledge base to say. */
  allowedCommitments(siteId: string): Promise<ReadonlySet<CommitmentKind> | undefined>;
}

/** For relays and tests without a knowledge base: suggestions then come from the reply library alone. */
export const NO_KNOWLEDGE: KnowledgeSource = {
  answers: async () => [],
  allowedCommitments: async () => undefined,
};
