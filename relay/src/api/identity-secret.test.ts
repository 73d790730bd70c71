// The identity secret merchants' servers sign user ids with: who may read it, rotating it, and what rotation does.
import type { VisitorProfile } from '@parley/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, expectOk, request, startRelay, type TestRelay, untyped } from '../../test/relay-fixture.ts';
import { userHashOf } from '../visitor-identity.ts';

describe('/api/v1/sites/:id/identity-secret', () => {
  let relay: TestRelay;
  let siteId: string;
  let siteKey: string;
  let siteAdmin: string;
  let plainAgent: string;

  beforeAll(async () => {
    relay = await startRelay();
    const site = await relay.createSite();
    [siteId, siteKey] = [site.id, site.publicKey];
    siteAdmin = (await relay.createAgent({ siteId, name: 'Ploy', role: 'admin' })).token;
    plainAgent = (await relay.createAgent({ siteId, name: 'Nok' })).token;
  });
  afterAll(() => relay.stop());

  const read = (token?: string, id = siteId) =>
    relay.api(`/api/v1/sites/${id}/identity-secret`, token ? { token } : {});
  const secretOf = async (res: Response) =>
    ((await res.json()) as { data: { identitySecret: string } }).data.identitySecret;

  it('is read by the admin token and the site’s admins only, and never appears in the site itself', async () => {
    const byAdmin = await read();
    expect(byAdmin.status).toBe(200);
    const secret = await secretOf(byAdmin);
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(await secretOf(await read(siteAdmin))).toBe(secret);

    const refused = await read(plainAgent);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    // Another site's admin cannot tell this site exists.
    expect((await read(relay.demoAgentToken)).status).toBe(404);
    expect((await read(undefined, 'no-such-site')).status).toBe(404);

    const site = await (await relay.api(`/api/v1/sites/${siteId}`)).text();
    expect(site).not.toContain(secret);
    const openapi = await (await fetch(`${relay.url}/api/v1/openapi.json`)).text();
    expect(openapi).toContain('/api/v1/sites/{id}/identity-secret/rotate');
  });

  it('rotates: hashes made with the old secret are refused at once, shoppers already verified stay verified', async () => {
    const old = await secretOf(await read());
    const { socket: verifiedEarlier, session: earlier } = await relay.visitor({ siteKey });
    expectOk(
      await request(untyped(verifiedEarlier), 'identify', {
        userId: 'u-1',
        userHash: userHashOf(old, 'u-1'),
      }),
    );

    const rotated = await relay.api(`/api/v1/sites/${siteId}/identity-secret/rotate`, {
      method: 'POST',
      token: siteAdmin,
    });
    expect(rotated.status).toBe(200);
    const fresh = await secretOf(rotated);
    expect(fresh).not.toBe(old);
    expect(await secretOf(await read())).toBe(fresh);
    const byPlainAgent = await relay.api(`/api/v1/sites/${siteId}/identity-secret/rotate`, {
      method: 'POST',
      token: plainAgent,
    });
    expect(byPlainAgent.status).toBe(403);

    const { socket } = await relay.visitor({ siteKey });
    const stale = errorOf(
      await request(untyped(socket), 'identify', { userId: 'u-2', userHash: userHashOf(old, 'u-2') }),
    );
    expect(stale.code).toBe('forbidden');
    const current = expectOk(
      await request<VisitorProfile>(untyped(socket), 'identify', {
        userId: 'u-2',
        userHash: userHashOf(fresh, 'u-2'),
      }),
    );
    expect(current).toMatchObject({ userId: 'u-2', verified: true });
    const back = await relay.visitor({ siteKey, visitorToken: earlier.visitorToken });
    expect(back.session.profile).toMatchObject({ userId: 'u-1', verified: true });
  });
});
