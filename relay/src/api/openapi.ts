// The OpenAPI 3.1 document of /api/v1, generated from the route declarations and the zod schemas they validate with.
import { ERROR_HTTP_STATUS } from '@parley/shared';
import { z } from 'zod';
import type { RouteDoc } from './router.ts';
import { errorSchema } from './schemas.ts';

type JsonSchema = Record<string, unknown>;

/** Errors any authenticated route can answer, besides its own. */
const COMMON_ERRORS = ['validation_failed', 'unauthorized', 'not_found', 'rate_limited', 'payload_too_large'];

export function buildOpenApi(routes: readonly RouteDoc[], info: { version: string }): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const path = toOpenApiPath(route.path);
    paths[path] ??= {};
    paths[path][route.method] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Parley relay API',
      version: info.version,
      description:
        'Every route answers errors as `{ "error": { "code", "message", "details"? } }` with the HTTP status of ' +
        'the code. Rate-limited requests get 429 with a Retry-After header.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'The admin token (every site) or an agent token (its own site).',
        },
        visitor: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description: '"Visitor <visitor token>", the token the chat receives in its session.',
        },
      },
      schemas: { Error: schemaOf(errorSchema, 'output') },
    },
  };
}

/** `/api/v1/sites/:id` → `/api/v1/sites/{id}`. */
export function toOpenApiPath(path: string): string {
  return path.replace(/:(\w+)/g, '{$1}');
}

function operation(route: RouteDoc): JsonSchema {
  const parameters = [
    ...fields(route.params).map(([name, schema]) => ({
      name,
      in: 'path',
      required: true,
      schema: schemaOf(schema, 'input'),
    })),
    ...fields(route.query).map(([name, schema]) => ({
      name,
      in: 'query',
      required: !schema.safeParse(undefined).success,
      schema: schemaOf(schema, 'input'),
      ...(schema.description ? { description: schema.description } : {}),
    })),
  ];
  const responses: Record<string, JsonSchema> = {};
  for (const [status, response] of Object.entries(route.responses)) {
    const content: Record<string, JsonSchema> = {};
    if (response.schema) content['application/json'] = { schema: schemaOf(response.schema, 'output') };
    for (const type of response.contentTypes ?? []) content[type] = { schema: { type: 'string' } };
    responses[status] = {
      description: response.description,
      ...(Object.keys(content).length > 0 ? { content } : {}),
    };
  }
  const errors = [...new Set([...(route.auth === 'none' ? [] : COMMON_ERRORS), ...(route.errors ?? [])])];
  if (errors.length > 0) {
    responses.default = {
      description: `A coded error: ${errors.map((code) => `${code} (${statusOf(code)})`).join(', ')}.`,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    };
  }
  return {
    operationId: operationId(route),
    tags: [route.tag],
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    security:
      route.auth === 'none'
        ? []
        : route.auth === 'party'
          ? [{ bearer: [] }, { visitor: [] }]
          : [{ bearer: [] }],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: schemaOf(route.body, 'input') } },
          },
        }
      : {}),
    ...(route.multipart
      ? {
          requestBody: {
            required: true,
            content: { 'multipart/form-data': { schema: schemaOf(route.multipart, 'input') } },
          },
        }
      : {}),
    responses,
  };
}

function fields(schema: z.ZodType | undefined): [string, z.ZodType][] {
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>);
}

function schemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  // Refinements and transforms have no JSON Schema form; the request is still checked by the schema itself.
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return json;
}

function statusOf(code: string): number | string {
  return (ERROR_HTTP_STATUS as Record<string, number>)[code] ?? '?';
}

function operationId(route: RouteDoc): string {
  const words = route.path
    .replace('/api/v1/', '')
    .split('/')
    .map((part) => (part.startsWith(':') ? `by-${part.slice(1)}` : part));
  return [route.method, ...words]
    .join('-')
    .replace(/-(\w)/g, (_match, letter: string) => letter.toUpperCase());
}
