// Mounts /api/v1 on the app: every route module, in one explicit list, and the OpenAPI document built from them.
import { MAX_ATTACHMENT_BYTES, ParleyError } from '@parley/shared';
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { TokenResolver, VisitorPrincipal } from '../auth/principal.ts';
import { principalId } from '../auth/principal.ts';
import { type AuthEnv, authenticate, authenticateParty } from '../middleware/auth.ts';
import { rateLimit } from '../middleware/rate-limit.ts';
import { registerAgentRoutes } from './agents.ts';
import { registerAssistRoutes } from './assist.ts';
import { registerAttachmentRoutes } from './attachments.ts';
import { registerConversationRoutes } from './conversations.ts';
import type { ApiDeps } from './deps.ts';
import { registerKnowledgeRoutes } from './knowledge.ts';
import { registerKnowledgeFromChatRoutes } from './knowledge-from-chat.ts';
import { buildOpenApi } from './openapi.ts';
import { registerPairingRoutes } from './pairing.ts';
import { registerQueueRoutes } from './queue.ts';
import { ApiRouter } from './router.ts';
import { registerSiteRoutes } from './sites.ts';
import { registerTeamMetricsRoutes } from './team-metrics.ts';
import { registerVisitorRoutes } from './visitors.ts';

export type { ApiDeps } from './deps.ts';

/** Room for the largest JSON an API call needs (a glossary of 500 entries, a 4,000-character message). */
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

/** Multipart framing around the largest file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export interface ApiOptions extends ApiDeps {
  resolveToken: TokenResolver;
  resolveVisitor: (token: string) => Promise<VisitorPrincipal>;
  maxBodyBytes?: number;
  version: string;
}

export function mountApi(app: Hono<AuthEnv>, options: ApiOptions): ApiRouter {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const api = new ApiRouter(app, {
    bearer: authenticate({ resolveToken: options.resolveToken }),
    party: authenticateParty({ resolveToken: options.resolveToken, resolveVisitor: options.resolveVisitor }),
    afterAuth: rateLimit<AuthEnv>({
      limiter: options.limiters.apiPerToken,
      key: (c) => `${c.get('party').kind}:${principalId(c.get('party'))}`,
    }),
    jsonBody: bodyLimit({
      maxSize: maxBodyBytes,
      onError: () => {
        throw new ParleyError('payload_too_large', `The request body is larger than ${maxBodyBytes} bytes.`, {
          details: { limit: maxBodyBytes },
        });
      },
    }),
    multipartBody: bodyLimit({
      maxSize: MAX_ATTACHMENT_BYTES + MULTIPART_OVERHEAD_BYTES,
      onError: () => {
        throw new ParleyError(
          'attachment_too_large',
          `The upload is larger than the ${MAX_ATTACHMENT_BYTES}-byte (5 MB) limit. Send a smaller photo or a PDF.`,
          { details: { limit: MAX_ATTACHMENT_BYTES } },
        );
      },
    }),
  });

  registerSiteRoutes(api, options);
  registerAgentRoutes(api, options);
  registerPairingRoutes(api, options);
  registerConversationRoutes(api, options);
  registerVisitorRoutes(api, options);
  registerAttachmentRoutes(api, options);
  registerAssistRoutes(api, options);
  registerKnowledgeRoutes(api, options);
  registerKnowledgeFromChatRoutes(api, options);
  registerQueueRoutes(api, options);
  registerTeamMetricsRoutes(api, options);

  let document: Record<string, unknown> | undefined;
  api.route(
    {
      method: 'get',
      path: '/api/v1/openapi.json',
      tag: 'meta',
      summary: 'This document: every /api/v1 route, generated from the schemas the routes validate with',
      auth: 'none',
      responses: { 200: { description: 'OpenAPI 3.1' } },
    },
    (c) => {
      // Built on first request, after every route (including this one) is declared.
      document ??= buildOpenApi(api.routes, { version: options.version });
      return c.json(document);
    },
  );
  return api;
}
