// /api/v1 knowledge base: a site's entries (list, create, import, search) and each entry (read, change, delete, versions).
import { ParleyError } from '@parley/shared';
import type { Context } from 'hono';
import { z } from 'zod';
import { canAccessSite, canManageSite, type Principal, principalId } from '../auth/principal.ts';
import type { ImportFormat } from '../knowledge/knowledge-base.ts';
import type { AuthEnv } from '../middleware/auth.ts';
import type { KnowledgeEntry } from '../storage/types.ts';
import type { ApiDeps } from './deps.ts';
import {
  createKnowledgeBody,
  importReportSchema,
  knowledgeEntrySchema,
  knowledgeHitSchema,
  knowledgeVersionSchema,
  listKnowledgeQuery,
  searchKnowledgeQuery,
  siteParams,
  updateKnowledgeBody,
} from './knowledge-schemas.ts';
import type { ApiRouter } from './router.ts';
import { data, idParams } from './schemas.ts';
import { visibleSite } from './sites.ts';

const IMPORT_TYPES: Record<string, ImportFormat> = {
  'text/csv': 'csv',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
};

export function registerKnowledgeRoutes(api: ApiRouter, { storage, knowledge }: ApiDeps): void {
  api.route(
    {
      method: 'get',
      path: '/api/v1/sites/:siteId/knowledge',
      tag: 'knowledge',
      summary: "The site's knowledge base, oldest entry first; `topic` filters",
      auth: 'bearer',
      params: siteParams,
      query: listKnowledgeQuery,
      responses: { 200: { description: 'The entries', schema: data(z.array(knowledgeEntrySchema)) } },
    },
    async (c, { params, query }) => {
      const site = await visibleSite(storage, c.get('principal'), params.siteId);
      return c.json({ data: await knowledge.list(site.id, query) });
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/v1/sites/:siteId/knowledge',
      tag: 'knowledge',
      summary:
        'Add an entry (admin token or a site admin); an answer in the site default language is required',
      auth: 'bearer',
      params: siteParams,
      body: createKnowledgeBody,
      responses: { 201: { description: 'The entry, at version 1', schema: data(knowledgeEntrySchema) } },
      errors: ['forbidden', 'conflict'],
    },
    async (c, { params, body }) => {
      const principal = c.get('principal');
      const site = await managedSite(c, params.siteId);
      const entry = await knowledge.create(site.id, body);
      await recordChange('knowledge.created', entry, principal);
      return c.json({ data: entry }, 201);
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/v1/sites/:siteId/knowledge/import',
      tag: 'knowledge',
      summary:
        'Import entries from CSV (text/csv) or Markdown (text/markdown); bad rows are reported by line',
      description:
        'The request body is the file itself. CSV: a header naming topic,title,language,answer,tags,allows and one ' +
        'row per answer; rows with the same topic and title are one entry. Markdown: "## Title", optional ' +
        '"topic:", "tags:" and "allows:" lines under it, then "### en", "### th"… sections (text before the first ' +
        "one is the site default language's answer). An entry whose topic and title are stored already is updated " +
        '(answers merge by language); the rest are created. At most 500 entries per file.',
      auth: 'bearer',
      params: siteParams,
      responses: { 200: { description: 'What was imported and skipped', schema: data(importReportSchema) } },
      errors: ['forbidden', 'bad_request', 'unsupported_media_type'],
    },
    async (c, { params }) => {
      const principal = c.get('principal');
      const site = await managedSite(c, params.siteId);
      const type = (c.req.header('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      const format = IMPORT_TYPES[type];
      if (!format) {
        throw new ParleyError(
          'unsupported_media_type',
          'Send the file as Content-Type: text/csv or text/markdown.',
          { details: { accepted: Object.keys(IMPORT_TYPES) } },
        );
      }
      const text = await c.req.text();
      if (!text.trim())
        throw new ParleyError('bad_request', 'The request body is empty; send the file as the body.');
      const report = await knowledge.import(site.id, format, text);
      await storage.recordEvent({
        type: 'knowledge.imported',
        siteId: site.id,
        payload: {
          format,
          created: report.created,
          updated: report.updated,
          unchanged: report.unchanged,
          skipped: report.skipped.length,
          by: principalId(principal),
        },
      });
      return c.json({ data: report });
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/sites/:siteId/knowledge/search',
      tag: 'knowledge',
      summary:
        'Entries answering a question in any language, best first, each answer in the language asked for',
      description:
        'Matches words in every script (Thai, Chinese and Japanese are split into words), ignores case and Latin ' +
        'diacritics ("tra hang" finds "trả hàng"), and forgives small typos and unfinished words in Latin script. ' +
        "An entry without an answer in `language` answers in the site's default language; `language` says which.",
      auth: 'bearer',
      params: siteParams,
      query: searchKnowledgeQuery,
      responses: { 200: { description: 'Matching entries', schema: data(z.array(knowledgeHitSchema)) } },
    },
    async (c, { params, query }) => {
      const site = await visibleSite(storage, c.get('principal'), params.siteId);
      const hits = await knowledge.search(site.id, query.q, {
        ...(query.language ? { language: query.language } : {}),
        ...(query.limit ? { limit: query.limit } : {}),
      });
      return c.json({ data: hits });
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/knowledge/:id',
      tag: 'knowledge',
      summary: 'One entry',
      auth: 'bearer',
      params: idParams,
      responses: { 200: { description: 'The entry', schema: data(knowledgeEntrySchema) } },
    },
    async (c, { params }) => c.json({ data: await visibleEntry(c.get('principal'), params.id) }),
  );

  api.route(
    {
      method: 'patch',
      path: '/api/v1/knowledge/:id',
      tag: 'knowledge',
      summary: 'Change an entry (admin token or a site admin); each change is a new version',
      description:
        'Only the fields sent change; `answers` merges by language and null removes a language. Send ' +
        '`expectedVersion` (the version you edited) to be told with 409 conflict when someone changed it since.',
      auth: 'bearer',
      params: idParams,
      body: updateKnowledgeBody,
      responses: { 200: { description: 'The entry after the change', schema: data(knowledgeEntrySchema) } },
      errors: ['forbidden', 'conflict'],
    },
    async (c, { params, body }) => {
      const principal = c.get('principal');
      const entry = await managedEntry(principal, params.id);
      const { expectedVersion, ...edit } = body;
      const updated = await knowledge.update(entry.id, edit, expectedVersion ? { expectedVersion } : {});
      if (updated.version !== entry.version) await recordChange('knowledge.updated', updated, principal);
      return c.json({ data: updated });
    },
  );

  api.route(
    {
      method: 'delete',
      path: '/api/v1/knowledge/:id',
      tag: 'knowledge',
      summary: 'Delete an entry and its versions (admin token or a site admin)',
      auth: 'bearer',
      params: idParams,
      responses: { 200: { description: 'The deleted entry', schema: data(knowledgeEntrySchema) } },
      errors: ['forbidden'],
    },
    async (c, { params }) => {
      const principal = c.get('principal');
      const entry = await managedEntry(principal, params.id);
      if (!(await knowledge.delete(entry.id))) throw entryNotFound();
      await recordChange('knowledge.deleted', entry, principal);
      return c.json({ data: entry });
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/knowledge/:id/versions',
      tag: 'knowledge',
      summary: 'The versions earlier changes replaced, newest first (the current one is the entry itself)',
      auth: 'bearer',
      params: idParams,
      responses: { 200: { description: 'Earlier versions', schema: data(z.array(knowledgeVersionSchema)) } },
    },
    async (c, { params }) => {
      const entry = await visibleEntry(c.get('principal'), params.id);
      return c.json({ data: await knowledge.versions(entry.id) });
    },
  );

  /** The site, if the caller may change its knowledge: another site is not_found, a plain agent forbidden. */
  async function managedSite(c: Context<AuthEnv>, siteId: string) {
    const principal = c.get('principal');
    const site = await visibleSite(storage, principal, siteId);
    if (!canManageSite(principal, site.id)) throw forbidden();
    return site;
  }

  /** Another site's entry answers not_found exactly like a missing one, so ids cannot be probed. */
  async function visibleEntry(principal: Principal, id: string): Promise<KnowledgeEntry> {
    const entry = await knowledge.get(id);
    if (!entry || !canAccessSite(principal, entry.siteId)) throw entryNotFound();
    return entry;
  }

  async function managedEntry(principal: Principal, id: string): Promise<KnowledgeEntry> {
    const entry = await visibleEntry(principal, id);
    if (!canManageSite(principal, entry.siteId)) throw forbidden();
    return entry;
  }

  async function recordChange(type: string, entry: KnowledgeEntry, principal: Principal): Promise<void> {
    await storage.recordEvent({
      type,
      siteId: entry.siteId,
      payload: { entryId: entry.id, version: entry.version, by: principalId(principal) },
    });
  }
}

function forbidden(): ParleyError {
  return new ParleyError(
    'forbidden',
    'Only the admin token or an admin of this site can change its knowledge base.',
  );
}

function entryNotFound(): ParleyError {
  return new ParleyError('not_found', 'No knowledge entry with that id is visible to you.');
}
