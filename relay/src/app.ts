// The HTTP surface (Hono): health, metrics, the /api/v1 admin and assist API, build outputs and the demo storefront.

import { join } from 'node:path';
import {
  type Analysis,
  type ConversationSummary,
  type Message,
  ParleyError,
  type Site,
} from '@parley/shared';
import {
  analyzeInputSchema,
  createAgentSchema,
  createSiteSchema,
  listConversationsSchema,
  listMessagesSchema,
} from '@parley/shared/schemas';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { LanguageEngine } from './ai/index.ts';
import { createAgentToken, hashToken } from './auth/agent-token.ts';
import { siteScope, type TokenResolver } from './auth/principal.ts';
import { type BuildDirs, serveBuildFile } from './build-output.ts';
import { randomToken } from './config.ts';
import type { DemoAccess } from './demo/seed.ts';
import { renderStorefront } from './demo/storefront.ts';
import type { Messaging } from './messaging.ts';
import type { RelayMetrics } from './metrics.ts';
import { type AuthEnv, adminOnly, authenticate } from './middleware/auth.ts';
import { parleyErrorHandler } from './middleware/error-handler.ts';
import { httpMetrics } from './middleware/http-metrics.ts';
import { frameAncestors, normalizeOrigin } from './origin-policy.ts';
import type { Storage } from './storage/types.ts';
import { parseInput } from './validation.ts';

/** Room for the largest JSON an API call needs (a 4,000-character message is at most 16 KB of UTF-8). */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

export interface AppDeps {
  storage: Storage;
  engine: LanguageEngine;
  messaging: Messaging;
  metrics: RelayMetrics;
  logger: Logger;
  resolveToken: TokenResolver;
  buildDirs: BuildDirs;
  /** The demo site and agent, when this relay has one. */
  demo: () => DemoAccess | null;
  /** False while the relay is shutting down, so /healthz lets a load balancer drain it. */
  isReady: () => boolean;
  maxBodyBytes?: number;
}

/** A site as the API lists it: the shared Site plus whether it is the first-start demo. */
export type SiteListing = Site & { demo: boolean };

// Assist text gets the same message_empty / message_too_long codes as chat, so the schema's length cap is lifted here.
const analyzeBodySchema = analyzeInputSchema.extend({ text: z.string() });

export function createApp(deps: AppDeps): Hono<AuthEnv> {
  const { storage, messaging, logger } = deps;
  const app = new Hono<AuthEnv>();

  app.use(httpMetrics({ histogram: deps.metrics.httpRequestDuration }));

  app.get('/healthz', (c) => {
    if (!deps.isReady())
      return c.json({ status: 'stopping', engine: deps.engine.name, storage: storage.kind }, 503);
    return c.json({ status: 'ok', engine: deps.engine.name, storage: storage.kind });
  });

  app.get('/metrics', async (c) => {
    const registry = deps.metrics.registry;
    return c.body(await registry.metrics(), 200, { 'Content-Type': registry.contentType });
  });

  // ---- /api/v1 ------------------------------------------------------------------------------------
  // Bearer tokens, never cookies, so any origin may call the API (the extension, a merchant's back office).
  app.use(
    '/api/*',
    cors({ origin: (origin) => origin, allowHeaders: ['Authorization', 'Content-Type'], maxAge: 600 }),
  );
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      onError: () => {
        throw new ParleyError(
          'payload_too_large',
          `The request body is larger than ${deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES} bytes.`,
        );
      },
    }),
  );
  app.use('/api/v1/*', authenticate({ resolveToken: deps.resolveToken }));

  app.get('/api/v1/conversations', async (c) => {
    const query = parseInput(listConversationsSchema, c.req.query(), 'query');
    const data: ConversationSummary[] = await messaging.listConversations(c.get('principal'), query.status);
    return c.json({ data });
  });

  app.get('/api/v1/conversations/:id/messages', async (c) => {
    const afterSeq = c.req.query('afterSeq');
    const input = parseInput(
      listMessagesSchema,
      {
        conversationId: c.req.param('id'),
        ...(afterSeq === undefined ? {} : { afterSeq: Number(afterSeq) }),
      },
      'query',
    );
    const data: Message[] = await messaging.agentMessages(
      c.get('principal'),
      input.conversationId,
      input.afterSeq,
    );
    return c.json({ data });
  });

  app.get('/api/v1/sites', async (c) => {
    const scope = siteScope(c.get('principal'));
    const sites = await storage.listSites();
    const demoId = deps.demo()?.site.id;
    const data: SiteListing[] = sites
      .filter((site) => scope === undefined || site.id === scope)
      .map((site) => ({ ...site, demo: site.id === demoId }));
    return c.json({ data });
  });

  app.post('/api/v1/sites', adminOnly(), async (c) => {
    const input = parseInput(createSiteSchema, await readJson(c), 'site');
    const allowedOrigins = [
      ...new Set(input.allowedOrigins.map(normalizeOrigin).filter((o): o is string => o !== null)),
    ];
    const site = await storage.createSite({
      name: input.name,
      publicKey: `pk_${randomToken(18)}`,
      allowedOrigins,
      defaultLanguage: input.defaultLanguage,
    });
    await storage.recordEvent({ type: 'site.created', siteId: site.id, payload: { name: site.name } });
    return c.json({ data: site }, 201);
  });

  app.post('/api/v1/agents', adminOnly(), async (c) => {
    const input = parseInput(createAgentSchema, await readJson(c), 'agent');
    const site = await storage.getSite(input.siteId);
    if (!site) throw new ParleyError('not_found', `No site has the id "${input.siteId}".`);
    const token = createAgentToken();
    const agent = await storage.createAgent({ ...input, tokenHash: hashToken(token) });
    await storage.recordEvent({ type: 'agent.created', siteId: site.id, payload: { agentId: agent.id } });
    // The only time the plaintext token exists outside the caller: it is not stored and cannot be shown again.
    return c.json({ data: { agent, token } }, 201);
  });

  app.post('/api/v1/assist/analyze', async (c) => {
    const input = parseInput(analyzeBodySchema, await readJson(c), 'analysis request');
    const data: Analysis = await messaging.analyzeText(input.text, input.locale);
    return c.json({ data });
  });

  // ---- build outputs --------------------------------------------------------------------------------
  const { widget, console: consoleDir } = deps.buildDirs;
  const frameDir = join(widget, 'frame');

  app.get('/widget.js', () =>
    serveBuildFile(widget, 'widget.js', {
      build: 'widget',
      entryPoint: true,
      // Short, so merchants get fixes within minutes without changing their script tag.
      cacheControl: 'public, max-age=300',
      headers: { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' },
    }),
  );

  app.get('/frame', (c) => c.redirect(`/frame/${new URL(c.req.url).search}`, 301));
  app.get('/frame/', async (c) => {
    const headers: Record<string, string> = {};
    const siteKey = c.req.query('site');
    const site = siteKey ? await storage.getSiteByPublicKey(siteKey) : null;
    const ancestors = site ? frameAncestors(site) : null;
    // Keeps a site's chat frame on that site's own pages when it lists allowed origins.
    if (ancestors) headers['Content-Security-Policy'] = `frame-ancestors ${ancestors}`;
    return serveBuildFile(frameDir, 'index.html', {
      build: 'widget',
      entryPoint: true,
      cacheControl: 'no-cache',
      headers,
    });
  });
  app.get('/frame/*', (c) =>
    serveBuildFile(frameDir, pathAfter(c, '/frame/'), {
      build: 'widget',
      cacheControl: 'public, max-age=300',
    }),
  );

  app.get('/console', (c) => c.redirect(`/console/${new URL(c.req.url).search}`, 301));
  app.get('/console/', () =>
    serveBuildFile(consoleDir, 'index.html', {
      build: 'agent console',
      entryPoint: true,
      cacheControl: 'no-cache',
    }),
  );
  app.get('/console/*', (c) =>
    serveBuildFile(consoleDir, pathAfter(c, '/console/'), {
      build: 'agent console',
      cacheControl: 'public, max-age=300',
    }),
  );

  // ---- demo storefront ------------------------------------------------------------------------------
  app.get('/', async (c) => {
    const site = deps.demo()?.site ?? (await storage.listSites())[0];
    if (!site)
      throw new ParleyError('not_found', 'There is no site yet. Create one with POST /api/v1/sites.');
    return c.html(renderStorefront({ siteKey: site.publicKey, siteName: site.name }));
  });

  // ---- errors ---------------------------------------------------------------------------------------
  app.notFound((c) =>
    c.json({ error: { code: 'not_found', message: `Nothing is served at ${c.req.path}.` } }, 404),
  );

  app.onError(parleyErrorHandler({ logger }));

  return app;
}

async function readJson(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new ParleyError(
      'bad_request',
      'The request body must be valid JSON (Content-Type: application/json).',
    );
  }
}

/** The still URL-encoded rest of the path after a mount point; the build-output reader decodes and checks it. */
function pathAfter(c: Context, mount: string): string {
  const path = new URL(c.req.url).pathname;
  return path.startsWith(mount) ? path.slice(mount.length) : '';
}
