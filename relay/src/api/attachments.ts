// /api/v1/attachments: upload (visitor or agent token) and download, only ever as a file that cannot run script.
import { MAX_SHORT_TEXT, ParleyError } from '@parley/shared';
import type { ApiDeps } from './deps.ts';
import type { ApiRouter } from './router.ts';
import { attachmentRefSchema, data, idParams, uploadFields } from './schemas.ts';

/** Served with every download: never rendered inline, never sniffed into HTML, never allowed to run anything. */
export const ATTACHMENT_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; sandbox",
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'private, no-cache',
  'Referrer-Policy': 'no-referrer',
} as const;

export function registerAttachmentRoutes(api: ApiRouter, { attachments }: ApiDeps): void {
  api.route(
    {
      method: 'post',
      path: '/api/v1/attachments',
      tag: 'attachments',
      summary: 'Upload a photo or PDF (multipart field "file"); send its id with a message to attach it',
      description:
        'Authorization: "Visitor <visitor token>" from the chat, or "Bearer <agent token>" with conversationId. ' +
        'At most MAX_ATTACHMENT_BYTES (5 MB); the type is read from the bytes, not the name.',
      auth: 'party',
      multipart: uploadFields,
      responses: {
        201: {
          description: 'Stored; not visible to anyone else until sent',
          schema: data(attachmentRefSchema),
        },
      },
      errors: ['attachment_too_large', 'unsupported_media_type'],
    },
    async (c) => {
      let form: Record<string, string | File | (string | File)[]>;
      try {
        form = await c.req.parseBody({ all: true });
      } catch (error) {
        if (error instanceof ParleyError) throw error;
        throw new ParleyError(
          'bad_request',
          'Send the file as multipart/form-data with a field named "file".',
        );
      }
      const file = form.file;
      if (!(file instanceof File)) {
        throw new ParleyError(
          'validation_failed',
          'Send exactly one file, in a multipart field named "file".',
          {
            details: { issues: [{ field: 'file', message: 'Required: one file.' }] },
          },
        );
      }
      const conversationId = form.conversationId;
      if (
        conversationId !== undefined &&
        (typeof conversationId !== 'string' || conversationId.length > MAX_SHORT_TEXT)
      ) {
        throw new ParleyError('validation_failed', 'conversationId must be one conversation id.', {
          details: { issues: [{ field: 'conversationId', message: 'Expected one id.' }] },
        });
      }
      const stored = await attachments.upload(c.get('party'), {
        name: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
        conversationId,
      });
      const { id, name, type, size, url } = stored;
      return c.json({ data: { id, name, type, size, url } }, 201);
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/attachments/:id',
      tag: 'attachments',
      summary:
        'Download a file: to the visitor and agents of its conversation (before sending, its uploader only)',
      auth: 'party',
      params: idParams,
      responses: {
        200: { description: 'The bytes, as a download', contentTypes: ['image/*', 'application/pdf'] },
      },
    },
    async (c, { params }) => {
      const { attachment, bytes } = await attachments.open(c.get('party'), params.id);
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
        ...ATTACHMENT_HEADERS,
        'Content-Type': attachment.type,
        'Content-Length': String(bytes.byteLength),
        'Content-Disposition': contentDisposition(attachment.name),
      });
    },
  );
}

/** `attachment` with an ASCII fallback name and the real one in RFC 5987 form. */
function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
