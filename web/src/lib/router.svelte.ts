/**
 * Client-side routing by location.pathname with the History API. The edge serves index.html for every
 * page path, so a reload or a shared link lands on the same page; no hash routing.
 */
export type PagePath =
  | '/'
  | '/sign-in'
  | '/sign-up'
  | '/forgot-password'
  | '/forgot-company'
  | '/reset-password'
  | '/home'
  | '/account/sessions'
  | AdminPagePath;

/** The pages of Admin Settings, for Master users only. */
export type AdminPagePath = '/admin/users' | '/admin/groups' | '/admin/modules' | '/admin/security' | '/admin/audit';

const adminPagePaths: readonly string[] = [
  '/admin/users',
  '/admin/groups',
  '/admin/modules',
  '/admin/security',
  '/admin/audit',
] satisfies AdminPagePath[];

export function isAdminPagePath(path: string): path is AdminPagePath {
  return adminPagePaths.includes(path);
}

const location = $state({ pathname: window.location.pathname });

window.addEventListener('popstate', () => {
  location.pathname = window.location.pathname;
});

/** The path of the page being shown; reading it inside a component or $derived tracks changes. */
export function currentPath(): string {
  return location.pathname;
}

/**
 * Shows another page. `replace` swaps the current history entry instead of adding one, for redirects
 * (e.g. `/` → `/home`) that the Back button should skip. `state` travels with the history entry (read it
 * with `window.history.state`), for what a page may pre-fill but that does not belong in the address.
 */
export function navigate(path: PagePath, options: { replace?: boolean; state?: unknown } = {}): void {
  const state = options.state ?? null;
  if (options.replace) {
    window.history.replaceState(state, '', path);
  } else if (window.location.pathname !== path || state !== null) {
    window.history.pushState(state, '', path);
  }
  location.pathname = path;
}
