// Pairing the Chrome extension: an agent asks for a one-time code, the extension trades it for a token of its own;
// and the agent's list of such tokens, each revocable.

import { type Agent, ParleyError } from '@parley/shared';
import { z } from 'zod';
import { createAgentToken, hashToken } from '../auth/agent-token.ts';
import {
  createPairingCode,
  hashPairingCode,
  normalisePairingCode,
  PAIRING_CODE_TTL_MS,
} from '../auth/pairing-code.ts';
import type { Principal } from '../auth/principal.ts';
import type { ApiDeps } from './deps.ts';
import { requireDisplayName } from './display-name.ts';
import type { ApiRouter } from './router.ts';
import { data, idParams } from './schemas.ts';

/** The unauthenticated exchange; app.ts puts the per-IP guessing limit (`pairingPerIp`) in front of it. */
export const PAIRING_EXCHANGE_PATH = '/api/v1/pairing/exchange';

export const DEFAULT_TOKEN_LABEL = 'Chrome extension';

/** The most label an agent needs to tell their devices apart. */
const MAX_LABEL = 80;

export const pairingCodeSchema = z.object({
  code: z.string().meta({ description: 'XXXX-XXXX: 8 symbols of Crockford base32 (no I, L, O or U)' }),
  expiresAt: z.iso.datetime().meta({ description: '10 minutes after it was made' }),
});

export const exchangeBodySchema = z
  .object({
    code: z
      .string()
      .min(1)
      .max(32)
      .meta({ description: 'The code as typed: any case, with or without the dash or spaces' }),
    label: z
      .string()
      .min(1)
      .max(MAX_LABEL)
      .optional()
      .meta({ description: `What the new token is for; "${DEFAULT_TOKEN_LABEL}" if left out` }),
  })
  .strict();

/** The agent as the extension needs it: who they are and which site they serve. */
export const pairedAgentSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(['agent', 'admin']),
  language: z.string(),
  siteId: z.string(),
});

export const pairedSchema = z.object({
  token: z
    .string()
    .meta({ description: 'A bearer token of the agent, shown once; only its hash is stored.' }),
  agent: pairedAgentSchema,
});

export const agentTokenSchema = z.object({
  id: z.string(),
  label: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable().meta({ description: 'To within 5 minutes' }),
});

export function registerPairingRoutes(api: ApiRouter, { storage, fanOut }: ApiDeps): void {
  api.route(
    {
      method: 'post',
      path: '/api/v1/pairing-codes',
      tag: 'pairing',
      summary: 'Make a one-time code to pair the Chrome extension; valid 10 minutes, once',
      description:
        'An agent’s bearer token only: the code stands for that agent. Making a new code cancels the agent’s ' +
        'earlier unused ones. The admin token is refused with forbidden, since the admin is not an agent.',
      auth: 'bearer',
      responses: { 201: { description: 'The code, shown once', schema: data(pairingCodeSchema) } },
      errors: ['forbidden'],
    },
    async (c) => {
      const agent = requireAgent(c.get('principal'));
      const expiresAt = new Date(Date.now() + PAIRING_CODE_TTL_MS).toISOString();
      const code = createPairingCode();
      const codeHash = hashPairingCode(normalisePairingCode(code)!);
      await storage.createPairingCode({ agentId: agent.id, codeHash, expiresAt });
      await storage.recordEvent({
        type: 'agent.pairing_code_created',
        siteId: agent.siteId,
        payload: { agentId: agent.id },
      });
      return c.json({ data: { code, expiresAt } }, 201);
    },
  );

  api.route(
    {
      method: 'post',
      path: PAIRING_EXCHANGE_PATH,
      tag: 'pairing',
      summary: 'Trade a pairing code for a new token of its agent',
      description:
        'No token needed: the code is the credential. A wrong, expired or used code is one answer, unauthorized, ' +
        'so a guess learns nothing; each client IP may try 10 times a minute (rate_limited after that). Of two ' +
        'exchanges of one code, exactly one succeeds.',
      auth: 'none',
      body: exchangeBodySchema,
      responses: {
        201: { description: 'The new token, shown once, and its agent', schema: data(pairedSchema) },
      },
      errors: ['unauthorized', 'rate_limited', 'validation_failed'],
    },
    async (c, { body }) => {
      const refused = () =>
        new ParleyError(
          'unauthorized',
          'That pairing code is not valid. Codes work once, for 10 minutes: make a new one in the console.',
        );
      const normalised = normalisePairingCode(body.code);
      if (!normalised) throw refused();
      const label = body.label === undefined ? DEFAULT_TOKEN_LABEL : requireDisplayName(body.label, 'label');
      const token = createAgentToken();
      const paired = await storage.exchangePairingCode({
        codeHash: hashPairingCode(normalised),
        now: new Date().toISOString(),
        token: { tokenHash: hashToken(token), label },
      });
      if (!paired) throw refused();
      const { agent } = paired;
      await storage.recordEvent({
        type: 'agent.token_created',
        siteId: agent.siteId,
        payload: { agentId: agent.id, tokenId: paired.token.id, via: 'pairing' },
      });
      return c.json(
        {
          data: {
            token,
            agent: {
              id: agent.id,
              name: agent.name,
              role: agent.role,
              language: agent.language,
              siteId: agent.siteId,
            },
          },
        },
        201,
      );
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/agents/me/tokens',
      tag: 'pairing',
      summary: 'The calling agent’s paired tokens (not the original one), oldest first',
      auth: 'bearer',
      responses: {
        200: { description: 'Labels and dates; never the tokens', schema: data(z.array(agentTokenSchema)) },
      },
      errors: ['forbidden'],
    },
    async (c) => {
      const agent = requireAgent(c.get('principal'));
      const tokens = await storage.listAgentTokens(agent.id);
      return c.json({ data: tokens.map(({ agentId: _agentId, ...token }) => token) });
    },
  );

  api.route(
    {
      method: 'delete',
      path: '/api/v1/agents/me/tokens/:id',
      tag: 'pairing',
      summary: 'Revoke one of the calling agent’s paired tokens; it stops working at once',
      description:
        'Every open inbox of the agent is disconnected (sockets do not record which token opened them), so the ' +
        'console and other paired devices sign in again with the tokens they hold.',
      auth: 'bearer',
      params: idParams,
      responses: { 204: { description: 'Revoked' } },
      errors: ['forbidden', 'not_found'],
    },
    async (c, { params }) => {
      const agent = requireAgent(c.get('principal'));
      if (!(await storage.deleteAgentToken(agent.id, params.id))) {
        throw new ParleyError('not_found', 'You have no token with that id.');
      }
      await storage.recordEvent({
        type: 'agent.token_revoked',
        siteId: agent.siteId,
        payload: { agentId: agent.id, tokenId: params.id },
      });
      // A socket opened with the revoked token must not outlive it.
      fanOut.disconnectAgent(agent.id);
      return c.body(null, 204);
    },
  );
}

function requireAgent(principal: Principal): Agent {
  if (principal.kind !== 'agent') {
    throw new ParleyError(
      'forbidden',
      'The admin token is not an agent. Sign in with an agent’s token to pair an extension or manage its tokens.',
    );
  }
  return principal.agent;
}
