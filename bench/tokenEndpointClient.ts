/**
 * What the token bench's load generator sends, the same against Lanyard and against the oidc-provider
 * baseline: a PKCE pair per authorization, and token requests from a confidential client over HTTP
 * Basic. Plain fetch, not an OIDC library, so the load generator spends little of the shared CPU.
 */

export interface BenchClient {
  clientId: string;
  clientSecret: string;
}

function base64url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

export async function pkcePair(): Promise<{ verifier: string; challenge: string }> {
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const challenge = base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
  return { verifier, challenge };
}

/** One token request; anything but 200 with an access token is a failure of the grant measured. */
export async function tokenRequest(tokenUrl: string, client: BenchClient, form: Record<string, string>): Promise<Record<string, string>> {
  const response = await fetch(tokenUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64')}`,
    },
    body: new URLSearchParams(form).toString(),
  });
  const body = (await response.json()) as Record<string, string>;
  if (response.status !== 200 || !body.access_token) throw new Error(`token ${response.status} ${body.error ?? ''}`.trim());
  return body;
}
