// /api/v1/agents: list, create (token shown once), change, delete and re-key agents of a site.

import type { Agent } from '@parley/shared';
import { type AgentPersona, ParleyError } from '@parley/shared';
import { createAgentSchema, updateAgentSchema } from '@parley/shared/schemas';
import { z } from 'zod';
import { createAgentToken, hashToken } from '../auth/agent-token.ts';
import { canAccessSite, canManageSite, type Principal, principalId } from '../auth/principal.ts';
import type { AgentPatch } from '../storage/types.ts';
import type { ApiDeps } from './deps.ts';
import { requireDisplayName } from './display-name.ts';
import type { ApiRouter } from './router.ts';
import { agentSchema, agentWithTokenSchema, data, idParams, listAgentsQuery } from './schemas.ts';
import { visibleSite } from './sites.ts';

/** What an agent may change about themselves without a site admin: how they appear and what they speak. */
const SELF_SERVICE: ReadonlySet<keyof AgentPatch> = new Set([
  'name',
  'language',
  'languageSkills',
  'persona',
]);

export function registerAgentRoutes(api: ApiRouter, { storage, fanOut }: ApiDeps): void {
  const visibleAgent = async (principal: Principal, id: string): Promise<Agent> => {
    const agent = await storage.getAgent(id);
    if (!agent || !canAccessSite(principal, agent.siteId)) {
      throw new ParleyError('not_found', 'No agent with that id is visible to you.');
    }
    return agent;
  };
  const requireManager = (principal: Principal, siteId: string) => {
    if (!canManageSite(principal, siteId)) {
      throw new ParleyError('forbidden', 'Only an admin of this site can manage its agents.');
    }
  };

  api.route(
    {
      method: 'get',
      path: '/api/v1/agents',
      tag: 'agents',
      summary: 'Agents of the sites the token may see (filter with ?siteId=)',
      auth: 'bearer',
      query: listAgentsQuery,
      responses: { 200: { description: 'Oldest first', schema: data(z.array(agentSchema)) } },
    },
    async (c, { query }) => {
      const principal = c.get('principal');
      const siteId = principal.kind === 'agent' ? principal.agent.siteId : query.siteId;
      if (query.siteId !== undefined && siteId !== query.siteId) return c.json({ data: [] });
      return c.json({ data: await storage.listAgents(siteId) });
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/v1/agents',
      tag: 'agents',
      summary: 'Create an agent; the answer holds their token, shown once',
      description: 'The admin token, or an agent with role "admin" for their own site.',
      auth: 'bearer',
      body: createAgentSchema,
      responses: { 201: { description: 'The agent and their token', schema: data(agentWithTokenSchema) } },
    },
    async (c, { body }) => {
      const principal = c.get('principal');
      const site = await visibleSite(storage, principal, body.siteId);
      requireManager(principal, site.id);
      const token = createAgentToken();
      const agent = await storage.createAgent({
        siteId: site.id,
        name: requireDisplayName(body.name),
        role: body.role,
        language: body.language,
        languageSkills: [...new Set([body.language, ...(body.languageSkills ?? [])])],
        persona: persona(body.persona),
        tokenHash: hashToken(token),
      });
      await storage.recordEvent({
        type: 'agent.created',
        siteId: site.id,
        payload: { agentId: agent.id, by: principalId(principal) },
      });
      // The only time the plaintext token exists outside the caller: it is not stored and cannot be shown again.
      return c.json({ data: { agent, token } }, 201);
    },
  );

  api.route(
    {
      method: 'patch',
      path: '/api/v1/agents/:id',
      tag: 'agents',
      summary: 'Change an agent: name, role, language, skills, persona',
      description:
        'Site admins change anything; an agent may change their own name, language, skills and persona.',
      auth: 'bearer',
      params: idParams,
      body: updateAgentSchema,
      responses: { 200: { description: 'The agent after the change', schema: data(agentSchema) } },
    },
    async (c, { params, body }) => {
      const principal = c.get('principal');
      const agent = await visibleAgent(principal, params.id);
      const patch: AgentPatch = {};
      if (body.name !== undefined) patch.name = requireDisplayName(body.name);
      if (body.role !== undefined) patch.role = body.role;
      if (body.language !== undefined) patch.language = body.language;
      if (body.languageSkills !== undefined) patch.languageSkills = [...new Set(body.languageSkills)];
      if (body.persona !== undefined) patch.persona = persona(body.persona);
      const self = principal.kind === 'agent' && principal.agent.id === agent.id;
      const fields = Object.keys(patch) as (keyof AgentPatch)[];
      if (!(self && fields.every((field) => SELF_SERVICE.has(field))))
        requireManager(principal, agent.siteId);
      const updated = await storage.updateAgent(agent.id, patch);
      if (!updated) throw new ParleyError('not_found', 'No agent with that id is visible to you.');
      await storage.recordEvent({
        type: 'agent.updated',
        siteId: agent.siteId,
        payload: { agentId: agent.id, fields, by: principalId(principal) },
      });
      return c.json({ data: updated });
    },
  );

  api.route(
    {
      method: 'delete',
      path: '/api/v1/agents/:id',
      tag: 'agents',
      summary: 'Delete an agent; their token stops working and their conversations go back to the queue',
      auth: 'bearer',
      params: idParams,
      responses: { 200: { description: 'The deleted agent', schema: data(agentSchema) } },
    },
    async (c, { params }) => {
      const principal = c.get('principal');
      const agent = await visibleAgent(principal, params.id);
      requireManager(principal, agent.siteId);
      await storage.deleteAgent(agent.id);
      await storage.recordEvent({
        type: 'agent.deleted',
        siteId: agent.siteId,
        payload: { agentId: agent.id, by: principalId(principal) },
      });
      fanOut.disconnectAgent(agent.id);
      return c.json({ data: agent });
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/v1/agents/:id/token',
      tag: 'agents',
      summary: 'Issue a new token for an agent; the old one stops working at once',
      description: 'Site admins for any agent of their site; an agent for themselves.',
      auth: 'bearer',
      params: idParams,
      responses: {
        200: { description: 'The agent and the new token, shown once', schema: data(agentWithTokenSchema) },
      },
    },
    async (c, { params }) => {
      const principal = c.get('principal');
      const agent = await visibleAgent(principal, params.id);
      const self = principal.kind === 'agent' && principal.agent.id === agent.id;
      if (!self) requireManager(principal, agent.siteId);
      const token = createAgentToken();
      const updated = await storage.setAgentTokenHash(agent.id, hashToken(token));
      if (!updated) throw new ParleyError('not_found', 'No agent with that id is visible to you.');
      await storage.recordEvent({
        type: 'agent.token_rotated',
        siteId: agent.siteId,
        payload: { agentId: agent.id, by: principalId(principal) },
      });
      // Open inboxes signed in with the old token must sign in again.
      fanOut.disconnectAgent(agent.id);
      return c.json({ data: { agent: updated, token } });
    },
  );
}

function persona(value: AgentPersona | undefined): AgentPersona {
  if (!value) return {};
  return {
    ...(value.displayName === undefined
      ? {}
      : { displayName: requireDisplayName(value.displayName, 'persona.displayName') }),
    ...(value.gender === undefined ? {} : { gender: value.gender }),
  };
}
