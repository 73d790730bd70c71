// Shoppers are told whether the team can answer: business hours in the site's zone, and whether any agent of the
// site is connected. Pushed when it changes, only to that site's shoppers.
import type { BusinessHours, SiteAvailability } from '@parley/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { collect, nextEvent, sleep, startRelay, type TestRelay, untyped } from '../../test/relay-fixture.ts';

const relays: TestRelay[] = [];
afterEach(async () => {
  for (const relay of relays.splice(0)) await relay.stop();
});

async function relayAt(now?: () => Date): Promise<TestRelay> {
  const relay = await startRelay(now ? { now } : {});
  relays.push(relay);
  return relay;
}

describe('availability', () => {
  it('tells a site’s shoppers when its first agent arrives and its last leaves, and nobody else’s', async () => {
    const relay = await relayAt();
    const { socket: shopper, session } = await relay.visitor();
    expect(session.availability).toEqual({ open: true, agentsOnline: false, nextOpenAt: null });
    const otherSite = await relay.createSite();
    const { socket: elsewhere } = await relay.visitor({ siteKey: otherSite.publicKey });
    const heardElsewhere = collect<SiteAvailability>(untyped(elsewhere), 'availability');

    const arrived = nextEvent<SiteAvailability>(untyped(shopper), 'availability');
    const first = await relay.agent();
    expect(await arrived).toEqual({ open: true, agentsOnline: true, nextOpenAt: null });

    // A second agent changes nothing a shopper sees; the admin token is nobody's team.
    const heard = collect<SiteAvailability>(untyped(shopper), 'availability');
    const second = await relay.agent();
    await relay.agent(relay.adminToken);
    first.socket.disconnect();
    await sleep(200);
    expect(heard).toEqual([]);
    expect((await relay.visitor()).session.availability.agentsOnline).toBe(true);

    const left = nextEvent<SiteAvailability>(untyped(shopper), 'availability');
    second.socket.disconnect();
    expect(await left).toEqual({ open: true, agentsOnline: false, nextOpenAt: null });
    expect((await relay.visitor()).session.availability.agentsOnline).toBe(false);
    expect(heardElsewhere).toEqual([]);
  });

  it('opens with business hours on a timer at the boundary, in the site’s time zone', async () => {
    let offset = 0;
    const relay = await relayAt(() => new Date(Date.now() + offset));
    const hours: BusinessHours = {
      timeZone: 'Asia/Bangkok',
      intervals: [{ day: 1, from: '09:00', to: '17:00' }],
    };
    const patched = await relay.api(`/api/v1/sites/${relay.demo!.site.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ businessHours: hours }),
    });
    expect(patched.status).toBe(200);
    // The relay's clock now sits a second and a half before Monday 09:00 in Bangkok (02:00 UTC).
    offset = Date.parse('2026-11-30T02:00:00Z') - 1500 - Date.now();
    const { socket: shopper, session } = await relay.visitor();
    if (session.availability.open)
      throw new Error('The test machine was too slow to start before the boundary.');
    expect(session.availability).toEqual({
      open: false,
      agentsOnline: false,
      nextOpenAt: '2026-11-30T02:00:00.000Z',
    });
    expect(await nextEvent<SiteAvailability>(untyped(shopper), 'availability')).toEqual({
      open: true,
      agentsOnline: false,
      nextOpenAt: null,
    });
  });

  it('tells shoppers at once when the merchant changes the hours', async () => {
    const relay = await relayAt();
    const { socket: shopper } = await relay.visitor();
    const closed = nextEvent<SiteAvailability>(untyped(shopper), 'availability');
    // Open one hour, three days from now: closed now.
    const day = (new Date().getUTCDay() + 3) % 7;
    await relay.api(`/api/v1/sites/${relay.demo!.site.id}`, {
      method: 'PATCH',
      body: JSON.stringify({
        businessHours: { timeZone: 'UTC', intervals: [{ day, from: '09:00', to: '10:00' }] },
      }),
    });
    const state = await closed;
    expect(state.open).toBe(false);
    expect(new Date(state.nextOpenAt!).getUTCDay()).toBe(day);
    expect(new Date(state.nextOpenAt!).getUTCHours()).toBe(9);
  });
});
