import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { CryptoKey } from 'jose';
import { errorCatalog, type ErrorCode } from './errorCatalog.ts';
import { InternalTokenError, verifyInternalToken } from './internalToken.ts';
import type { RequestContext } from './requestContext.ts';
import { edgeNoticeHeaders, emptyEdgeNotices } from './edgeNotices.ts';

/** Same limit as the edge: nothing larger can reach us legitimately. */
export const MAX_BODY_BYTES = 64 * 1024;

export interface GraphQLHttpServerOptions {
  /** Names the service in logs and in the busy-port message. */
  name: string;
  host: string;
  port: number;
  apollo: ApolloServer<RequestContext>;
  verifyingKey: CryptoKey;
  /** Each part this service depends on, "ok" or a short reason; any non-"ok" answers 503. */
  health: () => Promise<Record<string, string>>;
}

/**
 * The HTTP face of a Node service (a subgraph or the gateway): `POST /graphql` only with a valid internal
 * token, `GET /healthz` for orchestrators, 404 for everything else. Errors always have a GraphQL body.
 */
export async function startGraphQLHttpServer(options: GraphQLHttpServerOptions): Promise<Server> {
  const { apollo } = options;
  await apollo.start();
  const server = createServer((request, response) => {
    handle(options, request, response).catch((error: unknown) => {
      console.error(`[${options.name}] request failed`, error);
      if (!response.headersSent) sendError(response, 'INTERNAL_ERROR');
      else response.end();
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`${options.name}: port ${options.port} on ${options.host} is already in use`)
          : error,
      );
    });
    server.listen(options.port, options.host, () => resolve());
  });
  server.on('close', () => void apollo.stop());
  return server;
}

async function handle(options: GraphQLHttpServerOptions, request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? '/', 'http://internal');
  if (url.pathname === '/healthz' && request.method === 'GET') {
    const parts = await options.health();
    const healthy = Object.values(parts).every((state) => state === 'ok');
    sendJson(response, healthy ? 200 : 503, { status: healthy ? 'ok' : 'degraded', parts });
    return;
  }
  if (url.pathname !== '/graphql') return sendError(response, 'NOT_FOUND');
  if (request.method !== 'POST') return sendError(response, 'NOT_FOUND', 'GraphQL is served by POST only.');

  let context: RequestContext;
  try {
    const authorization = request.headers.authorization;
    const claims = await verifyInternalToken(options.verifyingKey, authorization);
    context = {
      principal: claims.principal,
      requestId: claims.requestId,
      clientAddress: claims.clientAddress,
      internalToken: authorization!.slice('Bearer '.length),
      notices: emptyEdgeNotices(),
    };
  } catch (error) {
    if (error instanceof InternalTokenError) return sendError(response, 'INTERNAL_TOKEN_INVALID');
    throw error;
  }

  const raw = await readBody(request);
  if (raw === 'too-large') return sendError(response, 'PAYLOAD_TOO_LARGE');
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return sendError(response, 'BAD_REQUEST', 'The request body is not valid JSON.');
  }

  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const result = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers, search: url.search, body },
    context: async () => context,
  });
  for (const [key, value] of result.headers) response.setHeader(key, value);
  for (const [name, value] of edgeNoticeHeaders(context.notices)) response.setHeader(name, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

function readBody(request: IncomingMessage): Promise<string | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve('too-large');
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

function sendError(response: ServerResponse, code: ErrorCode, message?: string) {
  const entry = errorCatalog[code];
  sendJson(response, entry.status, { errors: [{ message: message ?? entry.message, extensions: { code } }] });
}
