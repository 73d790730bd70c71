// The Redis connection behind REDIS_URL: the Socket.IO Redis Streams adapter for cross-process fan-out, and a ping.
import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { Logger } from 'pino';
import { createClient } from 'redis';
import type { ServerOptions } from 'socket.io';

export interface RedisFanOut {
  /** Pass to Socket.IO: every namespace broadcasts through one Redis stream shared by all relay processes. */
  adapter: NonNullable<ServerOptions['adapter']>;
  /** Resolves when Redis answers; /readyz uses it. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface RedisOptions {
  url: string;
  /**
   * Stream name and key prefix (PARLEY_REDIS_STREAM). Relays sharing it share fan-out, so one Redis can serve
   * several deployments (or parallel test runs) that never see each other's traffic.
   */
  stream: string;
  logger: Logger;
  /** How long startup waits for Redis before giving up with an explanation. */
  connectTimeoutMs?: number;
}

export async function connectRedis(options: RedisOptions): Promise<RedisFanOut> {
  const { url, stream, logger, connectTimeoutMs = 10_000 } = options;
  const client = createClient({
    url,
    socket: {
      connectTimeout: 5_000,
      reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2_000),
    },
  });
  // node-redis reports every failed reconnect attempt; once per outage is enough for an operator.
  let down = false;
  client.on('error', (error: Error) => {
    if (down) return;
    down = true;
    logger.warn({ err: error }, 'Redis connection lost; fan-out to other relay processes waits for it');
  });
  client.on('ready', () => {
    if (down) logger.info('Redis connection restored');
    down = false;
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      client.connect(),
      new Promise((_resolve, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${connectTimeoutMs} ms`)),
          connectTimeoutMs,
        );
      }),
    ]);
  } catch (error) {
    client.destroy();
    throw new Error(
      `Cannot connect to Redis at REDIS_URL (${(error as Error).message}). ` +
        'Check the host and port, or unset REDIS_URL to run a single relay process without Redis.',
      { cause: error },
    );
  } finally {
    clearTimeout(timer);
  }
  return {
    adapter: createAdapter(client, {
      streamName: stream,
      channelPrefix: stream,
      sessionKeyPrefix: `${stream}:session:`,
      // The reading connection re-checks for shutdown between blocking reads; shorter blocks close sooner.
      blockTimeInMs: 2_000,
    }),
    async ping() {
      await client.ping();
    },
    async close() {
      await client.close().catch(() => client.destroy());
    },
  };
}
