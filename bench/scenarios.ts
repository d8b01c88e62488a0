import type { Stack } from '../scripts/stack.ts';
import { signInAtEdge } from '../scripts/edgeSignIn.ts';
import { benchUsername, signSessionToken } from './credentials.ts';

/**
 * What is measured: the same `me` question asked at each layer. Reading down the list adds one hop at a
 * time, so the differences between rows are what each layer costs.
 */

/** The part of `me` the identity subgraph owns: one subgraph, no federation. */
export const IDENTITY_ME_QUERY = '{ me { id username email displayName } }';

/** What the web app's home page asks: the gateway fans out to identity, tenancy and modules. */
export const FULL_ME_QUERY = '{ me { username company { name } role modules { moduleName instanceName } } }';

export type ScenarioId = 'a' | 'b' | "b'" | 'c' | "c'";

export interface ScenarioSpec {
  id: ScenarioId;
  title: string;
  layer: 'subgraph' | 'gateway' | 'edge';
  query: string;
}

export const scenarioSpecs: readonly ScenarioSpec[] = [
  { id: 'a', title: 'identity subgraph, identity-only me', layer: 'subgraph', query: IDENTITY_ME_QUERY },
  { id: "b'", title: 'gateway, identity-only me', layer: 'gateway', query: IDENTITY_ME_QUERY },
  { id: 'b', title: 'gateway, full me (3 subgraphs)', layer: 'gateway', query: FULL_ME_QUERY },
  { id: "c'", title: 'edge, identity-only me', layer: 'edge', query: IDENTITY_ME_QUERY },
  { id: 'c', title: 'edge, full me (3 subgraphs)', layer: 'edge', query: FULL_ME_QUERY },
];

/** One HTTP request, repeated by autocannon for the whole run. */
export interface HttpTarget {
  url: string;
  method: 'POST';
  headers: Record<string, string>;
  body: string;
}

/**
 * The request for a scenario, with credentials fresh enough for a whole scenario: a newly signed internal
 * token for the subgraph and the gateway, the session cookie of the run's one real sign-in for the edge.
 */
export async function targetFor(spec: ScenarioSpec, stack: Stack): Promise<HttpTarget> {
  const body = JSON.stringify({ query: spec.query });
  const json = { 'content-type': 'application/json' };
  switch (spec.layer) {
    case 'subgraph':
      return {
        url: stack.subgraphUrls.identity,
        method: 'POST',
        headers: { ...json, authorization: `Bearer ${await signSessionToken(stack)}` },
        body,
      };
    case 'gateway':
      return {
        url: `${stack.gatewayUrl}/graphql`,
        method: 'POST',
        headers: { ...json, authorization: `Bearer ${await signSessionToken(stack)}` },
        body,
      };
    case 'edge': {
      if (!stack.edgeUrl) throw new Error('The stack runs without the edge, so the edge scenarios cannot run');
      return {
        url: `${stack.edgeUrl}/graphql`,
        method: 'POST',
        headers: { ...json, cookie: await edgeSession(stack.edgeUrl, stack) },
        body,
      };
    }
  }
}

/**
 * One sign-in per run serves every edge scenario (the session lives 12 hours): identity accepts each
 * 30-second TOTP step once per user, so a second sign-in of the same user within one step is refused
 * as a replay, as it must be.
 */
const edgeSessions = new Map<string, Promise<string>>();
export function edgeSession(edgeUrl: string, stack: Stack): Promise<string> {
  let session = edgeSessions.get(edgeUrl);
  if (!session) {
    session = signInAtEdge(edgeUrl, stack, benchUsername);
    edgeSessions.set(edgeUrl, session);
    session.catch(() => edgeSessions.delete(edgeUrl));
  }
  return session;
}
