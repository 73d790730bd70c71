// Prometheus metrics, one Registry per relay so several relays in one test process never share counters.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export interface RelayMetrics {
  registry: Registry;
  messages: Counter<'author'>;
  connectedSockets: Gauge<'namespace'>;
  httpRequestDuration: Histogram<'method' | 'route' | 'status'>;
}

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
      help: 'Socket.IO connections currently open, by namespace.',
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
  };
}
