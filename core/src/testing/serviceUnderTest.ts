import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, type CryptoKey } from 'jose';
import { startGraphQLHttpServer } from '../graphqlHttpServer.ts';
import { importInternalSigningKey, importInternalVerifyingKey, signInternalToken, type Principal } from '../internalToken.ts';
import type { SubgraphService, SubgraphSettings } from '../subgraphService.ts';

export interface GraphQLAnswer {
  status: number;
  headers: Headers;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

/**
 * A subgraph served over real HTTP on a free loopback port, on a fresh libSQL file in a temporary
 * folder, with a key pair made for the test: what a test needs to talk to it as the edge would.
 */
export async function startSubgraphUnderTest<Service extends SubgraphService>(
  create: (settings: SubgraphSettings) => Promise<Service>,
) {
  const folder = mkdtempSync(join(tmpdir(), 'lanyard-test-'));
  const service = await create({ databaseUrl: `file:${join(folder, 'test.db')}` });
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const signingKey: CryptoKey = await importInternalSigningKey(JSON.stringify(await exportJWK(privateKey)));
  const server = await startGraphQLHttpServer({
    name: 'test',
    host: '127.0.0.1',
    port: 0,
    apollo: service.apollo,
    verifyingKey: await importInternalVerifyingKey(JSON.stringify(await exportJWK(publicKey))),
    health: service.health,
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

  async function tokenFor(principal: Principal, clientAddress?: string): Promise<string> {
    return signInternalToken(signingKey, { principal, requestId: 'test-request', clientAddress });
  }

  async function post(body: string, headers: Record<string, string>): Promise<GraphQLAnswer> {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLAnswer['body'] };
  }

  return {
    service,
    url,
    tokenFor,
    post,
    /** Sends a GraphQL operation as the given principal would, through the edge's token. */
    async query(
      principal: Principal,
      query: string,
      variables?: Record<string, unknown>,
      options: { clientAddress?: string } = {},
    ): Promise<GraphQLAnswer> {
      const token = await tokenFor(principal, options.clientAddress);
      return post(JSON.stringify({ query, variables }), { authorization: `Bearer ${token}` });
    },
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      service.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
