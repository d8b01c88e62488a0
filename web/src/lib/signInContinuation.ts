/**
 * Where sign-in goes once a session exists. A module's sign-in request (/oauth2/authorize) or a module
 * link (/launch/<instance>) sends the person to /sign-in?continue=<that address>, to carry on there;
 * anything else goes Home. Only those two of Lanyard's own paths are followed, so the parameter can
 * never send anyone elsewhere.
 */
const FOLLOWED = [/^\/oauth2\/authorize$/, /^\/launch\/[0-9a-f-]{36}$/];

export function continuationAfterSignIn(search: string): string | undefined {
  const target = new URLSearchParams(search).get('continue');
  if (!target?.startsWith('/') || target.startsWith('//') || target.includes('\\')) return undefined;
  // Resolved against a fixed origin: a value that leaves the path (//host, a scheme) changes origin.
  const resolved = new URL(target, 'https://lanyard.invalid');
  if (resolved.origin !== 'https://lanyard.invalid' || !FOLLOWED.some((path) => path.test(resolved.pathname))) return undefined;
  if (resolved.pathname === '/oauth2/authorize' && resolved.search === '') return undefined;
  return `${resolved.pathname}${resolved.search}`;
}

/** The username a module suggested (login_hint), to fill in the first screen. */
export function suggestedUsername(search: string): string {
  return (new URLSearchParams(search).get('username') ?? '').slice(0, 64);
}
