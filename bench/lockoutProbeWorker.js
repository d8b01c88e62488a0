// The bench's probe, run by workerd beside the edge (bench/lockoutLoad.ts): it calls one account's
// lockout counter the way the edge's own code does, from inside the runtime, so the figure measures the
// Durable Object and not a bridge into it. GET /?name=&checks=&concurrency= answers the elapsed time
// and every check's latency. Never deployed: only the bench adds this worker.
export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const checks = Number(url.searchParams.get('checks'));
    const concurrency = Number(url.searchParams.get('concurrency'));
    const counter = env.ATTEMPT_COUNTERS.get(env.ATTEMPT_COUNTERS.idFromName(url.searchParams.get('name')));
    const policy = { limit: 1_000_000_000, blockMs: 15 * 60_000 };
    const latencies = [];
    let next = 0;
    let failures = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < checks) {
          const id = `check-${next++}`;
          const begun = performance.now();
          const reservation = await counter.reserve(policy, id, Date.now());
          if (!reservation.granted) failures += 1;
          await counter.settle(policy, id, 'UNDECIDED', Date.now());
          latencies.push(performance.now() - begun);
        }
      }),
    );
    return Response.json({ checks, failures, elapsedMs: performance.now() - started, latencies });
  },
};
