// Photos to and from the relay over its HTTP API, with the visitor token: uploads for the next message, and the
// bytes of attachments in the conversation as blob URLs (an <img src> could not send the token, and the relay
// serves attachments only to parties of the conversation).
import {
  ATTACHMENT_TYPES,
  type AttachmentRef,
  type ErrorBody,
  type ErrorCode,
  MAX_ATTACHMENT_BYTES,
} from '@parley/shared';

/** Photos only: the widget offers a camera roll, not documents (agents may still send PDFs). */
export const PHOTO_TYPES = ATTACHMENT_TYPES.filter((type) => type.startsWith('image/'));

const ATTACHMENTS_URL = '/api/v1/attachments';

/** Blob URLs by attachment id, so a photo is fetched once per page, and one just uploaded is never fetched. */
const blobUrls = new Map<string, Promise<string>>();

async function readError(response: Response): Promise<ErrorBody> {
  const body = (await response.json().catch(() => undefined)) as { error?: Partial<ErrorBody> } | undefined;
  const code = body?.error?.code;
  // An unknown code reads as "something went wrong" (error-text.ts), so any string may pass.
  return {
    code: typeof code === 'string' ? (code as ErrorCode) : 'internal',
    message: body?.error?.message ?? `HTTP ${response.status}`,
  };
}

/**
 * Stores one photo on the relay; the answer is its reference, or the refusal (checked here first with the relay's
 * own limits, so an oversized photo is refused before it is uploaded).
 */
export async function uploadPhoto(
  file: File,
  token: string | undefined,
  origin = location.origin,
): Promise<{ ok: true; data: AttachmentRef } | { ok: false; error: ErrorBody }> {
  if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) {
    return {
      ok: false,
      error: { code: 'unsupported_media_type', message: `${file.type} is not a photo type.` },
    };
  }
  if (file.size > MAX_ATTACHMENT_BYTES) {
    return { ok: false, error: { code: 'attachment_too_large', message: `${file.size} bytes.` } };
  }
  if (!token) return { ok: false, error: { code: 'unauthorized', message: 'No visitor session yet.' } };
  const form = new FormData();
  form.append('file', file);
  let response: Response;
  try {
    response = await fetch(origin + ATTACHMENTS_URL, {
      method: 'POST',
      headers: { Authorization: `Visitor ${token}` },
      body: form,
    });
  } catch {
    return {
      ok: false,
      error: { code: 'engine_unavailable', message: 'The upload did not reach the relay.' },
    };
  }
  if (!response.ok) return { ok: false, error: await readError(response) };
  const { data } = (await response.json()) as { data: AttachmentRef };
  blobUrls.set(data.id, Promise.resolve(URL.createObjectURL(file)));
  return { ok: true, data };
}

/** A blob URL for an attachment's bytes; rejects when they cannot be fetched (gone, offline, not allowed). */
export function attachmentUrl(
  attachment: AttachmentRef,
  token: string | undefined,
  origin = location.origin,
): Promise<string> {
  let url = blobUrls.get(attachment.id);
  if (!url) {
    // Only a path on the relay itself: a reference pointing anywhere else is not fetched with the token.
    const path = attachment.url.startsWith(`${ATTACHMENTS_URL}/`) ? attachment.url : undefined;
    url = (async () => {
      if (!path || !token) throw new Error('This attachment cannot be fetched.');
      const response = await fetch(origin + path, { headers: { Authorization: `Visitor ${token}` } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return URL.createObjectURL(await response.blob());
    })();
    blobUrls.set(attachment.id, url);
    url.catch(() => blobUrls.delete(attachment.id)); // A later render may try again.
  }
  return url;
}
