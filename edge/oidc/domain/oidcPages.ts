import { escapeHtml } from '../../domain/htmlEscape.ts';

/**
 * The pages a person sees when a module's sign-in cannot go on: no access to the module, Unified Login
 * turned off, a request that names no registered client or address. Plain server-rendered HTML (no
 * script, no inline style, so the edge's Content-Security-Policy holds), every value escaped.
 */
export interface OidcPage {
  title: string;
  sentence: string;
  link?: { href: string; text: string };
}

/** Links only to the web (or Lanyard's own paths): an address of another scheme is never made clickable. */
const LINKABLE = /^(https?:\/\/|\/(?!\/))/i;

export function renderOidcPage(page: OidcPage): string {
  const link = page.link && LINKABLE.test(page.link.href) ? `\n<p><a href="${escapeHtml(page.link.href)}">${escapeHtml(page.link.text)}</a></p>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)} · Lanyard</title>
</head>
<body>
<main>
<h1>${escapeHtml(page.title)}</h1>
<p>${escapeHtml(page.sentence)}</p>${link}
</main>
</body>
</html>
`;
}

/** "BMS (Acme EU)": how a person knows an instance. */
export function instanceLabel(client: { moduleName: string; instanceName: string }): string {
  return `${client.moduleName} (${client.instanceName})`;
}

export function noAccessPage(client: { moduleName: string; instanceName: string }): OidcPage {
  const label = instanceLabel(client);
  return {
    title: `No access to ${label}`,
    sentence: `You don't have access to ${label}. Ask your administrator to add you to a group that includes it.`,
    link: { href: '/home', text: 'Back to My Modules' },
  };
}

export function unifiedLoginOffPage(client: { moduleName: string; instanceName: string; landingPageUrl: string }): OidcPage {
  const label = instanceLabel(client);
  return {
    title: `Unified Login is off for ${label}`,
    sentence: `Your company has turned off signing in to ${label} through Lanyard. Sign in on its own page.`,
    link: { href: client.landingPageUrl, text: `Open ${label}` },
  };
}

/** Automatic provisioning could not make (or find) the person's account in the module: nothing was issued. */
export function provisioningFailedPage(client: { moduleName: string; instanceName: string }): OidcPage {
  const label = instanceLabel(client);
  return {
    title: `No account in ${label} yet`,
    sentence: `Lanyard could not create your account in ${label}. Try again later or ask your administrator.`,
    link: { href: '/home', text: 'Back to My Modules' },
  };
}
