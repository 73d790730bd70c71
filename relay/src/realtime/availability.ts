// Whether a site's team can answer now, as its shoppers' widgets are told: within business hours, and at least one
// agent of the site connected to any relay process. One state and one timer per site with shoppers on this process,
// pushed to those shoppers when it changes.
import type { SiteAvailability } from '@parley/shared';
import type { Logger } from 'pino';
import { isOpen, nextChange } from '../bot/business-hours.ts';
import type { Storage } from '../storage/types.ts';
import { siteRoom, siteVisitorsRoom } from './rooms.ts';
import type { AgentNamespace, VisitorNamespace } from './types.ts';

/**
 * The longest a site's state goes unchecked while its shoppers are here. It bounds what no event reports: a relay
 * process that died with agents on it, or business hours edited through another process.
 */
const DEFAULT_RECHECK_MS = 5 * 60_000;

export interface AvailabilityDeps {
  storage: Pick<Storage, 'getSite'>;
  visitors: VisitorNamespace;
  agents: AgentNamespace;
  logger: Logger;
  /** True with a cluster adapter (Redis): changes seen here are announced to the other processes. */
  clustered: boolean;
  now?: () => Date;
  recheckMs?: number;
}

interface SiteEntry {
  /** What this process's shoppers of the site were last told; a new session gets the same. */
  current: SiteAvailability | undefined;
  /** Settles when `current` is first known. */
  ready: Promise<void>;
  /** Checks run one after another, so an older answer never overwrites a newer one. */
  queue: Promise<void>;
  timer: NodeJS.Timeout | undefined;
  /** A check is queued and has not started: another request is already covered by it. */
  recheckQueued: boolean;
}

export class SiteAvailabilityTracker {
  readonly #deps: AvailabilityDeps;
  readonly #now: () => Date;
  readonly #recheckMs: number;
  readonly #sites = new Map<string, SiteEntry>();
  #closed = false;

  constructor(deps: AvailabilityDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? (() => new Date());
    this.#recheckMs = deps.recheckMs ?? DEFAULT_RECHECK_MS;
    // Another process saw an agent come or go, or hours change: check the sites whose shoppers are here.
    deps.visitors.on('availability:changed', (siteId: string) => this.#recheck(siteId));
  }

  /**
   * The site's availability for a new session, and from then on the site is watched: the first shopper of a site
   * on this process costs one check (a site read and a cluster-wide look at its agents); the rest cost nothing.
   */
  async current(siteId: string): Promise<SiteAvailability> {
    let entry = this.#sites.get(siteId);
    if (!entry) {
      const created: SiteEntry = {
        current: undefined,
        ready: Promise.resolve(),
        queue: Promise.resolve(),
        timer: undefined,
        recheckQueued: false,
      };
      created.ready = this.#check(siteId, created, { announce: false });
      created.queue = created.ready.catch(() => {});
      this.#sites.set(siteId, created);
      entry = created;
    }
    try {
      await entry.ready;
    } catch (error) {
      // Not cached: the next shopper tries again.
      if (this.#sites.get(siteId) === entry) this.#drop(siteId);
      throw error;
    }
    if (!entry.current) throw new Error(`Site ${siteId} vanished while its availability was read.`);
    return entry.current;
  }

  /** Whether an agent of the site is connected anywhere, as last checked (the bot's `after_hours` asks). */
  async agentsOnline(siteId: string): Promise<boolean> {
    return (await this.current(siteId)).agentsOnline;
  }

  /**
   * An agent of the site connected or left this process, or its hours changed here: check now, and have every
   * other process check too.
   */
  changed(siteId: string): void {
    if (this.#closed) return;
    this.#recheck(siteId);
    if (this.#deps.clustered) this.#deps.visitors.serverSideEmit('availability:changed', siteId);
  }

  close(): void {
    this.#closed = true;
    for (const siteId of [...this.#sites.keys()]) this.#drop(siteId);
  }

  #recheck(siteId: string): void {
    const entry = this.#sites.get(siteId);
    // Fifty agents reconnecting after a deploy are one check, not fifty.
    if (!entry || this.#closed || entry.recheckQueued) return;
    entry.recheckQueued = true;
    entry.queue = entry.queue
      .then(() => {
        entry.recheckQueued = false;
        return this.#check(siteId, entry, { announce: true });
      })
      .catch((error: unknown) => this.#deps.logger.warn({ err: error, siteId }, 'availability check failed'));
  }

  async #check(siteId: string, entry: SiteEntry, options: { announce: boolean }): Promise<void> {
    const site = await this.#deps.storage.getSite(siteId);
    if (!site) {
      this.#drop(siteId);
      return;
    }
    const at = this.#now();
    const open = isOpen(site.businessHours, at);
    const changesAt = nextChange(site.businessHours, at);
    // The site room holds the site's agents on every process (admins have a room of their own).
    const agentSockets = await this.#deps.agents.in(siteRoom(siteId)).fetchSockets();
    const next: SiteAvailability = {
      open,
      agentsOnline: agentSockets.length > 0,
      nextOpenAt: open ? null : (changesAt?.toISOString() ?? null),
    };
    if (this.#sites.get(siteId) !== entry) return; // dropped while checking
    const previous = entry.current;
    entry.current = next;
    if (options.announce && previous && !sameAvailability(previous, next)) {
      // Each process tells only its own shoppers: every process checks for itself, so nobody hears it twice.
      this.#deps.visitors.local.to(siteVisitorsRoom(siteId)).emit('availability', next);
    }
    this.#schedule(siteId, entry, changesAt);
  }

  #schedule(siteId: string, entry: SiteEntry, changesAt: Date | null): void {
    clearTimeout(entry.timer);
    const untilChange = changesAt ? changesAt.getTime() - this.#now().getTime() : Number.POSITIVE_INFINITY;
    entry.timer = setTimeout(
      () => {
        entry.timer = undefined;
        // The site's last shopper here has left: stop watching it.
        if (!this.#deps.visitors.adapter.rooms.get(siteVisitorsRoom(siteId))?.size) this.#drop(siteId);
        else this.#recheck(siteId);
      },
      Math.max(0, Math.min(untilChange, this.#recheckMs)),
    );
    entry.timer.unref();
  }

  #drop(siteId: string): void {
    const entry = this.#sites.get(siteId);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.#sites.delete(siteId);
  }
}

function sameAvailability(a: SiteAvailability, b: SiteAvailability): boolean {
  return a.open === b.open && a.agentsOnline === b.agentsOnline && a.nextOpenAt === b.nextOpenAt;
}
