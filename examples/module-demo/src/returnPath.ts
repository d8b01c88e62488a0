/**
 * Where a Lanyard sign-in ends, from the `target_link_uri` Lanyard passed along: only a path of this
 * module, so that a crafted link cannot turn the login into a redirect to another site. Anything else,
 * and the login pages themselves, mean the dashboard.
 */
export function returnPathOf(targetLinkUri: string | undefined, publicUrl: string): string {
  if (!targetLinkUri) return '/dashboard';
  let target: URL;
  try {
    target = new URL(targetLinkUri, publicUrl);
  } catch {
    return '/dashboard';
  }
  const path = `${target.pathname}${target.search}`;
  // `//host` would be read by the browser as another site.
  if (target.origin !== publicUrl || path.startsWith('//')) return '/dashboard';
  if (path === '/' || /^\/(login|callback)(\/|\?|$)/.test(path)) return '/dashboard';
  return path;
}
