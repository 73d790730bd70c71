// A shopper's client that behaves like the widget: an outbox sent one message at a time, each with its own
// clientId, re-sent with the same clientId until acknowledged, across disconnects and relay restarts.
import { randomUUID } from 'node:crypto';
import {
  type Ack,
  type Message,
  VISITOR_NAMESPACE,
  type VisitorClientToServerEvents,
  type VisitorServerToClientEvents,
  type VisitorSession,
} from '@parley/shared';
import { io, type Socket } from 'socket.io-client';

export interface OutboxEntry {
  clientId: string;
  text: string;
}

export interface ResilientVisitorOptions {
  /** Relay (or load balancer) URL. */
  url: string;
  siteKey: string;
  locale?: string;
  /** How long to wait for an ack before treating the send as lost and retrying. */
  ackTimeoutMs?: number;
}

export class ResilientVisitor {
  readonly socket: Socket<VisitorServerToClientEvents, VisitorClientToServerEvents>;
  /** Messages the relay acknowledged, by clientId; a re-sent message must come back with the same id. */
  readonly acked = new Map<string, Message>();
  /** Every ack that carried a different server id for an already-acked clientId: a duplicate. */
  readonly conflictingAcks: { clientId: string; first: string; second: string }[] = [];
  /** Messages pushed by the relay (agent replies, other tabs), by id. */
  readonly received = new Map<string, Message>();
  readonly refused: { clientId: string; code: string }[] = [];
  session: VisitorSession | undefined;
  sendAttempts = 0;
  readonly #outbox: OutboxEntry[] = [];
  readonly #ackTimeoutMs: number;
  #pumping: Promise<void> | undefined;
  #closed = false;

  constructor(options: ResilientVisitorOptions) {
    this.#ackTimeoutMs = options.ackTimeoutMs ?? 5_000;
    const auth: { siteKey: string; locale?: string; visitorToken?: string } = { siteKey: options.siteKey };
    if (options.locale) auth.locale = options.locale;
    this.socket = io(`${options.url}${VISITOR_NAMESPACE}`, {
      auth,
      transports: ['websocket'],
      reconnectionDelay: 100,
      reconnectionDelayMax: 1_000,
      // A relay restart can take a few seconds; the widget never gives up either.
      reconnectionAttempts: Number.POSITIVE_INFINITY,
    });
    this.socket.on('session', (session) => {
      this.session = session;
      // The next handshake (after any disconnect) presents the token, so the conversation continues.
      auth.visitorToken = session.visitorToken;
    });
    this.socket.on('message', (message) => {
      this.received.set(message.id, message);
    });
  }

  /** Resolves once the first session has arrived. */
  ready(): Promise<VisitorSession> {
    if (this.session) return Promise.resolve(this.session);
    return new Promise((resolve, reject) => {
      this.socket.once('session', resolve);
      this.socket.once('connect_error', (error) => {
        if (!this.socket.active) reject(error);
      });
    });
  }

  /** Queues a message; returns its clientId. */
  send(text: string): string {
    const clientId = randomUUID();
    this.#outbox.push({ clientId, text });
    this.#pumping ??= this.#pump().finally(() => {
      this.#pumping = undefined;
    });
    return clientId;
  }

  /** Resolves when every queued message has been acknowledged (or refused with a coded error). */
  async drain(): Promise<void> {
    while (this.#pumping) await this.#pumping;
  }

  get pending(): readonly OutboxEntry[] {
    return this.#outbox;
  }

  async #pump(): Promise<void> {
    while (this.#outbox.length > 0 && !this.#closed) {
      const entry = this.#outbox[0]!;
      if (!this.socket.connected) {
        await new Promise<void>((resolve) => this.socket.once('connect', () => resolve()));
        continue;
      }
      let ack: Ack<Message>;
      try {
        this.sendAttempts++;
        ack = await this.socket
          .timeout(this.#ackTimeoutMs)
          .emitWithAck('message:send', { clientId: entry.clientId, text: entry.text });
      } catch {
        continue; // no ack (relay died or the connection dropped): send the same clientId again
      }
      if (ack.ok) {
        const earlier = this.acked.get(entry.clientId);
        if (earlier && earlier.id !== ack.data.id) {
          this.conflictingAcks.push({ clientId: entry.clientId, first: earlier.id, second: ack.data.id });
        }
        this.acked.set(entry.clientId, ack.data);
        this.#outbox.shift();
      } else if (ack.error.code === 'rate_limited' || ack.error.code === 'unavailable') {
        await new Promise((resolve) => setTimeout(resolve, 200)); // transient: try the same message again
      } else {
        this.refused.push({ clientId: entry.clientId, code: ack.error.code });
        this.#outbox.shift();
      }
    }
  }

  close(): void {
    this.#closed = true;
    this.socket.close();
  }
}
