import { DomainError } from '@lanyard/core/domainError';

/** Nothing the web app sends comes near this; the gateway and subgraphs enforce the same limit. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Only `application/json` is accepted. This is the edge's CSRF defence for cookie-authenticated POSTs: an
 * HTML form on another site can send only urlencoded, multipart or text/plain bodies, and a cross-site
 * fetch with application/json needs a CORS preflight that the edge never grants.
 */
export function isJsonContentType(contentType: string | undefined | null): boolean {
  const mediaType = (contentType ?? '').split(';', 1)[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}

export interface JsonBody {
  /** The body exactly as received, for forwarding. */
  text: string;
  value: unknown;
}

/**
 * Reads a JSON request body within MAX_BODY_BYTES. Content-Length is checked first to refuse early, but it
 * may be absent (chunked) or wrong, so the bytes actually read are counted too. Throws DomainError:
 * UNSUPPORTED_MEDIA_TYPE, PAYLOAD_TOO_LARGE or BAD_REQUEST.
 */
export async function readJsonBody(request: Request): Promise<JsonBody> {
  const declaredLength = Number(request.headers.get('content-length') ?? '0');
  if (declaredLength > MAX_BODY_BYTES) throw new DomainError('PAYLOAD_TOO_LARGE');

  // The body is read before the media type is judged: answering while a small body sits unread makes
  // workerd close the connection under a client that is about to reuse it.
  const bytes = await readAtMost(request, MAX_BODY_BYTES);
  if (bytes === 'too-large') throw new DomainError('PAYLOAD_TOO_LARGE');
  if (!isJsonContentType(request.headers.get('content-type'))) throw new DomainError('UNSUPPORTED_MEDIA_TYPE');
  let text: string;
  let value: unknown;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    value = JSON.parse(text);
  } catch {
    throw new DomainError('BAD_REQUEST', 'The request body is not valid JSON.');
  }
  return { text, value };
}

async function readAtMost(request: Request, limit: number): Promise<Uint8Array | 'too-large'> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return 'too-large';
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
