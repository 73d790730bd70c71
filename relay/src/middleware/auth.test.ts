import { ParleyError } from '@parley/shared';
import { Hono } from 'hono';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { Principal, VisitorPrincipal } from '../auth/principal.ts';
import { type AuthEnv, adminOnly, authenticate, authenticateParty } from './auth.ts';
import { parleyErrorHandler } from './error-handler.ts';

const agentPrincipal: Principal = {
  kind: 'agent',
  agent: {
    id: 'agent-1',
    siteId: 'site-1',
    name: 'Ana',
    role: 'agent',
    language: 'en',
    languageSkills: ['en'],
    persona: {},
    createdAt: '',
  },
};

// A real resolver over a fixed table: the contract authenticate() relies on, without any storage.
const tokens: Record<string, Principal> = { 'admin-token': { kind: 'admin' }, 'agent-token': agentPrincipal };
const resolveToken = async (token: string) => tokens[token] ?? null;

function makeApp() {
  const app = new Hono<AuthEnv>();
  app.use('/api/*', authenticate({ resolveToken }));
  app.get('/api/me', (c) => c.json(c.get('principal')));
  app.post('/api/sites', adminOnly(), (c) => c.json({ created: true }, 201));
  app.onError(parleyErrorHandler({ logger: pino({ level: 'silent' }) }));
  return app;
}

describe('authenticate', () => {
  it('refuses a request without a bearer token with a coded 401 and a challenge', async () => {
    const res = await makeApp().request('/api/me');
    expect(res.status).toBe(401);
    expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
    expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } });
    const basic = await makeApp().request('/api/me', { headers: { Authorization: 'Basic YWRtaW46eA==' } });
    expect(basic.status).toBe(401);
  });

  it('refuses an unknown token', async () => {
    const res = await makeApp().request('/api/me', { headers: { Authorization: 'Bearer nope' } });
    expect(res.status).toBe(401);
    expect(res.headers.get('WWW-Authenticate')).toContain('invalid_token');
  });

  it('lets the admin and agents through, telling handlers who is calling', async () => {
    const admin = await makeApp().request('/api/me', { headers: { Authorization: 'Bearer admin-token' } });
    expect(await admin.json()).toEqual({ kind: 'admin' });
    const agent = await makeApp().request('/api/me', { headers: { Authorization: 'bearer  agent-token' } });
    expect(await agent.json()).toEqual(agentPrincipal);
  });

  it('keeps admin-only routes from agents with forbidden', async () => {
    const app = makeApp();
    const agent = await app.request('/api/sites', {
      method: 'POST',
      headers: { Authorization: 'Bearer agent-token' },
    });
    expect(agent.status).toBe(403);
    expect(await agent.json()).toMatchObject({ error: { code: 'forbidden' } });
    const admin = await app.request('/api/sites', {
      method: 'POST',
      headers: { Authorization: 'Bearer admin-token' },
    });
    expect(admin.status).toBe(201);
  });

  it('says what is missing when misconfigured', () => {
    expect(() => authenticate({} as never)).toThrow(/needs a resolveToken function/);
  });

  it('passes resolver failures on as errors, not as a silent 401', async () => {
    const app = new Hono<AuthEnv>();
    app.use(
      authenticate({
        resolveToken: async () => {
          throw new ParleyError('unavailable', 'Storage is closing.');
        },
      }),
    );
    app.get('/', (c) => c.text('never'));
    app.onError(parleyErrorHandler({ logger: pino({ level: 'silent' }) }));
    const res = await app.request('/', { headers: { Authorization: 'Bearer x' } });
    expect(res.status).toBe(503);
  });
});

describe('authenticateParty', () => {
  const visitor: VisitorPrincipal = { kind: 'visitor', visitorId: 'visitor-1', siteId: 'site-1' };
  function makePartyApp() {
    const app = new Hono<AuthEnv>();
    app.use(
      authenticateParty({
        resolveToken,
        resolveVisitor: async (token) => {
          if (token === 'v1.good') return visitor;
          throw new ParleyError('unauthorized', 'bad visitor token');
        },
      }),
    );
    app.get('/', (c) => c.json(c.get('party')));
    app.onError(parleyErrorHandler({ logger: pino({ level: 'silent' }) }));
    return app;
  }

  it('accepts a visitor token or a bearer token, and tells the handler which', async () => {
    const app = makePartyApp();
    const asVisitor = await app.request('/', { headers: { Authorization: 'Visitor v1.good' } });
    expect(await asVisitor.json()).toEqual(visitor);
    const asAgent = await app.request('/', { headers: { Authorization: 'Bearer agent-token' } });
    expect(await asAgent.json()).toEqual(agentPrincipal);
  });

  it('refuses missing, unknown and forged credentials with 401', async () => {
    const app = makePartyApp();
    for (const header of [undefined, 'Visitor v1.forged', 'Bearer nope', 'Token x']) {
      const res = await app.request('/', header ? { headers: { Authorization: header } } : {});
      expect(res.status, header).toBe(401);
    }
  });

  it('says what is missing when misconfigured', () => {
    expect(() => authenticateParty({ resolveToken } as never)).toThrow(/resolveVisitor/);
  });
});
