import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_COMPANY_SECURITY, type CompanySecurity } from '@lanyard/core/securitySettings';

/**
 * A tiny real HTTP server that plays the gateway's side of the wire contract (POST /graphql, GET
 * /healthz) for the edge tests, and records what the edge sent. It is the edge's protocol peer, not a
 * mock of the edge: the worker under test runs unchanged in workerd.
 */

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface GatewayAnswer {
  status: number;
  body: unknown;
  contentType?: string;
  /** Further response headers, e.g. the one that names users whose sessions end. */
  headers?: Record<string, string>;
}

/** Decides the answer to one POST /graphql from its parsed body. */
export type GraphQLResponder = (request: { query: string; variables: Record<string, unknown> }) => GatewayAnswer;

export interface FakeGateway {
  url: string;
  received: ReceivedRequest[];
  respondToGraphQL: GraphQLResponder;
  /**
   * What tenancy answers the edge's securitySettingsForEdge with, per company id (the defaults for any
   * other), and the recordIpAccessEvent inputs it took: every test's sign-ins and session requests ask.
   */
  companySecurity: Record<string, CompanySecurity>;
  ipAccessEvents: Record<string, unknown>[];
  health: GatewayAnswer;
  /** Closes the port (and open keep-alive connections), as when the gateway process dies. */
  goDown(): Promise<void>;
  /** Listens again on the same port. */
  comeBack(): Promise<void>;
  close(): Promise<void>;
}

export async function startFakeGateway(): Promise<FakeGateway> {
  const gateway: FakeGateway = {
    url: '',
    received: [],
    respondToGraphQL: () => ({ status: 200, body: { data: null } }),
    companySecurity: {},
    ipAccessEvents: [],
    health: { status: 200, body: { status: 'ok', parts: { gateway: 'ok', identity: 'ok', tenancy: 'ok', modules: 'ok' } } },
    goDown: () => close(server),
    comeBack: () => listen(server, port),
    close: () => close(server),
  };

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const received: ReceivedRequest = {
        method: request.method ?? '',
        path: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      gateway.received.push(received);
      let answer: GatewayAnswer;
      if (received.method === 'GET' && received.path === '/healthz') {
        answer = gateway.health;
      } else if (received.method === 'POST' && received.path === '/graphql') {
        const parsed = JSON.parse(received.body) as { query: string; variables?: Record<string, unknown> };
        const request = { query: parsed.query, variables: parsed.variables ?? {} };
        answer = answerTenancyForEdge(gateway, request) ?? gateway.respondToGraphQL(request);
      } else {
        answer = { status: 404, body: { errors: [{ message: 'not here', extensions: { code: 'NOT_FOUND' } }] } };
      }
      response.writeHead(answer.status, {
        ...answer.headers,
        'content-type': answer.contentType ?? 'application/json; charset=utf-8',
      });
      response.end(JSON.stringify(answer.body));
    });
  });

  await listen(server, 0);
  const port = (server.address() as AddressInfo).port;
  gateway.url = `http://127.0.0.1:${port}`;
  return gateway;
}

function answerTenancyForEdge(gateway: FakeGateway, request: Parameters<GraphQLResponder>[0]): GatewayAnswer | undefined {
  if (request.query.includes('securitySettingsForEdge')) {
    const security = gateway.companySecurity[String(request.variables.companyId)] ?? DEFAULT_COMPANY_SECURITY;
    return { status: 200, body: { data: { securitySettingsForEdge: security } } };
  }
  if (request.query.includes('recordIpAccessEvent')) {
    gateway.ipAccessEvents.push(request.variables.input as Record<string, unknown>);
    return { status: 200, body: { data: { recordIpAccessEvent: true } } };
  }
  return undefined;
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
