// Who a shopper is: `identify` from the merchant's page (name, email, and a user id the merchant's server signed
// with the site's identity secret) or from the widget's away-mode form (an email to be answered at).
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import {
  type ConversationSummary,
  ParleyError,
  type VisitorIdentifyPayload,
  type VisitorProfile,
} from '@parley/shared';
import type { Messaging, Posted } from './messaging.ts';
import type { Storage, VisitorProfilePatch } from './storage/types.ts';

/**
 * Posted into the conversation when the shopper asks to be answered by email. Agents read the address on the
 * visitor's profile: it stays out of message text, which is sent, exported and translated more widely.
 */
export const EMAIL_FOLLOW_UP_NOTE =
  'The shopper asked to be answered by email, at the address on their profile.';

/** The hex HMAC-SHA256 of `userId` with the site's identity secret: what the merchant's server computes. */
export function userHashOf(identitySecret: string, userId: string): string {
  return createHmac('sha256', identitySecret).update(userId, 'utf8').digest('hex');
}

/** Compared in constant time, so response timing says nothing about how much of a guessed hash was right. */
export function isUserHashValid(identitySecret: string, userId: string, userHash: string): boolean {
  const expected = Buffer.from(userHashOf(identitySecret, userId), 'hex');
  const given = Buffer.from(userHash.toLowerCase(), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export interface Identified {
  profile: VisitorProfile;
  /** The visitor's conversation, when agents should see its row again (the profile changed or a note was posted). */
  summary: ConversationSummary | null;
  /** The email follow-up note, when this call posted it. */
  note: Posted | null;
}

export class VisitorIdentity {
  readonly #storage: Storage;
  readonly #messaging: Messaging;

  constructor(deps: { storage: Storage; messaging: Messaging }) {
    this.#storage = deps.storage;
    this.#messaging = deps.messaging;
  }

  /**
   * Stores what the payload gives (fields left out keep their value). A user id is stored, and the visitor marked
   * verified, only with a matching `userHash`; without one the whole call is refused and nothing is stored.
   */
  async identify(
    visitor: { siteId: string; visitorId: string },
    input: VisitorIdentifyPayload,
  ): Promise<Identified> {
    const patch: VisitorProfilePatch = {};
    if (input.name !== undefined) patch.name = input.name;
    if (input.email !== undefined) patch.email = input.email;
    if (input.userId !== undefined || input.userHash !== undefined) {
      patch.verifiedUserId = await this.#verifiedUserId(visitor.siteId, input);
    }
    const stored = await this.#storage.getVisitor(visitor.visitorId);
    if (!stored)
      throw new ParleyError('not_found', 'This visitor no longer exists. Reload the page to chat again.');
    const email = input.email ?? stored.profile.email;
    if (input.followUpByEmail && !email) {
      throw new ParleyError('validation_failed', 'followUpByEmail needs an email: send one with it.', {
        details: { issues: [{ field: 'email', message: 'Required with followUpByEmail.' }] },
      });
    }
    const updated =
      Object.keys(patch).length > 0
        ? await this.#storage.updateVisitorProfile(visitor.visitorId, patch)
        : stored;
    if (!updated)
      throw new ParleyError('not_found', 'This visitor no longer exists. Reload the page to chat again.');
    const changed = !sameProfile(stored.profile, updated.profile);

    const conversation = await this.#storage.findLatestConversation(visitor.visitorId);
    let note: Posted | null = null;
    if (conversation && input.followUpByEmail && email) {
      const posted = await this.#messaging.postSystemMessage({
        conversationId: conversation.id,
        // One note per address per conversation: asking again with the same email changes nothing.
        clientId: `email-follow-up-${createHash('sha256').update(email.toLowerCase()).digest('hex').slice(0, 16)}`,
        text: EMAIL_FOLLOW_UP_NOTE,
        language: 'en',
      });
      if (posted.created) note = posted;
    }
    const summary =
      conversation && (changed || note)
        ? (note?.summary ?? (await this.#storage.getConversationSummary(conversation.id)))
        : null;
    return { profile: updated.profile, summary, note };
  }

  async #verifiedUserId(siteId: string, input: VisitorIdentifyPayload): Promise<string> {
    if (input.userId === undefined) {
      throw new ParleyError('validation_failed', 'userHash signs a userId: send the userId with it.', {
        details: { issues: [{ field: 'userId', message: 'Required with userHash.' }] },
      });
    }
    if (input.userHash === undefined) {
      throw new ParleyError(
        'forbidden',
        'A userId needs its userHash: the hex HMAC-SHA256 of the userId with the site’s identity secret, computed on your server.',
        { details: { field: 'userHash' } },
      );
    }
    const secret = await this.#storage.getIdentitySecret(siteId);
    if (!secret || !isUserHashValid(secret, input.userId, input.userHash)) {
      throw new ParleyError(
        'forbidden',
        'The userHash does not match the userId. Compute it on your server as the hex HMAC-SHA256 of the userId with the site’s current identity secret.',
        { details: { field: 'userHash' } },
      );
    }
    return input.userId;
  }
}

function sameProfile(a: VisitorProfile, b: VisitorProfile): boolean {
  return a.name === b.name && a.email === b.email && a.userId === b.userId && a.verified === b.verified;
}
