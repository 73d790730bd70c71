// Wraps a Socket.IO event handler so every outcome becomes an ack, and nothing a client sends can crash the relay.
import { type AckCallback, type ErrorCode, ParleyError } from '@parley/shared';
import type { Logger } from 'pino';
import type { Drain } from '../drain.ts';

export interface Reply<T> {
  data: T;
  /** Runs after the ack is sent: fan-out must never be seen by others before the sender knows it is stored. */
  afterAck?: (() => void) | undefined;
}

export interface AcknowledgedOptions {
  event: string;
  logger: Logger;
  /** Tracks the handler for graceful shutdown; while draining the handler is refused with `unavailable`. */
  drain?: Drain;
  /** Told the code of every error acked (the errors-by-code metric). */
  onError?: (code: ErrorCode) => void;
}

/**
 * Returns a listener that acks `{ ok: true, data }` or `{ ok: false, error }`. It tolerates a missing or
 * non-function ack (the work still happens), a payload-less emit, and any exception from `run`.
 * The ack of a tracked handler goes out before the handler counts as finished, so a shutdown waiting for
 * in-flight work never closes the socket between "stored" and "acked".
 *
 * `run` gets the socket too: Socket.IO calls a listener with `this` set to the socket, so one listener can serve
 * every socket of a namespace instead of one closure per socket (docs/operations.md, "Performance").
 */
export function acknowledged<T, S = unknown>(
  options: AcknowledgedOptions,
  run: (payload: unknown, socket: S) => Promise<Reply<T>>,
): (this: S, payload: unknown, ack: AckCallback<T>) => void {
  const { event, logger, drain, onError } = options;
  return function onEvent(this: S, payload: unknown, ack: unknown): void {
    // socket.emit('event', ack) with no payload puts the callback first.
    if (typeof payload === 'function' && ack === undefined) {
      ack = payload;
      payload = undefined;
    }
    const respond = typeof ack === 'function' ? (ack as AckCallback<T>) : undefined;
    const handle = async () => {
      let reply: Reply<T>;
      try {
        reply = await run(payload, this);
      } catch (error) {
        const parley = ParleyError.fromUnknown(error);
        if (parley.code === 'internal')
          logger.error({ err: parley.cause ?? error, event }, 'socket handler failed');
        onError?.(parley.code);
        respond?.({ ok: false, error: parley.toBody() });
        return;
      }
      respond?.({ ok: true, data: reply.data });
      try {
        reply.afterAck?.();
      } catch (error) {
        logger.error({ err: error, event }, 'fan-out after ack failed');
      }
    };
    if (!drain) {
      void handle();
      return;
    }
    drain.run(handle).catch((error: unknown) => {
      // Only a refusal while draining reaches here; handle() itself never throws.
      const parley = ParleyError.fromUnknown(error);
      onError?.(parley.code);
      respond?.({ ok: false, error: parley.toBody() });
    });
  };
}
