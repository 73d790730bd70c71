// Who is calling: resolves a bearer token to the admin or to one agent, and decides which sites they may see.
import { type Agent, type AgentSession, ParleyError } from '@parley/shared';
import type { Conversation, Storage } from '../storage/types.ts';
import { hashToken, secretsEqual } from './agent-token.ts';
import { verifyVisitorToken } from './visitor-token.ts';

export type Principal = { kind: 'admin' } | { kind: 'agent'; agent: Agent };

/** A shopper, known by their signed visitor token; only the attachment routes accept one over HTTP. */
export interface VisitorPrincipal {
  kind: 'visitor';
  visitorId: string;
  siteId: string;
}

/** Anyone who may take part in a conversation. */
export type Party = Principal | VisitorPrincipal;

export type TokenResolver = (token: string) => Promise<Principal | null>;

export function createTokenResolver(storage: Storage, adminToken: string): TokenResolver {
  if (!adminToken) throw new Error('createTokenResolver needs the admin token; pass config.adminToken.');
  return async (token) => {
    if (secretsEqual(token, adminToken)) return { kind: 'admin' };
    const agent = await storage.getAgentByTokenHash(hashToken(token));
    return agent ? { kind: 'agent', agent } : null;
  };
}

/**
 * Resolves a visitor token to its visitor. A token whose visitor is gone (erased under GDPR) is refused like a
 * forged one: the signature alone is not enough.
 */
export function createVisitorResolver(
  storage: Storage,
  secret: string,
): (token: string) => Promise<VisitorPrincipal> {
  return async (token) => {
    const claims = verifyVisitorToken(secret, token);
    const visitor = await storage.getVisitor(claims.visitorId);
    if (!visitor || visitor.siteId !== claims.siteId) {
      throw new ParleyError(
        'unauthorized',
        'This visitor is not known to the relay. Reload the chat to start again.',
      );
    }
    return { kind: 'visitor', visitorId: visitor.id, siteId: visitor.siteId };
  };
}

/** The one site an agent is confined to, or undefined for the admin, who sees every site. */
export function siteScope(principal: Principal): string | undefined {
  return principal.kind === 'admin' ? undefined : principal.agent.siteId;
}

export function canAccessSite(principal: Principal, siteId: string): boolean {
  return principal.kind === 'admin' || principal.agent.siteId === siteId;
}

/** Settings and agents of a site: the admin token, or an agent with role "admin" on that site. */
export function canManageSite(principal: Principal, siteId: string): boolean {
  return (
    principal.kind === 'admin' || (principal.agent.role === 'admin' && principal.agent.siteId === siteId)
  );
}

/** A stable key for per-token limits and event payloads: the agent id, or "admin". */
export function principalId(principal: Party): string {
  if (principal.kind === 'admin') return 'admin';
  return principal.kind === 'agent' ? principal.agent.id : principal.visitorId;
}

/**
 * The conversation, if `principal` may see it. Another site's conversation answers not_found, exactly like a
 * missing one, so ids reveal nothing.
 */
export async function accessibleConversation(
  storage: Storage,
  principal: Principal,
  conversationId: string,
): Promise<Conversation> {
  const conversation = await storage.getConversation(conversationId);
  if (!conversation || !canAccessSite(principal, conversation.siteId)) {
    throw new ParleyError('not_found', 'No conversation with that id is visible to you.');
  }
  return conversation;
}

export function agentSession(principal: Principal): AgentSession {
  if (principal.kind === 'admin') return { agentId: null, name: 'Admin', role: 'admin', language: 'en' };
  const { agent } = principal;
  return { agentId: agent.id, name: agent.name, role: agent.role, language: agent.language };
}
