// First start: a demo site and demo agent, so `pnpm start` shows a working chat with nothing configured.
import { join } from 'node:path';
import type { Agent, Site } from '@parley/shared';
import { createAgentToken, hashToken } from '../auth/agent-token.ts';
import { randomToken, readSecretFile, writeSecretFile } from '../config.ts';
import type { Storage } from '../storage/types.ts';

export const DEMO_SITE_NAME = 'Lumière Skin — demo store';
export const DEMO_AGENT_NAME = 'Demo Agent';
export const DEMO_AGENT_TOKEN_FILE = 'demo-agent-token';

export interface DemoAccess {
  site: Site;
  agent: Agent;
  /** Plaintext agent token; the database only has its hash, the data dir keeps this copy for the banner. */
  agentToken: string;
  /** True on the start that created the demo. */
  created: boolean;
}

/**
 * Creates the demo when the database has no site yet; on later starts finds it again through the token file.
 * Returns null when sites exist but the token file is gone (the operator removed the demo or set up real sites).
 */
export async function ensureDemo(storage: Storage, dataDir: string): Promise<DemoAccess | null> {
  const tokenFile = join(dataDir, DEMO_AGENT_TOKEN_FILE);
  if ((await storage.countSites()) === 0) {
    const site = await storage.createSite({
      name: DEMO_SITE_NAME,
      publicKey: `pk_demo_${randomToken(12)}`,
      allowedOrigins: [],
      defaultLanguage: 'en',
    });
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
  }
  const agentToken = await readSecretFile(tokenFile);
  if (agentToken === undefined) return null;
  const agent = await storage.getAgentByTokenHash(hashToken(agentToken));
  const site = agent ? await storage.getSite(agent.siteId) : null;
  return agent && site ? { site, agent, agentToken, created: false } : null;
}
