import type { Agent } from '@parley/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRelay, type TestRelay } from '../../test/relay-fixture.ts';
import type { SiteRecord } from '../storage/types.ts';

describe('/api/v1 sites and agents', () => {
  let relay: TestRelay;
  let site: SiteRecord;
  let siteAdmin: string;
  let plainAgent: { agent: Agent; token: string };

  beforeAll(async () => {
    relay = await startRelay();
    site = await relay.createSite({ name: 'Bangkok Beauty', defaultLanguage: 'th' });
    siteAdmin = (await relay.createAgent({ siteId: site.id, name: 'Ploy', role: 'admin', language: 'th' }))
      .token;
    plainAgent = await relay.createAgent({ siteId: site.id, name: 'Nok', language: 'th' });
  });
  afterAll(() => relay.stop());

  const json = async <T>(res: Response): Promise<T> => ((await res.json()) as { data: T }).data;

  it('creates a site with languages, hours and glossary, keeping the default language first', async () => {
    const res = await relay.api('/api/v1/sites', {
      method: 'POST',
      body: JSON.stringify({
        name: '  Kyoto\u202E Tea  ',
        defaultLanguage: 'ja',
        languages: ['en', 'ja', 'zh'],
        allowedOrigins: ['https://tea.example/shop'],
        businessHours: { timeZone: 'Asia/Tokyo', intervals: [{ day: 1, from: '09:00', to: '17:30' }] },
        glossary: [{ term: 'Gyokuro', doNotTranslate: true }],
      }),
    });
    expect(res.status).toBe(201);
    const created = await json<SiteRecord>(res);
    expect(created).toMatchObject({
      name: 'Kyoto Tea',
      languages: ['ja', 'en', 'zh'],
      allowedOrigins: ['https://tea.example'],
      glossaryVersion: 0,
      demo: false,
    });
    expect(created.publicKey).toMatch(/^pk_/);
    const bad = await relay.api('/api/v1/sites', {
      method: 'POST',
      body: JSON.stringify({
        name: 'Nowhere',
        businessHours: { timeZone: 'Mars/Olympus', intervals: [{ day: 9, from: '18:00', to: '09:00' }] },
      }),
    });
    expect(bad.status).toBe(400);
    const fields = (
      (await bad.json()) as { error: { details: { issues: { field: string }[] } } }
    ).error.details.issues.map((i) => i.field);
    expect(fields).toEqual(
      expect.arrayContaining(['businessHours.timeZone', 'businessHours.intervals.0.day']),
    );
  });

  it('lets a site admin change settings, bumping the glossary version; plain agents and other sites may not', async () => {
    const patch = (token: string, body: object, id = site.id) =>
      relay.api(`/api/v1/sites/${id}`, { method: 'PATCH', token, body: JSON.stringify(body) });
    const res = await patch(siteAdmin, {
      glossary: [{ term: 'Lumière', translations: { th: 'ลูมิแยร์' } }],
      allowedOrigins: ['https://beauty.example'],
      businessHours: null,
    });
    expect(res.status).toBe(200);
    expect(await json<SiteRecord>(res)).toMatchObject({
      glossaryVersion: 1,
      allowedOrigins: ['https://beauty.example'],
      businessHours: null,
      name: 'Bangkok Beauty',
    });
    expect((await patch(plainAgent.token, { name: 'Mine now' })).status).toBe(403);
    expect((await patch(relay.demoAgentToken, { name: 'Mine now' })).status).toBe(404);
    const read = await relay.api(`/api/v1/sites/${site.id}`, { token: plainAgent.token });
    expect(await json<SiteRecord>(read)).toMatchObject({ name: 'Bangkok Beauty', glossaryVersion: 1 });
    expect((await relay.api(`/api/v1/sites/${site.id}`, { token: relay.demoAgentToken })).status).toBe(404);
  });

  it('lets a site admin manage their agents: create, change, rotate, delete', async () => {
    const created = await relay.createAgent(
      {
        siteId: site.id,
        name: 'Dao',
        language: 'th',
        languageSkills: ['en', 'zh'],
        persona: { displayName: 'คุณดาว', gender: 'female' },
      },
      siteAdmin,
    );
    expect(created.agent).toMatchObject({
      languageSkills: ['th', 'en', 'zh'],
      persona: { gender: 'female' },
    });
    expect(created.token).toMatch(/^agt_/);
    // A site admin cannot create agents for another site.
    const foreign = await relay.api('/api/v1/agents', {
      method: 'POST',
      token: siteAdmin,
      body: JSON.stringify({ siteId: relay.demo!.site.id, name: 'Spy' }),
    });
    expect(foreign.status).toBe(404);
    const asPlain = await relay.api('/api/v1/agents', {
      method: 'POST',
      token: plainAgent.token,
      body: JSON.stringify({ siteId: site.id, name: 'Self-promoted', role: 'admin' }),
    });
    expect(asPlain.status).toBe(403);

    const list = await json<Agent[]>(await relay.api('/api/v1/agents', { token: plainAgent.token }));
    expect(new Set(list.map((a) => a.siteId))).toEqual(new Set([site.id]));
    expect(list.map((a) => a.name)).toEqual(expect.arrayContaining(['Ploy', 'Nok', 'Dao']));

    // An agent may change how they appear, but not their role.
    const self = (body: object) =>
      relay.api(`/api/v1/agents/${created.agent.id}`, {
        method: 'PATCH',
        token: created.token,
        body: JSON.stringify(body),
      });
    expect(await json<Agent>(await self({ persona: { displayName: 'Dao' } }))).toMatchObject({
      persona: { displayName: 'Dao' },
    });
    expect((await self({ role: 'admin' })).status).toBe(403);

    const rotated = await relay.api(`/api/v1/agents/${created.agent.id}/token`, {
      method: 'POST',
      token: siteAdmin,
    });
    const { token: fresh } = await json<{ token: string }>(rotated);
    expect((await relay.api('/api/v1/sites', { token: created.token })).status).toBe(401);
    expect((await relay.api('/api/v1/sites', { token: fresh })).status).toBe(200);

    const removed = await relay.api(`/api/v1/agents/${created.agent.id}`, {
      method: 'DELETE',
      token: siteAdmin,
    });
    expect(removed.status).toBe(200);
    expect((await relay.api('/api/v1/sites', { token: fresh })).status).toBe(401);
    expect((await relay.api(`/api/v1/agents/${created.agent.id}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('signs out an agent’s open inbox when their token is rotated', async () => {
    const { agent, token } = await relay.createAgent({ siteId: site.id, name: 'Rotating' });
    const { socket } = await relay.agent(token);
    const kicked = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    await relay.api(`/api/v1/agents/${agent.id}/token`, { method: 'POST' });
    expect(await kicked).toBe('io server disconnect');
  });
});
