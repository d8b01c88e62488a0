import { describe, expect, it } from 'vitest';
import { companyNamesReminderMessage } from './messages/companyNamesReminderMessage.ts';
import type { RenderedEmail } from './messages/emailLayout.ts';
import { escapeHtml } from './messages/htmlEscape.ts';
import { passwordChangedMessage } from './messages/passwordChangedMessage.ts';
import { passwordResetMessage } from './messages/passwordResetMessage.ts';
import { welcomeMessage } from './messages/welcomeMessage.ts';

/** What a person reading the HTML part sees: the body's text, tags removed and entities decoded. */
function visibleText(html: string): string {
  const body = html.replace(/^[\s\S]*<body[^>]*>/, '').replace(/<\/body>[\s\S]*$/, '');
  return decodeEntities(body.replace(/<br>/g, '\n').replace(/<[^>]+>/g, ' '))
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n ?/g, '\n');
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The targets of the links a person can click in the HTML part. */
function linkTargets(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((match) => decodeEntities(match[1] ?? ''));
}

/** Every address written out in the text part, each on a line of its own. */
function textLinks(text: string): string[] {
  return text.split('\n').filter((line) => /^https?:\/\//.test(line));
}

function expectLinkInBothParts(email: RenderedEmail, url: string) {
  expect(textLinks(email.text)).toEqual([url]);
  // The button and the address shown as text, both going to the same place.
  expect(linkTargets(email.html)).toEqual([url, url]);
  expect(visibleText(email.html)).toContain(url);
}

// A token with characters that must be escaped in an attribute, as a signed link might carry.
const signUpUrl = 'https://lanyard.example/sign-up?token=Zm9v_YmFy-0123456789&company=acme';

const hostile = {
  displayName: '<script>alert("owned")</script>',
  companyName: `Acme & "Sons" <b>Ltd</b> O'Brien`,
  username: '<img src=x onerror=alert(1)>',
};

describe('escapeHtml', () => {
  it('turns markup into text, in element content and in quoted attributes alike', () => {
    expect(escapeHtml('<script>alert("x")</script>')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(escapeHtml(`Tom & Jerry's "Co"`)).toBe('Tom &amp; Jerry&#39;s &quot;Co&quot;');
  });

  it('leaves ordinary text, including non-Latin names, unchanged', () => {
    expect(escapeHtml('Zoë Ångström 山田')).toBe('Zoë Ångström 山田');
  });
});

describe('welcome email', () => {
  const email = welcomeMessage({
    companyName: 'Acme MSP',
    displayName: 'Casey Jones',
    username: 'casey',
    signUpUrl,
    expiresInHours: 72,
  });

  it('names the company in the subject and greets the person', () => {
    expect(email.subject).toBe('Set up your Lanyard account for Acme MSP');
    expect(email.text).toMatch(/^Welcome, Casey Jones\n/);
    expect(visibleText(email.html)).toContain('Welcome, Casey Jones');
  });

  it('tells the person the username and company name they will sign in with, in both parts', () => {
    for (const part of [email.text, visibleText(email.html)]) {
      expect(part).toContain('Username: casey');
      expect(part).toContain('Company name: Acme MSP');
    }
  });

  it('carries the sign-up link in both parts, the HTML showing the address as text too', () => {
    expectLinkInBothParts(email, signUpUrl);
  });

  it('says the link works once and for how long, and what to do if it was not expected', () => {
    for (const part of [email.text, visibleText(email.html)]) {
      expect(part).toContain('This link works once and expires in 72 hours.');
      expect(part).toContain('ask an administrator at Acme MSP to send you a new invitation');
      expect(part).toContain('If you were not expecting this email, you can ignore it');
    }
  });

  it('shows a hostile display name, username and company name as text, never as markup', () => {
    const attack = welcomeMessage({ ...hostile, signUpUrl, expiresInHours: 72 });
    expect(attack.html).not.toMatch(/<script|<img|<b>/i);
    expect(attack.html).toContain('Welcome, &lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt;');
    const seen = visibleText(attack.html);
    expect(seen).toContain(`Welcome, ${hostile.displayName}`);
    expect(seen).toContain(`Username: ${hostile.username}`);
    expect(seen).toContain(`Company name: ${hostile.companyName}`);
    // The title in <head> is escaped as well.
    expect(attack.html).toContain('<title>Set up your Lanyard account for Acme &amp; &quot;Sons&quot; &lt;b&gt;Ltd&lt;/b&gt; O&#39;Brien</title>');
    // The text part is plain text: names appear as typed.
    expect(attack.text).toContain(`Welcome, ${hostile.displayName}`);
  });

  it('is an HTML document a screen reader can place: language, title, layout tables marked presentational', () => {
    expect(email.html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(email.html).toContain('<title>Set up your Lanyard account for Acme MSP</title>');
    const tables = email.html.match(/<table[^>]*>/g) ?? [];
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) expect(table).toContain('role="presentation"');
    expect(email.html).not.toMatch(/<style|<link|<script/);
  });

  it('says "1 hour" for a one-hour link, and refuses a link that is not a web address', () => {
    expect(welcomeMessage({ ...hostile, signUpUrl, expiresInHours: 1 }).text).toContain('expires in 1 hour.');
    expect(() => welcomeMessage({ ...hostile, signUpUrl: 'javascript:alert(1)', expiresInHours: 72 })).toThrow(
      /absolute http\(s\) URL/,
    );
    expect(() => welcomeMessage({ ...hostile, signUpUrl: '/sign-up?token=x', expiresInHours: 72 })).toThrow(
      /absolute http\(s\) URL/,
    );
    expect(() => welcomeMessage({ ...hostile, signUpUrl, expiresInHours: 0 })).toThrow(/at least 1/);
  });
});

describe('password reset email', () => {
  const resetUrl = 'https://lanyard.example/reset-password?token=cmVzZXQ&x=1';
  const email = passwordResetMessage({ companyName: 'Acme MSP', username: 'casey', resetUrl, expiresInMinutes: 30 });

  it('names the company and the user whose password would be reset', () => {
    expect(email.subject).toBe('Reset your Lanyard password for Acme MSP');
    for (const part of [email.text, visibleText(email.html)]) {
      expect(part).toContain('reset the password of the user casey at Acme MSP');
    }
  });

  it('carries the reset link in both parts', () => {
    expectLinkInBothParts(email, resetUrl);
  });

  it('says the link works once for 30 minutes, that sessions end, and what to do if nobody asked', () => {
    for (const part of [email.text, visibleText(email.html)]) {
      expect(part).toContain('This link works once and expires in 30 minutes.');
      expect(part).toContain("Can't log in? → Forgot password");
      expect(part).toContain('signs you out of Lanyard everywhere');
      expect(part).toContain('If you did not ask for this, ignore this email: your password stays as it is.');
    }
  });

  it('escapes a hostile company name and username', () => {
    const attack = passwordResetMessage({ ...hostile, resetUrl, expiresInMinutes: 30 });
    expect(attack.html).not.toMatch(/<img|<b>/i);
    expect(visibleText(attack.html)).toContain(`user ${hostile.username} at ${hostile.companyName}`);
  });
});

describe('password changed email', () => {
  const email = passwordChangedMessage({
    companyName: 'Acme MSP',
    username: 'casey',
    changedAt: new Date('2026-03-03T14:05:09Z'),
  });

  it('says whose password changed and when, in UTC, in both parts', () => {
    expect(email.subject).toBe('Your Lanyard password for Acme MSP was changed');
    for (const part of [email.text, visibleText(email.html)]) {
      expect(part).toContain('The password of the user casey at Acme MSP was changed on Tuesday, 3 March 2026 at 14:05 UTC.');
      expect(part).toContain('If you did not, reset your password now');
    }
  });

  it('carries no link at all, and says why', () => {
    expect(textLinks(email.text)).toEqual([]);
    expect(email.text).not.toMatch(/https?:/);
    expect(linkTargets(email.html)).toEqual([]);
    expect(email.text).toContain('this email contains no links');
  });

  it('escapes a hostile company name and username', () => {
    const attack = passwordChangedMessage({ ...hostile, changedAt: new Date() });
    expect(attack.html).not.toMatch(/<img|<b>/i);
    expect(visibleText(attack.html)).toContain(`user ${hostile.username} at ${hostile.companyName}`);
  });
});

describe('company names reminder email', () => {
  const signInUrl = 'https://lanyard.example/sign-in';
  const email = companyNamesReminderMessage({
    email: 'casey@example.com',
    companies: ['Acme MSP', 'Beta Hosting'],
    signInUrl,
  });

  it('lists every company where the address has a user, in both parts', () => {
    expect(email.subject).toBe('Your company names on Lanyard');
    expect(email.text).toContain('casey@example.com. It is used at these 2 companies:\n\n  - Acme MSP\n  - Beta Hosting');
    expect(email.html).toContain('<li style="margin:4px 0;">Acme MSP</li><li style="margin:4px 0;">Beta Hosting</li>');
  });

  it('carries the sign-in link, and says what to do if nobody asked', () => {
    expectLinkInBothParts(email, signInUrl);
    for (const part of [email.text, visibleText(email.html)]) {
      expect(part).toContain('If you did not ask for this, you can ignore this email');
    }
  });

  it('speaks of one company as "this company"', () => {
    const one = companyNamesReminderMessage({ email: 'casey@example.com', companies: ['Acme MSP'], signInUrl });
    expect(one.text).toContain('It is used at this company:');
  });

  it('refuses an empty list: the flow sends no email when the address has no user', () => {
    expect(() => companyNamesReminderMessage({ email: 'casey@example.com', companies: [], signInUrl })).toThrow(
      /at least one company/,
    );
  });

  it('escapes hostile company names', () => {
    const attack = companyNamesReminderMessage({ email: 'casey@example.com', companies: [hostile.companyName], signInUrl });
    expect(attack.html).not.toContain('<b>');
    expect(visibleText(attack.html)).toContain(hostile.companyName);
  });
});
