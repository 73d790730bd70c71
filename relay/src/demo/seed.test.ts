import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAgentToken, hashToken } from '../auth/agent-token.ts';
import { writeSecretFile } from '../config.ts';
import { openStorage } from '../storage/index.ts';
import type { Storage } from '../storage/types.ts';
import { DEMO_KNOWLEDGE } from './knowledge.ts';
import { DEMO_AGENT_TOKEN_FILE, ensureDemo } from './seed.ts';

describe('ensureDemo', () => {
  let storage: Storage;
  let dataDir: string;

  beforeEach(async () => {
    storage = await openStorage({ kind: 'memory' });
    dataDir = await mkdtemp(join(tmpdir(), 'parley-demo-'));
  });
  afterEach(async () => {
    await storage.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('creates the demo with its knowledge base once; an emptied knowledge base stays empty', async () => {
    const demo = await ensureDemo(storage, dataDir);
    expect(demo?.created).toBe(true);
    const siteId = demo?.site.id ?? '';
    const entries = await storage.listKnowledgeEntries(siteId);
    expect(entries.map((entry) => entry.title)).toEqual(DEMO_KNOWLEDGE.map((entry) => entry.title));

    for (const entry of entries) await storage.deleteKnowledgeEntry(entry.id);
    expect((await ensureDemo(storage, dataDir))?.created).toBe(false);
    expect(await storage.listKnowledgeEntries(siteId)).toEqual([]);
  });

  it('gives a demo made before knowledge bases existed its knowledge base on the next start', async () => {
    const site = await storage.createSite({
      name: 'Old demo',
      publicKey: 'pk_demo_old',
      allowedOrigins: [],
      defaultLanguage: 'en',
      demo: true,
    });
    const token = createAgentToken();
    await storage.createAgent({
      siteId: site.id,
      name: 'Demo',
      role: 'agent',
      language: 'en',
      tokenHash: hashToken(token),
    });
    await writeSecretFile(join(dataDir, DEMO_AGENT_TOKEN_FILE), token);

    await Promise.all([ensureDemo(storage, dataDir), ensureDemo(storage, dataDir)]);
    expect(await storage.listKnowledgeEntries(site.id)).toHaveLength(DEMO_KNOWLEDGE.length);
  });
});
