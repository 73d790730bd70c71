// First start: a demo site and demo agent, so `pnpm start` shows a working chat with nothing configured.
import { join } from 'node:path';
import type { Agent } from '@parley/shared';
import { createAgentToken, hashToken } from '../auth/agent-token.ts';
import { randomToken, readSecretFile, writeSecretFile } from '../config.ts';
import type { SiteRecord, Storage } from '../storage/types.ts';
import { seedDemoKnowledge } from './knowledge.ts';

export const DEMO_SITE_NAME = 'Lumière Skin — demo store';
export const DEMO_AGENT_NAME = 'Demo Agent';
export const DEMO_AGENT_TOKEN_FILE = 'demo-agent-token';

export interface DemoAccess {
  site: SiteRecord;
  agent: Agent;
  /** Plaintext agent token; the database only has its hash, the data dir keeps this copy for the banner. */
  agentToken: string;
  /** True on the start that created the demo. */
  created: boolean;
}

/**
 * Creates the demo when the database has no site yet, with its knowledge base; on later starts finds it again
 * through the token file (and gives a demo made before knowledge bases existed its knowledge base once).
 * Returns null when sites exist but this data dir has no token file (the operator removed the demo or set up
 * real sites, or this is a second relay process sharing a PostgreSQL that another process seeded).
 * Relays starting together on one PostgreSQL seed under a database lock, so exactly one creates the demo; only
 * that one writes the token file.
 */
export async function ensureDemo(storage: Storage, dataDir: string): Promise<DemoAccess | null> {
  const tokenFile = join(dataDir, DEMO_AGENT_TOKEN_FILE);
  const created = await storage.exclusive('demo-seed', async () => {
    if ((await storage.countSites()) > 0) return null;
    const site = await storage.createSite({
      name: DEMO_SITE_NAME,
      publicKey: `pk_demo_${randomToken(12)}`,
      allowedOrigins: [],
      defaultLanguage: 'en',
      demo: true,
    });
    await seedDemoKnowledge(storage, site.id);
    const agentToken = createAgentToken();
    const agent = await storage.createAgent({
      siteId: site.id,
      name: DEMO_AGENT_NAME,
      role: 'agent',
      language: 'en',
      tokenHash: hashToken(agentToken),
    });
    await writeSecretFile(tokenFile, agentToken);
    await storage.recordEvent({ type: 'site.created', siteId: site.id, payload: { demo: true } });
    await storage.recordEvent({
      type: 'agent.created',
      siteId: site.id,
      payload: { agentId: agent.id, demo: true },
    });
    return { site, agent, agentToken, created: true };
  });
  if (created) return created;
  const agentToken = await readSecretFile(tokenFile);
  if (agentToken === undefined) return null;
  const agent = await storage.getAgentByTokenHash(hashToken(agentToken));
  const site = agent ? await storage.getSite(agent.siteId) : null;
  if (!agent || !site) return null;
  await storage.exclusive('demo-seed', async () => {
    // Revision 0: nothing was ever written, so a merchant who emptied the demo's knowledge base keeps it empty.
    if ((await storage.knowledgeRevision(site.id)) === 0) await seedDemoKnowledge(storage, site.id);
  });
  return { site, agent, agentToken, created: false };
}
