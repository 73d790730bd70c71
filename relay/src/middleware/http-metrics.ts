// Records every HTTP request's duration by route pattern, so /metrics shows latency without unbounded labels.
import type { MiddlewareHandler } from 'hono';
import type { Histogram } from 'prom-client';

export interface HttpMetricsOptions {
  histogram: Histogram<'method' | 'route' | 'status'>;
}

export function httpMetrics(options: HttpMetricsOptions): MiddlewareHandler {
  if (!options?.histogram) {
    throw new Error('httpMetrics() needs a histogram; pass createRelayMetrics().httpRequestDuration.');
  }
  const { histogram } = options;
  return async function recordHttpMetrics(c, next) {
    const started = performance.now();
    try {
      await next();
    } finally {
      // The matched pattern ("/api/v1/conversations/:id/messages"), never the raw path, keeps label values few.
      histogram.observe(
        { method: c.req.method, route: c.req.routePath || 'unmatched', status: String(c.res.status) },
        (performance.now() - started) / 1000,
      );
    }
  };
}
