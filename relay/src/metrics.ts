// Prometheus metrics, one Registry per relay so several relays in one test process never share counters.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export interface RelayMetrics {
  registry: Registry;
  messages: Counter<'author'>;
  connectedSockets: Gauge<'namespace'>;
  httpRequestDuration: Histogram<'method' | 'route' | 'status'>;
  /** From receipt of a visitor's message:send to the fan-out emit towards agents. */
  deliveryLatency: Histogram;
  /** How long storing a message (the transaction, with dedupe and seq) took. */
  persistDuration: Histogram<'author'>;
  /** Every coded error answered, over HTTP or in a Socket.IO ack or handshake. */
  errors: Counter<'code' | 'transport'>;
  rateLimited: Counter<'limit'>;
  /** Tokens billed by the LLM provider, by model, operation (analyze, translate) and kind (prompt, completion). */
  llmTokens: Counter<'model' | 'operation' | 'kind'>;
  /** Times the provider failed or its circuit was open and the offline engine answered instead. */
  llmFallbacks: Counter<'operation'>;
  /** Incoming shopper messages translated for agents, by outcome (translated, unavailable, failed). */
  liveTranslations: Counter<'outcome'>;
  /** What the auto-reply bot did with a shopper message: answered, handed off (and why), or stayed silent. */
  botOutcomes: Counter<'outcome' | 'reason'>;
}

// Chat latencies are milliseconds; the upper buckets catch a database under pressure.
const LATENCY_BUCKETS = [0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

export function createRelayMetrics(): RelayMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'parley_' });
  return {
    registry,
    messages: new Counter({
      name: 'parley_messages_total',
      help: 'Messages stored, by author kind (re-sends that were deduplicated are not counted).',
      labelNames: ['author'],
      registers: [registry],
    }),
    connectedSockets: new Gauge({
      name: 'parley_connected_sockets',
      help: 'Socket.IO connections currently open on this process, by namespace.',
      labelNames: ['namespace'],
      registers: [registry],
    }),
    httpRequestDuration: new Histogram({
      name: 'parley_http_request_duration_seconds',
      help: 'HTTP request duration, by method, matched route pattern and status.',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    deliveryLatency: new Histogram({
      name: 'parley_delivery_latency_seconds',
      help: 'Visitor to agent: from receipt of message:send to the fan-out emit (analysis and storage included).',
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    }),
    persistDuration: new Histogram({
      name: 'parley_persist_duration_seconds',
      help: 'Time to store one message durably, by author kind.',
      labelNames: ['author'],
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    }),
    errors: new Counter({
      name: 'parley_errors_total',
      help: 'Coded errors answered, by code and transport (http, socket, handshake).',
      labelNames: ['code', 'transport'],
      registers: [registry],
    }),
    rateLimited: new Counter({
      name: 'parley_rate_limited_total',
      help: 'Requests refused by a rate limit, by limit.',
      labelNames: ['limit'],
      registers: [registry],
    }),
    llmTokens: new Counter({
      name: 'parley_llm_tokens_total',
      help: 'Tokens used at the LLM provider, by model, operation and kind (prompt, completion).',
      labelNames: ['model', 'operation', 'kind'],
      registers: [registry],
    }),
    llmFallbacks: new Counter({
      name: 'parley_llm_fallbacks_total',
      help: 'Answers the offline engine gave because the LLM provider failed or its circuit was open.',
      labelNames: ['operation'],
      registers: [registry],
    }),
    liveTranslations: new Counter({
      name: 'parley_live_translations_total',
      help: 'Shopper messages translated for agents after delivery, by outcome (translated, unavailable, failed).',
      labelNames: ['outcome'],
      registers: [registry],
    }),
    botOutcomes: new Counter({
      name: 'parley_bot_outcomes_total',
      help: 'Auto-reply bot outcomes (answered, handed_off, silent) by reason; containment = answered / all.',
      labelNames: ['outcome', 'reason'],
      registers: [registry],
    }),
  };
}
