// /api/v1/visitors: GDPR erasure of one shopper and everything the relay holds about them.
import { ParleyError } from '@parley/shared';
import { canAccessSite, canManageSite, principalId } from '../auth/principal.ts';
import type { ApiDeps } from './deps.ts';
import type { ApiRouter } from './router.ts';
import { data, erasureSchema, idParams } from './schemas.ts';

export function registerVisitorRoutes(api: ApiRouter, { storage, fanOut }: ApiDeps): void {
  api.route(
    {
      method: 'delete',
      path: '/api/v1/visitors/:id',
      tag: 'visitors',
      summary:
        'Erase a visitor: their conversations, messages, files and the events about them, in one transaction',
      description:
        'The admin token, or an agent with role "admin" on the visitor’s site. An anonymised `visitor.erased` ' +
        'event with the counts is kept. Open chat tabs of the visitor are disconnected and their token stops working.',
      auth: 'bearer',
      params: idParams,
      responses: { 200: { description: 'What was erased', schema: data(erasureSchema) } },
    },
    async (c, { params }) => {
      const principal = c.get('principal');
      const visitor = await storage.getVisitor(params.id);
      if (!visitor || !canAccessSite(principal, visitor.siteId)) {
        throw new ParleyError('not_found', 'No visitor with that id is visible to you.');
      }
      if (!canManageSite(principal, visitor.siteId)) {
        throw new ParleyError('forbidden', 'Only an admin of this site can erase a visitor.');
      }
      const report = await storage.eraseVisitor(visitor.id, principalId(principal));
      if (!report) throw new ParleyError('not_found', 'No visitor with that id is visible to you.');
      fanOut.disconnectVisitor(visitor.id);
      const { siteId: _site, ...counts } = report;
      return c.json({ data: { visitorId: visitor.id, ...counts } });
    },
  );
}
