import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

/**
 * Every page of the module, rendered on the server. `html` from hono escapes each interpolated value,
 * so a display name or an error text from anywhere can never become markup. No inline scripts (the
 * Content-Security-Policy in app.ts forbids them): the only script is Lanyard's App Launcher, on the
 * pages of someone signed in through Lanyard. Its entries (what Lanyard's /oauth2/launcher answered
 * this backend) go into the element's `entries` attribute, escaped like any value, so the browser
 * never asks Lanyard for them.
 */

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export interface PageFrame {
  moduleName: string;
  instanceName: string;
  lanyardIssuer: string;
  /** Who is signed in, for the header; undefined on pages seen signed out. */
  signedInAs?: string;
  /** The App Launcher's entries (JSON text of Lanyard's answer); without them there is no launcher. */
  launcherEntries?: string;
}

function layout(frame: PageFrame, title: string, body: Html): Html {
  return html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${title} · ${frame.moduleName} (${frame.instanceName})</title>
    <link rel="stylesheet" href="/styles.css">
    ${frame.launcherEntries ? html`<script src="${frame.lanyardIssuer}/launcher.js" defer></script>` : ''}
  </head>
  <body>
    <header>
      <span class="brand">${frame.moduleName}</span>
      <span class="instance">${frame.instanceName}</span>
      <span class="spacer"></span>
      ${frame.signedInAs
        ? html`<span class="who">${frame.signedInAs}</span>
      <form method="post" action="/logout"><button type="submit">Sign out</button></form>`
        : ''}
      ${frame.launcherEntries
        ? html`<!-- Lanyard's App Launcher: until its script loads (or if it cannot), this element stays empty. -->
      <lanyard-launcher entries="${frame.launcherEntries}"></lanyard-launcher>`
        : ''}
    </header>
    <main>
      ${body}
    </main>
  </body>
</html>`;
}

export function loginPage(frame: PageFrame, form: { username?: string; error?: string } = {}): Html {
  return layout(
    frame,
    'Log in',
    html`<h1>Log in to ${frame.moduleName}</h1>
      <a class="button primary" href="/login/lanyard">Log In with Lanyard</a>
      <p class="or">or with an account of this module</p>
      ${form.error ? html`<p class="error" role="alert">${form.error}</p>` : ''}
      <form method="post" action="/login" class="login">
        <label>Username <input name="username" autocomplete="username" required value="${form.username ?? ''}"></label>
        <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
        <button type="submit">Log in</button>
      </form>`,
  );
}

export function dashboardPage(
  frame: PageFrame,
  view: { displayName: string; username: string; method: 'password' | 'lanyard'; role: string; groups: string[] },
): Html {
  const how = view.method === 'lanyard' ? 'through Lanyard' : 'with a password of this module';
  return layout(
    frame,
    'Dashboard',
    html`<h1>Dashboard</h1>
      <p class="signed-in">Signed in as ${view.displayName} (${view.username}) ${how}</p>
      <p>Role in this module: ${view.role}</p>
      ${view.method === 'lanyard'
        ? html`<h2>Lanyard groups</h2>
      ${view.groups.length > 0
        ? html`<ul class="groups">${view.groups.map((group) => html`<li>${group}</li>`)}</ul>`
        : html`<p>None.</p>`}`
        : ''}`,
  );
}

/** A page that says what happened in a sentence, with where to go next. */
export function messagePage(frame: PageFrame, message: { title: string; sentence: string; link?: { href: string; text: string } }): Html {
  return layout(
    frame,
    message.title,
    html`<h1>${message.title}</h1>
      <p>${message.sentence}</p>
      ${message.link ? html`<p><a class="button" href="${message.link.href}">${message.link.text}</a></p>` : ''}`,
  );
}

/** Served as a file, not inline, so that the CSP can stay `style-src 'self'`. */
export const STYLES = `
body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #1d2433; background: #f6f7fb; }
header { display: flex; align-items: center; gap: 12px; padding: 10px 20px; background: #1d2433; color: #fff; }
header .brand { font-weight: 700; }
header .instance { opacity: .75; }
header .spacer { flex: 1; }
header form { margin: 0; }
main { max-width: 520px; margin: 40px auto; padding: 24px 28px; background: #fff; border-radius: 10px; box-shadow: 0 1px 4px #0002; }
.button, button { display: inline-block; padding: 8px 16px; border: 1px solid #3451b2; border-radius: 6px; background: #fff; color: #3451b2; font: inherit; text-decoration: none; cursor: pointer; }
.button.primary { background: #3451b2; color: #fff; }
.or { color: #667; margin: 24px 0 8px; }
form.login { display: grid; gap: 12px; }
form.login input { display: block; width: 100%; box-sizing: border-box; padding: 8px; font: inherit; }
.error { color: #b3261e; }
`;
