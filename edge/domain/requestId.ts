/**
 * Which request id a request carries through the edge, the gateway and the subgraphs' logs. An id from
 * the client (or a load balancer in front) is kept only when it is plainly an id: short, no spaces or
 * punctuation that could forge log lines or headers. Anything else is replaced by a fresh one.
 */
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;

export function chooseRequestId(incoming: string | null | undefined, generate: () => string): string {
  return incoming !== null && incoming !== undefined && ACCEPTABLE_REQUEST_ID.test(incoming) ? incoming : generate();
}
