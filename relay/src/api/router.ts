// Declares /api/v1 routes once: the Hono handler and its OpenAPI entry come from the same zod schemas.
import { ParleyError } from '@parley/shared';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import type { AuthEnv } from '../middleware/auth.ts';
import { parseInput } from '../validation.ts';

/** Who may call: a bearer token, a bearer or visitor token, or anyone. */
export type RouteAuth = 'bearer' | 'party' | 'none';

export type HttpMethod = 'get' | 'post' | 'patch' | 'delete';

export interface ResponseDoc {
  description: string;
  /** The JSON body (wrapped as `{ data }` by the routes that say so in the schema). */
  schema?: z.ZodType;
  /** Other content types served, e.g. text/csv for exports. */
  contentTypes?: string[];
}

export interface RouteDoc<
  P extends z.ZodType | undefined = z.ZodType | undefined,
  Q extends z.ZodType | undefined = z.ZodType | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
> {
  method: HttpMethod;
  /** Hono syntax: `/api/v1/sites/:id`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  auth: RouteAuth;
  params?: P;
  query?: Q;
  /** A JSON body, validated before the handler runs. */
  body?: B;
  /** A multipart body the handler reads itself; documented from this schema of its fields. */
  multipart?: z.ZodType;
  responses: Partial<Record<200 | 201 | 204, ResponseDoc>>;
  /** Error codes this route answers beyond the ones every authenticated route can. */
  errors?: string[];
}

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteInput<P, Q, B> {
  params: Parsed<P>;
  query: Parsed<Q>;
  body: Parsed<B>;
}

export interface RouterMiddleware {
  bearer: MiddlewareHandler<AuthEnv>;
  party: MiddlewareHandler<AuthEnv>;
  /** Runs after authentication: the per-token rate limit. */
  afterAuth: MiddlewareHandler<AuthEnv>;
  /** Body size limits: JSON routes and the multipart upload. */
  jsonBody: MiddlewareHandler<AuthEnv>;
  multipartBody: MiddlewareHandler<AuthEnv>;
}

export class ApiRouter {
  /** Every route declared, in order: the OpenAPI document is built from this list. */
  readonly routes: RouteDoc[] = [];
  readonly #app: Hono<AuthEnv>;
  readonly #middleware: RouterMiddleware;

  constructor(app: Hono<AuthEnv>, middleware: RouterMiddleware) {
    this.#app = app;
    this.#middleware = middleware;
  }

  route<
    P extends z.ZodType | undefined = undefined,
    Q extends z.ZodType | undefined = undefined,
    B extends z.ZodType | undefined = undefined,
  >(
    doc: RouteDoc<P, Q, B>,
    handler: (c: Context<AuthEnv>, input: RouteInput<P, Q, B>) => Response | Promise<Response>,
  ): void {
    this.routes.push(doc as RouteDoc);
    const chain: MiddlewareHandler<AuthEnv>[] = [
      doc.multipart ? this.#middleware.multipartBody : this.#middleware.jsonBody,
    ];
    if (doc.auth !== 'none') {
      chain.push(doc.auth === 'bearer' ? this.#middleware.bearer : this.#middleware.party);
      chain.push(this.#middleware.afterAuth);
    }
    this.#app.on([doc.method.toUpperCase()], [doc.path], ...chain, async (c) => {
      const input = {
        params: doc.params ? parseInput(doc.params, c.req.param(), 'path') : undefined,
        query: doc.query ? parseInput(doc.query, c.req.query(), 'query') : undefined,
        body: doc.body ? parseInput(doc.body, await readJson(c), 'request body') : undefined,
      } as RouteInput<P, Q, B>;
      return handler(c, input);
    });
  }
}

async function readJson(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch (error) {
    // The body limit reports itself; anything else is not JSON.
    if (error instanceof ParleyError) throw error;
    throw new ParleyError(
      'bad_request',
      'The request body must be valid JSON (Content-Type: application/json).',
    );
  }
}
