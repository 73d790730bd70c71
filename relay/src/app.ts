// The HTTP surface (Hono): liveness, readiness, metrics, /api/v1, build outputs and the demo storefront.

import { join } from 'node:path';
import { getConnInfo } from '@hono/node-server/conninfo';
import { ParleyError } from '@parley/shared';
import { type Context, Hono } from 'hono';
import { cors } from 'hono/cors';
import type { Logger } from 'pino';
import type { LanguageEngine } from './ai/index.ts';
import { type ApiDeps, mountApi } from './api/index.ts';
import { PAIRING_EXCHANGE_PATH } from './api/pairing.ts';
import type { ApiRouter } from './api/router.ts';
import type { TokenResolver, VisitorPrincipal } from './auth/principal.ts';
import { type BuildDirs, serveBuildFile } from './build-output.ts';
import { clientIp } from './client-ip.ts';
import type { DemoAccess } from './demo/seed.ts';
import { renderStorefront } from './demo/storefront.ts';
import type { Drain } from './drain.ts';
import type { RelayMetrics } from './metrics.ts';
import type { AuthEnv } from './middleware/auth.ts';
import { trackChanges } from './middleware/drain.ts';
import { parleyErrorHandler } from './middleware/error-handler.ts';
import { httpMetrics } from './middleware/http-metrics.ts';
import { rateLimit } from './middleware/rate-limit.ts';
import { frameAncestors } from './origin-policy.ts';
import type { SiteRecord } from './storage/types.ts';

export { DEFAULT_MAX_BODY_BYTES } from './api/index.ts';

export interface AppDeps extends ApiDeps {
  engine: LanguageEngine;
  metrics: RelayMetrics;
  logger: Logger;
  resolveToken: TokenResolver;
  resolveVisitor: (token: string) => Promise<VisitorPrincipal>;
  buildDirs: BuildDirs;
  /** The demo site and agent, when this relay process created or found them. */
  demo: () => DemoAccess | null;
  drain: Drain;
  /** Whether every dependency (storage, Redis when configured) answers; false while shutting down. */
  checkReady: () => Promise<{ ready: boolean; checks: Record<string, 'ok' | 'failing' | 'stopping'> }>;
  /** Proxies whose X-Forwarded-For is believed (PARLEY_TRUST_PROXY). */
  trustedProxies: number;
  maxBodyBytes?: number;
  version: string;
}

/** A site as the API lists it: the shared Site plus whether it is the first-start demo. */
export type SiteListing = SiteRecord;

export interface App {
  app: Hono<AuthEnv>;
  /** The /api/v1 routes as declared, which the OpenAPI document lists. */
  api: ApiRouter;
}

export function createApp(deps: AppDeps): App {
  const { storage, logger } = deps;
  const app = new Hono<AuthEnv>();
  const countError = (code: string) => deps.metrics.errors.inc({ code, transport: 'http' });

  app.use(httpMetrics({ histogram: deps.metrics.httpRequestDuration }));

  // Liveness: answers while the process runs, so an orchestrator restarts it only when it is truly stuck.
  app.get('/healthz', (c) =>
    c.json({
      status: deps.drain.draining ? 'stopping' : 'ok',
      engine: deps.engine.name,
      storage: storage.kind,
    }),
  );

  // Readiness: 200 only while this process should get traffic; a balancer drains it on 503.
  app.get('/readyz', async (c) => {
    const { ready, checks } = await deps.checkReady();
    return c.json({ status: ready ? 'ready' : 'unavailable', checks }, ready ? 200 : 503);
  });

  app.get('/metrics', async (c) => {
    const registry = deps.metrics.registry;
    return c.body(await registry.metrics(), 200, { 'Content-Type': registry.contentType });
  });

  // ---- /api/v1 ------------------------------------------------------------------------------------
  // Bearer tokens, never cookies, so any origin may call the API (the extension, a merchant's back office).
  app.use(
    '/api/*',
    cors({
      origin: (origin) => origin,
      allowHeaders: ['Authorization', 'Content-Type'],
      allowMethods: ['GET', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
      exposeHeaders: ['Retry-After', 'Content-Disposition'],
      maxAge: 600,
    }),
  );
  const ipOf = (c: Context) =>
    clientIp({
      remoteAddress: remoteAddress(c),
      forwardedFor: c.req.header('X-Forwarded-For'),
      trustedProxies: deps.trustedProxies,
    });
  app.use('/api/*', rateLimit<AuthEnv>({ limiter: deps.limiters.apiPerIp, key: ipOf }));
  // Each exchange is a guess at a code, so it also draws on a far smaller budget of its own.
  app.use(PAIRING_EXCHANGE_PATH, rateLimit<AuthEnv>({ limiter: deps.limiters.pairingPerIp, key: ipOf }));
  app.use('/api/*', trackChanges({ drain: deps.drain }));
  const api = mountApi(app, deps);

  // ---- build outputs --------------------------------------------------------------------------------
  const { widget, console: consoleDir } = deps.buildDirs;
  const frameDir = join(widget, 'frame');

  const acceptEncoding = (c: Context) => c.req.header('accept-encoding');
  app.get('/widget.js', (c) =>
    serveBuildFile(widget, 'widget.js', {
      build: 'widget',
      acceptEncoding: acceptEncoding(c),
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
      acceptEncoding: acceptEncoding(c),
      entryPoint: true,
      cacheControl: 'no-cache',
      headers,
    });
  });
  app.get('/frame/*', (c) => {
    const path = pathAfter(c, '/frame/');
    return serveBuildFile(frameDir, path, {
      build: 'widget',
      acceptEncoding: acceptEncoding(c),
      // Scripts, styles and strings are named by a hash of what they hold, so a returning shopper never fetches them
      // again; anything else may change under the same name.
      cacheControl: /^(assets|i18n)\//.test(path)
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=300',
    });
  });

  app.get('/console', (c) => c.redirect(`/console/${new URL(c.req.url).search}`, 301));
  app.get('/console/', (c) =>
    serveBuildFile(consoleDir, 'index.html', {
      build: 'agent console',
      acceptEncoding: acceptEncoding(c),
      entryPoint: true,
      cacheControl: 'no-cache',
    }),
  );
  app.get('/console/*', (c) =>
    serveBuildFile(consoleDir, pathAfter(c, '/console/'), {
      build: 'agent console',
      acceptEncoding: acceptEncoding(c),
      cacheControl: 'public, max-age=300',
    }),
  );

  // ---- demo storefront ------------------------------------------------------------------------------
  app.get('/', async (c) => {
    const sites = deps.demo() ? [] : await storage.listSites();
    const site = deps.demo()?.site ?? sites.find((candidate) => candidate.demo) ?? sites[0];
    if (!site)
      throw new ParleyError('not_found', 'There is no site yet. Create one with POST /api/v1/sites.');
    return c.html(renderStorefront({ siteKey: site.publicKey, siteName: site.name }));
  });

  // ---- errors ---------------------------------------------------------------------------------------
  app.notFound((c) => {
    countError('not_found');
    return c.json({ error: { code: 'not_found', message: `Nothing is served at ${c.req.path}.` } }, 404);
  });

  app.onError(parleyErrorHandler({ logger, onError: countError }));

  return { app, api };
}

/** The TCP peer, when the request came through the Node server (app.request() in tests has none). */
function remoteAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

/** The still URL-encoded rest of the path after a mount point; the build-output reader decodes and checks it. */
function pathAfter(c: Context, mount: string): string {
  const path = new URL(c.req.url).pathname;
  return path.startsWith(mount) ? path.slice(mount.length) : '';
}
