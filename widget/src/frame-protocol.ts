// The postMessage protocol between the host-page loader and the chat frame: a union keyed on `type`, plus the
// guards each side runs on everything it receives (origin and source are checked by the caller; these check shape).
import { MAX_SHORT_TEXT } from '@parley/shared';

/** What the frame tells the host page. Message text never crosses: host-page scripts must not read the chat. */
export type FrameToHost =
  | { type: 'parley:ready' }
  | { type: 'parley:close' }
  | { type: 'parley:message'; message: AgentMessageNotice };

/** A new agent or bot reply, reduced to metadata the host page may see (DESIGN: isolation). */
export interface AgentMessageNotice {
  id: string;
  author: 'agent' | 'bot';
  createdAt: string;
}

/** Parley('identify', …): who the shopper is, as the merchant's page knows them. */
export interface HostIdentity {
  name?: string;
  email?: string;
  /** The merchant's user id, trusted by the relay only with a matching `userHash` from the merchant's server. */
  userId?: string;
  userHash?: string;
}

export const IDENTITY_FIELDS = ['name', 'email', 'userId', 'userHash'] as const;

/** What the host page (the loader) asks of the frame. */
export type HostToFrame =
  | { type: 'parley:focus' }
  | ({ type: 'parley:identify' } & HostIdentity)
  | { type: 'parley:setLocale'; locale: string }
  /** Sent on every open and close, and again whenever the frame says ready (a reloaded frame must hear it too). */
  | { type: 'parley:visibility'; open: boolean };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isShortString(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_SHORT_TEXT;
}

/**
 * Validates a message from the frame and returns a fresh plain copy, so nothing but the known fields (and no
 * getters or prototypes from another realm) reaches merchant callbacks.
 */
export function readFrameMessage(data: unknown): FrameToHost | undefined {
  if (!isRecord(data)) return undefined;
  if (data.type === 'parley:ready' || data.type === 'parley:close') return { type: data.type };
  if (data.type === 'parley:message' && isRecord(data.message)) {
    const { id, author, createdAt } = data.message;
    if (isShortString(id) && (author === 'agent' || author === 'bot') && isShortString(createdAt)) {
      return { type: 'parley:message', message: { id, author, createdAt } };
    }
  }
  return undefined;
}

/** Validates a command from the host page; unknown types and wrongly typed fields are dropped. */
export function readHostCommand(data: unknown): HostToFrame | undefined {
  if (!isRecord(data)) return undefined;
  switch (data.type) {
    case 'parley:focus':
      return { type: 'parley:focus' };
    case 'parley:setLocale':
      return isShortString(data.locale) ? { type: 'parley:setLocale', locale: data.locale } : undefined;
    case 'parley:visibility':
      return typeof data.open === 'boolean' ? { type: 'parley:visibility', open: data.open } : undefined;
    case 'parley:identify': {
      const command: HostToFrame = { type: 'parley:identify' };
      for (const field of IDENTITY_FIELDS) {
        const value = data[field];
        if (value === undefined) continue;
        if (!isShortString(value)) return undefined;
        command[field] = value;
      }
      return command;
    }
    default:
      return undefined;
  }
}
