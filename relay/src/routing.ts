// Routing: which agent takes a conversation a person must answer, and the order the unassigned queue is worked in.
// An agent who reads the buyer's language beats one who does not; among those, an online agent with the fewest
// open conversations wins. Nobody online: the conversation waits in the queue, most urgent and longest waiting first.
import type { Agent, ConversationSummary } from '@parley/shared';
import type { Storage } from './storage/types.ts';

export interface RouterDeps {
  storage: Storage;
  /** Agents of the site with an inbox open now, on any relay process. */
  onlineAgentIds: (siteId: string) => Promise<ReadonlySet<string>>;
  /** Tells the site's inboxes that the conversation now has an assignee. */
  announce: (summary: ConversationSummary) => void;
}

/**
 * Assigns a conversation that needs a person to the best online agent, unless someone already has it. Returns
 * the summary after the change, or null when it stays in the queue.
 */
export async function routeConversation(
  deps: RouterDeps,
  conversationId: string,
): Promise<ConversationSummary | null> {
  const { storage } = deps;
  const conversation = await storage.getConversation(conversationId);
  if (!conversation || conversation.assigneeId || conversation.status !== 'open') return null;
  const [agents, online, open] = await Promise.all([
    storage.listAgents(conversation.siteId),
    deps.onlineAgentIds(conversation.siteId),
    storage.openAssignmentCounts(conversation.siteId),
  ]);
  const chosen = chooseAgent(
    conversation.language,
    agents.map((agent) => ({ agent, online: online.has(agent.id), open: open.get(agent.id) ?? 0 })),
  );
  if (!chosen) return null;
  await storage.assignConversation(conversationId, chosen.id);
  await storage.recordEvent({
    type: 'conversation.assigned',
    siteId: conversation.siteId,
    conversationId,
    payload: { agentId: chosen.id, by: 'router' },
  });
  const summary = await storage.getConversationSummary(conversationId);
  if (summary) deps.announce(summary);
  return summary;
}

/** A first response later than this is overdue, and the queue says so. */
export const FIRST_RESPONSE_SLA_SECONDS = 5 * 60;

export interface AgentLoad {
  agent: Agent;
  online: boolean;
  /** Open conversations assigned to the agent now. */
  open: number;
}

/** The agent to hand a conversation in `language` to, or null when no agent of the site is online. */
export function chooseAgent(language: string | null, candidates: readonly AgentLoad[]): Agent | null {
  const online = candidates.filter((candidate) => candidate.online);
  const speaks = (candidate: AgentLoad) =>
    !!language &&
    (candidate.agent.language === language || candidate.agent.languageSkills.includes(language));
  const skilled = online.filter(speaks);
  const pool = skilled.length > 0 ? skilled : online;
  let best: AgentLoad | undefined;
  // The earliest-created agent wins a tie, so the choice is the same on every relay process.
  for (const candidate of pool) if (!best || candidate.open < best.open) best = candidate;
  return best?.agent ?? null;
}

export interface QueuedConversation extends ConversationSummary {
  /** Seconds since the shopper last wrote with nobody assigned. */
  waitingSeconds: number;
  /** No first response yet and the SLA has passed: the inbox warns. */
  firstResponseOverdue: boolean;
}

const URGENCY_ORDER: Record<string, number> = { high: 0, normal: 1, low: 2 };

/** Unassigned open conversations, most urgent first, then longest waiting. */
export async function queue(
  storage: Storage,
  siteId: string | undefined,
  now = new Date(),
): Promise<QueuedConversation[]> {
  const page = await storage.pageConversations({
    ...(siteId ? { siteId } : {}),
    status: 'open',
    assigneeId: null,
    limit: 1000,
  });
  const waitingSince = (c: ConversationSummary) => Date.parse(c.lastMessage?.createdAt ?? c.updatedAt);
  return page.data
    .map((conversation) => {
      const waitingSeconds = Math.max(0, Math.round((now.getTime() - waitingSince(conversation)) / 1000));
      const age = (now.getTime() - Date.parse(conversation.createdAt)) / 1000;
      return {
        ...conversation,
        waitingSeconds,
        firstResponseOverdue: conversation.firstResponseAt === null && age > FIRST_RESPONSE_SLA_SECONDS,
      };
    })
    .sort(
      (a, b) =>
        (URGENCY_ORDER[a.urgency ?? 'normal'] ?? 1) - (URGENCY_ORDER[b.urgency ?? 'normal'] ?? 1) ||
        // By the instant, not the rounded seconds: two shoppers who wrote in the same second keep their order.
        waitingSince(a) - waitingSince(b),
    );
}
