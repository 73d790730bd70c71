// Connection-state recovery for a relay without REDIS_URL (with it, the Redis Streams adapter keeps the replay log
// in Redis). Socket.IO's own SessionAwareAdapter keeps every replayable broadcast of the window as the objects that
// were emitted, with an object, a Set and an offset per packet: at 500 messages/s and a two-minute window that is
// over a hundred thousand messages and inbox rows, several million small objects that every full garbage collection
// marks again on the cores the relay answers from (docs/operations.md, "Performance").
//
// This adapter keeps one flat string per packet (the JSON of its arguments) in arrays indexed by offset, so the
// window costs the collector one object per packet, and parses only what a reconnecting client missed. Strings,
// not Buffers: Buffers are counted as external memory, and growing that by megabytes a second makes V8 start
// full collections of its own.
import { randomBytes } from 'node:crypto';
import { Adapter, type BroadcastOptions, type PrivateSessionId, type Session } from 'socket.io-adapter';

/** What Socket.IO hands over when a socket disconnects (the package does not export the name). */
type SessionToPersist = Omit<Session, 'missedPackets'>;

interface DisconnectedSession extends SessionToPersist {
  disconnectedAt: number;
}

/** Socket.IO's event packet type. */
const EVENT = 2;
/** How often expired packets and sessions are dropped; retention is the window plus at most this. */
const SWEEP_MS = 5_000;
/** Joins room names into one key; room names here are ids and prefixes, never control characters. */
const ROOM_SEPARATOR = '\u0000';

export class RecoveryAdapter extends Adapter {
  readonly #windowMs: number;
  readonly #sessions = new Map<PrivateSessionId, DisconnectedSession>();
  /** Offsets are unique to this adapter, so one a client got from another process or before a restart is unknown. */
  readonly #offsetPrefix = `${randomBytes(4).toString('hex')}.`;
  /** The offset number of `#json[0]`; packet n is at index n - #firstOffset. */
  #firstOffset = 0;
  /** Per packet, oldest first: its arguments as JSON (the offset included), */
  readonly #json: string[] = [];
  /** the rooms it was sent to and the rooms left out, each joined into one shared (interned) string, */
  readonly #rooms: string[] = [];
  readonly #except: string[] = [];
  /** and when, in ms since the adapter started (small integers, which V8 stores without boxing). */
  readonly #emittedAt: number[] = [];
  /** One string per distinct room set, so a packet adds no room-name strings of its own. */
  #roomKeys = new Map<string, string>();
  readonly #startedAt = Date.now();
  readonly #sweeper: NodeJS.Timeout;

  constructor(nsp: ConstructorParameters<typeof Adapter>[0]) {
    super(nsp);
    const options = nsp.server.opts.connectionStateRecovery as
      | { maxDisconnectionDuration?: number }
      | undefined;
    if (!options?.maxDisconnectionDuration) {
      throw new Error(
        'RecoveryAdapter needs connectionStateRecovery.maxDisconnectionDuration in the Socket.IO server options.',
      );
    }
    this.#windowMs = options.maxDisconnectionDuration;
    this.#sweeper = setInterval(() => this.#sweep(), SWEEP_MS).unref();
  }

  /** Called by `io.close()`: a closed server keeps no timer (and so no adapter) alive. */
  override close(): void {
    clearInterval(this.#sweeper);
  }

  /** Packets held for replay (for tests and memory checks). */
  get replayablePackets(): number {
    return this.#json.length;
  }

  override persistSession(session: SessionToPersist): void {
    this.#sessions.set(session.pid, { ...session, disconnectedAt: Date.now() });
  }

  override async restoreSession(pid: PrivateSessionId, offset: string): Promise<Session> {
    // Socket.IO treats a null session as "not recoverable": the client gets a fresh session and syncs from lastSeq.
    const none = null as unknown as Session;
    const session = this.#sessions.get(pid);
    if (!session) return none;
    if (session.disconnectedAt + this.#windowMs < Date.now()) {
      this.#sessions.delete(pid);
      return none;
    }
    const index = this.#indexOf(offset);
    if (index === undefined) return none;
    const missedPackets: unknown[][] = [];
    for (let i = index + 1; i < this.#json.length; i++) {
      if (reaches(this.#rooms[i]!, this.#except[i]!, session.rooms)) {
        missedPackets.push(JSON.parse(this.#json[i]!) as unknown[]);
      }
    }
    const { disconnectedAt: _disconnectedAt, ...restored } = session;
    return { ...restored, missedPackets };
  }

  override broadcast(packet: Parameters<Adapter['broadcast']>[0], opts: BroadcastOptions): void {
    // As SessionAwareAdapter: events without an ack and not volatile are replayable.
    if (packet.type === EVENT && packet.id === undefined && opts.flags?.volatile === undefined) {
      const offset = this.#firstOffset + this.#json.length;
      // The offset travels as the last argument, so the client knows the last packet it saw.
      packet.data.push(`${this.#offsetPrefix}${offset.toString(36)}`);
      this.#json.push(flat(JSON.stringify(packet.data)));
      this.#rooms.push(this.#roomKey(opts.rooms));
      this.#except.push(this.#roomKey(opts.except));
      this.#emittedAt.push(Date.now() - this.#startedAt);
    }
    super.broadcast(packet, opts);
  }

  /** The index of the packet with this offset, or undefined when it is not (or no longer) held here. */
  #indexOf(offset: string): number | undefined {
    if (!offset.startsWith(this.#offsetPrefix)) return undefined;
    const digits = offset.slice(this.#offsetPrefix.length);
    if (!/^[0-9a-z]{1,11}$/.test(digits)) return undefined;
    const index = Number.parseInt(digits, 36) - this.#firstOffset;
    return index >= 0 && index < this.#json.length ? index : undefined;
  }

  #roomKey(rooms: ReadonlySet<string> | undefined): string {
    if (!rooms || rooms.size === 0) return '';
    const key = rooms.size === 1 ? rooms.values().next().value! : [...rooms].join(ROOM_SEPARATOR);
    const known = this.#roomKeys.get(key);
    if (known !== undefined) return known;
    this.#roomKeys.set(key, key);
    return key;
  }

  #sweep(): void {
    const now = Date.now();
    for (const [pid, session] of this.#sessions) {
      if (session.disconnectedAt + this.#windowMs < now) this.#sessions.delete(pid);
    }
    const threshold = now - this.#startedAt - this.#windowMs;
    let expired = 0;
    while (expired < this.#emittedAt.length && this.#emittedAt[expired]! < threshold) expired++;
    if (expired === 0) return;
    this.#firstOffset += expired;
    // In place: slicing would allocate four new arrays of the whole window every sweep, straight into the old
    // generation at this size.
    this.#json.splice(0, expired);
    this.#rooms.splice(0, expired);
    this.#except.splice(0, expired);
    this.#emittedAt.splice(0, expired);
    // Room sets of expired packets only (a visitor who left) are forgotten with them.
    const keys = new Map<string, string>();
    for (const key of this.#rooms) keys.set(key, key);
    for (const key of this.#except) keys.set(key, key);
    this.#roomKeys = keys;
  }
}

/**
 * Whether a packet reached a socket that was in `rooms` (its own id is one of them): sent to all (no rooms) or to
 * one of its rooms, and not to a room left out.
 */
function reaches(roomKey: string, exceptKey: string, rooms: readonly string[]): boolean {
  const included = roomKey === '' || roomKey.split(ROOM_SEPARATOR).some((room) => rooms.includes(room));
  if (!included) return false;
  return exceptKey === '' || exceptKey.split(ROOM_SEPARATOR).every((room) => !rooms.includes(room));
}

/** Characters V8 cannot store one byte each: one of them anywhere makes the whole string two bytes a character. */
const BEYOND_LATIN1 = /[\u0100-\uffff]/g;

const escapeForJson = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * A flat copy of the JSON `text`, which JSON.parse reads back as the same value. JSON.stringify returns a rope (a
 * tree of string fragments), and a rope kept for minutes is that many objects for every full collection to walk;
 * decoding bytes gives one sequential string. One character beyond Latin-1 anywhere (a shop name's dash) makes V8
 * store the whole string at two bytes a character, so those characters become \u escapes (six bytes each) when
 * that is smaller: it halves the window's memory for most packets, while a long Thai or Chinese message stays
 * two-byte.
 */
function flat(text: string): string {
  const escaped = text.replace(BEYOND_LATIN1, escapeForJson);
  // Every character of `escaped` is Latin-1, so these bytes are one per character and the copy is exact.
  if (escaped.length < 2 * text.length) return Buffer.from(escaped, 'latin1').toString('latin1');
  return Buffer.from(text, 'utf8').toString('utf8');
}
