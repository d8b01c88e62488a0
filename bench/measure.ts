import autocannon from 'autocannon';
import type { HttpTarget } from './scenarios.ts';

/**
 * autocannon, reduced to the numbers the bench reports. Latency percentiles are computed here from every
 * 2xx response time (autocannon's own histogram rounds to whole milliseconds, too coarse for an aim of
 * "at most 3 ms more"); requests per second are autocannon's per-second samples.
 */

export interface LoadOptions {
  connections: number;
  durationSeconds: number;
  /** Called with every response's status and body (makes autocannon keep bodies: warm-up only). */
  onResponse?: (status: number, body: string) => void;
}

export interface LoadSummary {
  /** Wall time of the run as autocannon measured it. */
  durationSeconds: number;
  /** Responses received, any status. */
  responses: number;
  requestsPerSecond: { mean: number; stddev: number; min: number; max: number };
  /** Over 2xx responses only, in milliseconds. */
  latencyMs: { p50: number; p90: number; p99: number; mean: number; max: number };
  non2xx: number;
  /** Count per HTTP status, e.g. { "200": 51234 }. */
  statusCodes: Record<string, number>;
  /** Connection errors, timeouts included. */
  errors: number;
  timeouts: number;
}

export function runLoad(target: HttpTarget, options: LoadOptions): Promise<LoadSummary> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const onResponse = options.onResponse;
    const instance = autocannon(
      {
        url: target.url,
        method: target.method,
        headers: target.headers,
        body: target.body,
        connections: options.connections,
        duration: options.durationSeconds,
        ...(onResponse ? { requests: [{ onResponse: (status: number, body: string) => onResponse(status, body) }] } : {}),
      },
      (error, result) => {
        if (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        resolve(summarize(result, latencies));
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
}

function summarize(result: autocannon.Result, latencies: number[]): LoadSummary {
  const sorted = Float64Array.from(latencies).sort();
  const statusCodes: Record<string, number> = {};
  for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) {
    statusCodes[code] = (stats as { count?: number }).count ?? 0;
  }
  return {
    durationSeconds: result.duration,
    responses: Object.values(statusCodes).reduce((sum, count) => sum + count, 0),
    requestsPerSecond: {
      mean: result.requests.mean,
      stddev: result.requests.stddev,
      min: result.requests.min,
      max: result.requests.max,
    },
    latencyMs: {
      p50: toMicroseconds(percentile(sorted, 50)),
      p90: toMicroseconds(percentile(sorted, 90)),
      p99: toMicroseconds(percentile(sorted, 99)),
      mean: toMicroseconds(sorted.length === 0 ? Number.NaN : sorted.reduce((sum, value) => sum + value, 0) / sorted.length),
      max: toMicroseconds(sorted.length === 0 ? Number.NaN : sorted[sorted.length - 1]!),
    },
    non2xx: result.non2xx,
    statusCodes,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

/** Milliseconds rounded to whole microseconds: finer digits are noise. */
function toMicroseconds(milliseconds: number): number {
  return Math.round(milliseconds * 1000) / 1000;
}

/** Nearest-rank percentile of ascending values; NaN when there are none. */
export function percentile(sortedAscending: Float64Array, p: number): number {
  if (sortedAscending.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sortedAscending.length);
  return sortedAscending[Math.min(sortedAscending.length, Math.max(1, rank)) - 1]!;
}
