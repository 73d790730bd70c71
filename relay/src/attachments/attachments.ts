// Files in conversations: checked on upload (size, real type), stored in the database, served only to the parties.
import { createHash } from 'node:crypto';
import { cleanDisplayName, MAX_ATTACHMENT_BYTES, MAX_SHORT_TEXT, ParleyError } from '@parley/shared';
import { accessibleConversation, canAccessSite, type Party } from '../auth/principal.ts';
import type { AttachmentRecord, Storage, Uploader } from '../storage/types.ts';
import { sniffAttachmentType } from './sniff-type.ts';

export interface Upload {
  /** The file name the client declared; only ever shown, never used as a path. */
  name: string;
  bytes: Uint8Array;
  /** Required for agents and the admin: the conversation the file is for. Visitors attach on send instead. */
  conversationId?: string | undefined;
}

export class Attachments {
  readonly #storage: Storage;

  constructor(storage: Storage) {
    this.#storage = storage;
  }

  async upload(party: Party, upload: Upload): Promise<AttachmentRecord> {
    if (upload.bytes.byteLength > MAX_ATTACHMENT_BYTES) {
      throw new ParleyError(
        'attachment_too_large',
        `The file is ${upload.bytes.byteLength} bytes; the limit is ${MAX_ATTACHMENT_BYTES} (5 MB). Send a smaller photo or a PDF.`,
        { details: { size: upload.bytes.byteLength, limit: MAX_ATTACHMENT_BYTES } },
      );
    }
    const type = sniffAttachmentType(upload.bytes);
    if (!type) {
      throw new ParleyError(
        'unsupported_media_type',
        'Only JPEG, PNG, WebP and GIF photos and PDF documents can be sent.',
      );
    }
    let siteId: string;
    let conversationId: string | null = null;
    if (party.kind === 'visitor') {
      siteId = party.siteId;
    } else {
      if (!upload.conversationId) {
        throw new ParleyError(
          'validation_failed',
          'Agents upload files for a conversation: send conversationId.',
          {
            details: { issues: [{ field: 'conversationId', message: 'Required for agent uploads.' }] },
          },
        );
      }
      const conversation = await accessibleConversation(this.#storage, party, upload.conversationId);
      siteId = conversation.siteId;
      conversationId = conversation.id;
    }
    return this.#storage.createAttachment({
      siteId,
      conversationId,
      uploader: uploaderOf(party),
      name: safeFileName(upload.name),
      type,
      sha256: createHash('sha256').update(upload.bytes).digest('hex'),
      bytes: upload.bytes,
    });
  }

  /**
   * The file and its bytes, if `party` takes part in its conversation: the visitor whose thread it is, the agents
   * of its site, the admin; before it is sent, only its uploader. Everything else is not_found, like a missing id.
   */
  async open(party: Party, id: string): Promise<{ attachment: AttachmentRecord; bytes: Uint8Array }> {
    const attachment = await this.#storage.getAttachment(id);
    if (!attachment || !(await this.#isParty(party, attachment))) {
      throw new ParleyError('not_found', 'No attachment with that id is visible to you.');
    }
    const bytes = await this.#storage.getAttachmentBytes(id);
    if (!bytes) throw new ParleyError('not_found', 'No attachment with that id is visible to you.');
    return { attachment, bytes };
  }

  async #isParty(party: Party, attachment: AttachmentRecord): Promise<boolean> {
    const uploader = uploaderOf(party);
    if (
      uploader.kind === attachment.uploader.kind &&
      (uploader.kind === 'admin' || uploader.id === (attachment.uploader as { id: string }).id)
    ) {
      return true;
    }
    if (attachment.conversationId === null) return false;
    if (party.kind !== 'visitor') return canAccessSite(party, attachment.siteId);
    const conversation = await this.#storage.getConversation(attachment.conversationId);
    return conversation?.visitorId === party.visitorId;
  }
}

function uploaderOf(party: Party): Uploader {
  if (party.kind === 'visitor') return { kind: 'visitor', id: party.visitorId };
  return party.kind === 'agent' ? { kind: 'agent', id: party.agent.id } : { kind: 'admin' };
}

/** A display name without directories, control characters or bidi tricks ("invoice\u202Efdp.exe"). */
export function safeFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
  const cleaned = cleanDisplayName(base.replace(/[\u0000-\u001f\u007f]/g, '')).slice(0, MAX_SHORT_TEXT);
  return cleaned || 'attachment';
}
