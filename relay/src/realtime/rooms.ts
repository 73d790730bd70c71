// Room names: every tab of one visitor, every socket of one agent, every agent of one site, and the admins.
export const visitorRoom = (visitorId: string): string => `visitor:${visitorId}`;
export const agentRoom = (agentId: string): string => `agent:${agentId}`;
export const siteRoom = (siteId: string): string => `site:${siteId}`;
export const ADMINS_ROOM = 'admins';

/** Everyone on the agent side who may see a site's conversations. */
export const siteAudience = (siteId: string): string[] => [siteRoom(siteId), ADMINS_ROOM];
