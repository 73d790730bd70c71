import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRelay, type TestRelay } from '../../test/relay-fixture.ts';
import { toOpenApiPath } from './openapi.ts';

interface OpenApiDocument {
  openapi: string;
  paths: Record<
    string,
    Record<string, { security: unknown[]; requestBody?: unknown; parameters?: { name: string }[] }>
  >;
}

describe('GET /api/v1/openapi.json', () => {
  let relay: TestRelay;
  let document: OpenApiDocument;

  beforeAll(async () => {
    relay = await startRelay();
    const res = await fetch(`${relay.url}/api/v1/openapi.json`);
    expect(res.status).toBe(200);
    document = (await res.json()) as OpenApiDocument;
  });
  afterAll(() => relay.stop());

  it('documents every /api/v1 route the Hono app serves, and nothing it does not', () => {
    expect(document.openapi).toBe('3.1.0');
    const served = new Set(
      relay.app.routes
        .filter((route) => route.path.startsWith('/api/v1/') && route.method !== 'ALL')
        .map((route) => `${route.method.toLowerCase()} ${toOpenApiPath(route.path)}`),
    );
    const documented = new Set(
      Object.entries(document.paths).flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => `${method} ${path}`),
      ),
    );
    expect(served.size).toBeGreaterThanOrEqual(20);
    expect([...served].filter((route) => !documented.has(route))).toEqual([]);
    expect([...documented].filter((route) => !served.has(route))).toEqual([]);
  });

  it('describes inputs from the schemas the routes validate with', () => {
    const createSite = document.paths['/api/v1/sites']?.post;
    expect(JSON.stringify(createSite?.requestBody)).toContain('businessHours');
    const list = document.paths['/api/v1/conversations']?.get;
    expect(list?.parameters?.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        'status',
        'assignee',
        'intent',
        'urgency',
        'language',
        'since',
        'until',
        'cursor',
        'limit',
      ]),
    );
    expect(document.paths['/api/v1/attachments']?.post?.security).toEqual([{ bearer: [] }, { visitor: [] }]);
    expect(JSON.stringify(document.paths['/api/v1/attachments']?.post?.requestBody)).toContain(
      'multipart/form-data',
    );
  });
});
