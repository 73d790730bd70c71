// Room names: every tab of one visitor, every visitor of one site, every socket of one agent, every agent of one
// site, and the admins.
export const visitorRoom = (visitorId: string): string => `visitor:${visitorId}`;
/** Every shopper tab of a site, for what they are all told at once (the team's availability). */
export const siteVisitorsRoom = (siteId: string): string => `site-visitors:${siteId}`;
export const agentRoom = (agentId: string): string => `agent:${agentId}`;
export const siteRoom = (siteId: string): string => `site:${siteId}`;
export const ADMINS_ROOM = 'admins';

/** Everyone on the agent side who may see a site's conversations. */
export const siteAudience = (siteId: string): string[] => [siteRoom(siteId), ADMINS_ROOM];
