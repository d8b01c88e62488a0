import { equalInConstantTime, sha256Hex } from '../domain/tokenEncoding.ts';
import type { OidcClient } from './clientRegistry.ts';

/**
 * How a module proves at the token endpoint which client it is: `client_secret_basic` (HTTP Basic),
 * `client_secret_post` (in the form) or, for a public client, `none` (client_id only; PKCE proves the
 * rest). Using two methods at once is refused, as RFC 6749 §2.3 asks.
 */
export interface PresentedClient {
  clientId: string;
  secret: string | null;
}

export function presentedClient(authorization: string | undefined, form: Record<string, string>): PresentedClient | undefined {
  const basic = /^Basic ([A-Za-z0-9+/=]+)$/i.exec(authorization ?? '')?.[1];
  if (basic) {
    if (form.client_secret !== undefined) return undefined;
    let decoded: string;
    try {
      decoded = atob(basic);
    } catch {
      return undefined;
    }
    const colon = decoded.indexOf(':');
    if (colon < 1) return undefined;
    // RFC 6749 §2.3.1: both parts are form-urlencoded before they are joined.
    const clientId = decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, ' '));
    const secret = decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, ' '));
    if (form.client_id !== undefined && form.client_id !== clientId) return undefined;
    return { clientId, secret };
  }
  if (!form.client_id) return undefined;
  return { clientId: form.client_id, secret: form.client_secret ?? null };
}

/** Whether the presented credentials are the client's: its secret for a confidential one, none for a public one. */
export async function authenticatesAs(client: OidcClient, presented: PresentedClient): Promise<boolean> {
  if (client.clientType === 'PUBLIC') return presented.secret === null;
  if (presented.secret === null || client.secretHash === null) return false;
  // Compared as hashes, in constant time: a guess's likeness to the secret does not show in the timing.
  return equalInConstantTime(await sha256Hex(presented.secret), client.secretHash);
}
