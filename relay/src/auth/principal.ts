// Who is calling: resolves a bearer token to the admin or to one agent, and decides which sites they may see.
import type { Agent, AgentSession } from '@parley/shared';
import type { Storage } from '../storage/types.ts';
import { hashToken, secretsEqual } from './agent-token.ts';

export type Principal = { kind: 'admin' } | { kind: 'agent'; agent: Agent };

export type TokenResolver = (token: string) => Promise<Principal | null>;

export function createTokenResolver(storage: Storage, adminToken: string): TokenResolver {
  if (!adminToken) throw new Error('createTokenResolver needs the admin token; pass config.adminToken.');
  return async (token) => {
    if (secretsEqual(token, adminToken)) return { kind: 'admin' };
    const agent = await storage.getAgentByTokenHash(hashToken(token));
    return agent ? { kind: 'agent', agent } : null;
  };
}

/** The one site an agent is confined to, or undefined for the admin, who sees every site. */
export function siteScope(principal: Principal): string | undefined {
  return principal.kind === 'admin' ? undefined : principal.agent.siteId;
}

export function canAccessSite(principal: Principal, siteId: string): boolean {
  return principal.kind === 'admin' || principal.agent.siteId === siteId;
}

export function agentSession(principal: Principal): AgentSession {
  if (principal.kind === 'admin') return { agentId: null, name: 'Admin', role: 'admin', language: 'en' };
  const { agent } = principal;
  return { agentId: agent.id, name: agent.name, role: agent.role, language: agent.language };
}
