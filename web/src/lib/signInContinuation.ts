/**
 * Where sign-in goes once a session exists. A module's sign-in request (/oauth2/authorize) sends the
 * person to /sign-in?continue=<that request>, to carry on there; anything else goes Home. Only a path
 * of Lanyard's own authorize endpoint is followed, so the parameter can never send anyone elsewhere.
 */
const AUTHORIZE_PATH = '/oauth2/authorize?';

export function continuationAfterSignIn(search: string): string | undefined {
  const target = new URLSearchParams(search).get('continue');
  if (!target?.startsWith(AUTHORIZE_PATH) || target.includes('\\')) return undefined;
  // Resolved against a fixed origin: a value that leaves the path (//host, a scheme) changes origin.
  const resolved = new URL(target, 'https://lanyard.invalid');
  return resolved.origin === 'https://lanyard.invalid' && resolved.pathname === '/oauth2/authorize' ? `${resolved.pathname}${resolved.search}` : undefined;
}

/** The username a module suggested (login_hint), to fill in the first screen. */
export function suggestedUsername(search: string): string {
  return (new URLSearchParams(search).get('username') ?? '').slice(0, 64);
}
