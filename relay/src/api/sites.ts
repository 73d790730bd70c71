// /api/v1/sites: list, read, create (admin) and change (admin or the site's admin agents) a site's settings, and
// read or rotate the identity secret merchants' servers sign user ids with.
import { ParleyError } from '@parley/shared';
import { createSiteSchema, updateSiteSchema } from '@parley/shared/schemas';
import { z } from 'zod';
import { canAccessSite, canManageSite, type Principal, principalId } from '../auth/principal.ts';
import { randomToken } from '../config.ts';
import { normalizeOrigin } from '../origin-policy.ts';
import type { SitePatch, SiteRecord } from '../storage/types.ts';
import type { ApiDeps } from './deps.ts';
import { requireDisplayName } from './display-name.ts';
import type { ApiRouter } from './router.ts';
import { data, identitySecretSchema, idParams, siteSchema } from './schemas.ts';

export function registerSiteRoutes(api: ApiRouter, { storage, availability }: ApiDeps): void {
  api.route(
    {
      method: 'get',
      path: '/api/v1/sites',
      tag: 'sites',
      summary: 'Sites the token may see: every site for the admin, the own site for an agent',
      auth: 'bearer',
      responses: {
        200: { description: 'Oldest first; the demo site is marked', schema: data(z.array(siteSchema)) },
      },
    },
    async (c) => {
      const principal = c.get('principal');
      const sites = await storage.listSites();
      return c.json({ data: sites.filter((site) => canAccessSite(principal, site.id)) });
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/sites/:id',
      tag: 'sites',
      summary: 'One site',
      auth: 'bearer',
      params: idParams,
      responses: { 200: { description: 'The site', schema: data(siteSchema) } },
    },
    async (c, { params }) => c.json({ data: await visibleSite(storage, c.get('principal'), params.id) }),
  );

  api.route(
    {
      method: 'post',
      path: '/api/v1/sites',
      tag: 'sites',
      summary: 'Create a site (admin token); the answer holds its public key for the script tag',
      auth: 'bearer',
      body: createSiteSchema,
      responses: { 201: { description: 'The new site', schema: data(siteSchema) } },
    },
    async (c, { body }) => {
      if (c.get('principal').kind !== 'admin') {
        throw new ParleyError('forbidden', 'Only the admin token can create sites.');
      }
      const site = await storage.createSite({
        name: requireDisplayName(body.name),
        publicKey: `pk_${randomToken(18)}`,
        allowedOrigins: origins(body.allowedOrigins),
        defaultLanguage: body.defaultLanguage,
        languages: languages(body.defaultLanguage, body.languages),
        businessHours: body.businessHours ?? null,
        glossary: body.glossary ?? [],
        ...(body.autoReply ? { autoReply: body.autoReply } : {}),
      });
      await storage.recordEvent({ type: 'site.created', siteId: site.id, payload: { name: site.name } });
      return c.json({ data: site }, 201);
    },
  );

  api.route(
    {
      method: 'patch',
      path: '/api/v1/sites/:id',
      tag: 'sites',
      summary: 'Change a site: name, allowed origins, languages, business hours, glossary',
      description:
        'The admin token, or an agent with role "admin" on this site. Only the fields sent change.',
      auth: 'bearer',
      params: idParams,
      body: updateSiteSchema,
      responses: { 200: { description: 'The site after the change', schema: data(siteSchema) } },
    },
    async (c, { params, body }) => {
      const principal = c.get('principal');
      const site = await visibleSite(storage, principal, params.id);
      if (!canManageSite(principal, site.id)) {
        throw new ParleyError('forbidden', 'Only an admin of this site can change its settings.');
      }
      const patch: SitePatch = {};
      if (body.name !== undefined) patch.name = requireDisplayName(body.name);
      if (body.allowedOrigins !== undefined) patch.allowedOrigins = origins(body.allowedOrigins);
      if (body.businessHours !== undefined) patch.businessHours = body.businessHours;
      if (body.glossary !== undefined) patch.glossary = body.glossary;
      if (body.autoReply !== undefined) patch.autoReply = body.autoReply;
      if (body.defaultLanguage !== undefined) patch.defaultLanguage = body.defaultLanguage;
      if (body.languages !== undefined || body.defaultLanguage !== undefined) {
        patch.languages = languages(
          body.defaultLanguage ?? site.defaultLanguage,
          body.languages ?? site.languages,
        );
      }
      const updated = await storage.updateSite(site.id, patch);
      if (!updated) throw notFound();
      await storage.recordEvent({
        type: 'site.updated',
        siteId: site.id,
        payload: { fields: Object.keys(patch), by: principalId(principal) },
      });
      if (patch.businessHours !== undefined) availability.changed(site.id);
      return c.json({ data: updated });
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/sites/:id/identity-secret',
      tag: 'sites',
      summary: "The identity secret: your server signs user ids with it for Parley('identify')",
      description:
        'The admin token, or an agent with role "admin" on this site. Compute `userHash` on your server as the hex ' +
        'HMAC-SHA256 of the user id with this secret, and pass both to `identify`; never put the secret in a page.',
      auth: 'bearer',
      params: idParams,
      responses: { 200: { description: 'The current secret', schema: data(identitySecretSchema) } },
      errors: ['forbidden'],
    },
    async (c, { params }) => {
      const site = await managedSite(storage, c.get('principal'), params.id);
      const secret = await storage.getIdentitySecret(site.id);
      if (!secret) throw notFound();
      return c.json({ data: { siteId: site.id, identitySecret: secret } });
    },
  );

  api.route(
    {
      method: 'post',
      path: '/api/v1/sites/:id/identity-secret/rotate',
      tag: 'sites',
      summary: 'Replace the identity secret; hashes made with the old one stop verifying at once',
      description:
        'The admin token, or an agent with role "admin" on this site. Shoppers already verified stay verified; ' +
        'update the secret on your server at the same time, or new identifies are refused with `forbidden`.',
      auth: 'bearer',
      params: idParams,
      responses: { 200: { description: 'The new secret', schema: data(identitySecretSchema) } },
      errors: ['forbidden'],
    },
    async (c, { params }) => {
      const principal = c.get('principal');
      const site = await managedSite(storage, principal, params.id);
      const secret = await storage.rotateIdentitySecret(site.id);
      if (!secret) throw notFound();
      await storage.recordEvent({
        type: 'site.identity_secret_rotated',
        siteId: site.id,
        payload: { by: principalId(principal) },
      });
      return c.json({ data: { siteId: site.id, identitySecret: secret } });
    },
  );
}

/** The site, if the principal may manage it: its admin agents and the admin token. */
async function managedSite(
  storage: ApiDeps['storage'],
  principal: Principal,
  id: string,
): Promise<SiteRecord> {
  const site = await visibleSite(storage, principal, id);
  if (!canManageSite(principal, site.id)) {
    throw new ParleyError('forbidden', 'Only an admin of this site can read or rotate its identity secret.');
  }
  return site;
}

/** The site, if the principal may see it; another site answers not_found like a missing one. */
export async function visibleSite(
  storage: ApiDeps['storage'],
  principal: Principal,
  id: string,
): Promise<SiteRecord> {
  const site = await storage.getSite(id);
  if (!site || !canAccessSite(principal, site.id)) throw notFound();
  return site;
}

function notFound(): ParleyError {
  return new ParleyError('not_found', 'No site with that id is visible to you.');
}

function origins(values: string[]): string[] {
  return [...new Set(values.map(normalizeOrigin).filter((origin): origin is string => origin !== null))];
}

/** The default language always comes first, once. */
function languages(defaultLanguage: string, rest: string[] | undefined): string[] {
  return [...new Set([defaultLanguage, ...(rest ?? [])])];
}
