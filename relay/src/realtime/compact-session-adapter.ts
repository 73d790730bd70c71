// Connection-state recovery for a relay without REDIS_URL. Socket.IO's own SessionAwareAdapter keeps every
// broadcast of the recovery window as the live objects that were emitted: at 500 messages/s that is hundreds of
// thousands of messages, inbox rows, arrays and Sets, and every full garbage collection marks them all again, on
// the same two cores the relay answers from. This adapter keeps each broadcast as the UTF-8 JSON of its arguments
// in a Buffer, whose bytes live outside the JavaScript heap, and parses only what a reconnecting client missed. (Not
// a string: JSON.stringify's result is a rope of dozens of fragments whenever a text has a non-Latin-1 character,
// and the collector walks every fragment.)
// Everything else is the in-memory Adapter it extends. (With REDIS_URL the Redis Streams adapter does this job.)
import { randomBytes } from 'node:crypto';
import { Adapter, type BroadcastOptions, type PrivateSessionId, type Session } from 'socket.io-adapter';

/** What Socket.IO hands over when a socket disconnects (the package does not export the name). */
type SessionToPersist = Omit<Session, 'missedPackets'>;

interface StoredPacket {
  /** The offset the client reports on reconnect: the last packet it received. */
  id: string;
  rooms: readonly string[];
  except: readonly string[];
  /** UTF-8 `JSON.stringify` of the packet's arguments, the offset included. */
  json: Buffer;
  emittedAt: number;
}

interface DisconnectedSession extends SessionToPersist {
  disconnectedAt: number;
}

/** Socket.IO's event packet type. */
const EVENT = 2;
const EXPIRY_SWEEP_MS = 60_000;

export class CompactSessionAdapter extends Adapter {
  readonly #maxDisconnectionDuration: number;
  readonly #sessions = new Map<PrivateSessionId, DisconnectedSession>();
  /** Oldest first. */
  #packets: StoredPacket[] = [];
  /** Offsets are unique to this adapter, so one a client got from another process or before a restart is unknown. */
  readonly #offsetPrefix = `${randomBytes(4).toString('hex')}.`;
  #nextOffset = 0;

  constructor(nsp: ConstructorParameters<typeof Adapter>[0]) {
    super(nsp);
    const options = nsp.server.opts.connectionStateRecovery as
      | { maxDisconnectionDuration?: number }
      | undefined;
    if (!options?.maxDisconnectionDuration) {
      throw new Error(
        'CompactSessionAdapter needs connectionStateRecovery.maxDisconnectionDuration in the Socket.IO server options.',
      );
    }
    this.#maxDisconnectionDuration = options.maxDisconnectionDuration;
    setInterval(() => this.#expire(), EXPIRY_SWEEP_MS).unref();
  }

  override persistSession(session: SessionToPersist): void {
    this.#sessions.set(session.pid, { ...session, disconnectedAt: Date.now() });
  }

  override async restoreSession(pid: PrivateSessionId, offset: string): Promise<Session> {
    const session = this.#sessions.get(pid);
    // Socket.IO treats a null session as "not recoverable" and starts a fresh one.
    const none = null as unknown as Session;
    if (!session) return none;
    if (session.disconnectedAt + this.#maxDisconnectionDuration < Date.now()) {
      this.#sessions.delete(pid);
      return none;
    }
    const index = this.#packets.findIndex((packet) => packet.id === offset);
    if (index === -1) return none;
    const missedPackets: unknown[][] = [];
    for (let i = index + 1; i < this.#packets.length; i++) {
      const packet = this.#packets[i]!;
      if (reaches(packet, session.rooms))
        missedPackets.push(JSON.parse(packet.json.toString('utf8')) as unknown[]);
    }
    const { disconnectedAt: _disconnectedAt, ...restored } = session;
    return { ...restored, missedPackets };
  }

  override broadcast(packet: Parameters<Adapter['broadcast']>[0], opts: BroadcastOptions): void {
    // As SessionAwareAdapter: events without an ack and not volatile are replayable.
    const replayable = packet.type === EVENT && packet.id === undefined && opts.flags?.volatile === undefined;
    if (replayable) {
      const id = `${this.#offsetPrefix}${(this.#nextOffset++).toString(36)}`;
      // The offset travels as the last argument, so the client knows the last packet it saw.
      packet.data.push(id);
      this.#packets.push({
        id,
        rooms: [...opts.rooms],
        except: [...(opts.except ?? [])],
        json: Buffer.from(JSON.stringify(packet.data), 'utf8'),
        emittedAt: Date.now(),
      });
    }
    super.broadcast(packet, opts);
  }

  #expire(): void {
    const threshold = Date.now() - this.#maxDisconnectionDuration;
    for (const [pid, session] of this.#sessions) {
      if (session.disconnectedAt < threshold) this.#sessions.delete(pid);
    }
    const firstKept = this.#packets.findIndex((packet) => packet.emittedAt >= threshold);
    this.#packets = firstKept === -1 ? [] : this.#packets.slice(firstKept);
  }
}

/** Whether a packet was addressed to a socket in `rooms` (its own id is one of them). */
function reaches(packet: StoredPacket, rooms: readonly string[]): boolean {
  const included = packet.rooms.length === 0 || rooms.some((room) => packet.rooms.includes(room));
  return included && rooms.every((room) => !packet.except.includes(room));
}
