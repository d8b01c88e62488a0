import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useDemoStack } from './demoStack.ts';
import { DevelopmentOutbox, developmentOutboxPath } from '../subgraphs/identity/mail/developmentOutbox.ts';

/**
 * Admin Settings in real Chromium against the whole stack, the demo company seeded: a Master invites a
 * user, changes a role, tightens the password policy and reads it all back in the audit log; a plain
 * User never gets in.
 *
 * Each 30-second step of an authenticator code can be used once per user, so every test that signs in
 * signs in a different demo user: morgan (a Master) and casey (a User).
 */

const MASTER_ONLY_SENTENCE = 'Only Master users can manage users. Ask a Master of your company.';
const USERNAME_TAKEN_SENTENCE = 'Your company already has a user with this username. Choose another one.';

const { openFreshPage, demoUser, signIn, dataDir } = useDemoStack('admin');

describe('Admin Settings for a Master', () => {
  test('a Master invites a user, changes a role and the password policy, and sees it all in the audit log', async () => {
    const { page, edgeUrl } = await openFreshPage();
    await signIn(page, edgeUrl, demoUser('morgan'));

    // From My Modules to Admin Settings through the header.
    await page.getByRole('banner').getByRole('link', { name: 'Admin Settings' }).click();
    await page.waitForURL(`${edgeUrl}/admin/users`);
    await page.getByRole('heading', { name: 'Users', exact: true }).waitFor();
    const adminNav = page.getByRole('navigation', { name: 'Admin Settings' });
    // The test stack runs locally, so the edge serves the development mailbox and the console links to it.
    expect(await adminNav.getByRole('link', { name: 'Development mailbox' }).getAttribute('href')).toBe('/dev/mailbox');
    await page.getByText("Usernames can't be changed. To rename someone, invite a new user and delete the old one.").waitFor();

    const usersTable = page.getByRole('table', { name: 'Users of your company' });
    const row = (username: string) => usersTable.locator(`tr[data-username="${username}"]`);
    await row('casey').waitFor();
    expect(await row('casey').getByRole('cell').nth(2).innerText()).toBe('User');
    // The Root Master is never offered a role change or deletion.
    expect(await row('root').getByRole('button', { name: /^(Make|Delete)/ }).count()).toBe(0);

    // A username the company has already is named under the username field.
    await inviteUser(page, { username: 'casey', email: 'casey.two@acme-msp.example', displayName: 'Casey Two' });
    await page.getByText(USERNAME_TAKEN_SENTENCE).waitFor();
    expect(await page.getByLabel('Username').getAttribute('aria-invalid')).toBe('true');

    const email = 'taylor@acme-msp.example';
    await page.getByLabel('Username').fill('taylor');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Display name').fill('Taylor Newcomer');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(`We sent ${email} an invitation, valid 72 hours.`).waitFor();
    await row('taylor').getByText('Invited', { exact: true }).waitFor();
    expect(await page.getByLabel('Username').inputValue()).toBe('');
    // An invited user has no password or authenticator to reset yet.
    expect(await row('taylor').getByRole('button', { name: 'Resend invitation, taylor' }).isVisible()).toBe(true);
    expect(await row('taylor').getByRole('button', { name: /^Reset/ }).count()).toBe(0);

    const welcome = await waitForMail((message) => message.to === email);
    const link = /https?:\/\/\S+\/sign-up#token=[A-Za-z0-9_-]+/.exec(welcome.text)?.[0];
    if (!link) throw new Error(`the invitation should carry a sign-up link:\n${welcome.text}`);

    // Changing a role asks first, saying what will happen.
    await row('casey').getByRole('button', { name: 'Make Master, casey' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change role' });
    await dialog.getByText(/^Make casey a Master\?/).waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await row('casey').getByRole('cell').nth(2).innerText()).toBe('User');

    await row('casey').getByRole('button', { name: 'Make Master, casey' }).click();
    await dialog.getByRole('button', { name: 'Make Master' }).click();
    await page.getByText('casey is now a Master.').waitFor();
    await row('casey').getByRole('cell', { name: 'Master', exact: true }).waitFor();

    await row('casey').getByRole('button', { name: 'Make User, casey' }).click();
    await dialog.getByRole('button', { name: 'Make User' }).click();
    await page.getByText('casey is now a User.').waitFor();
    await row('casey').getByRole('cell', { name: 'User', exact: true }).waitFor();

    // Security: the minimum length, checked in the form against core's range before it is sent.
    await adminNav.getByRole('link', { name: 'Security' }).click();
    await page.waitForURL(`${edgeUrl}/admin/security`);
    const minLength = page.getByLabel('Minimum length');
    expect(await minLength.inputValue()).toBe('8');
    await page.getByText('Is not among the 10,000 most commonly used passwords').waitFor();
    await minLength.fill('65');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('The minimum length must be a whole number from 8 to 64.').waitFor();
    await minLength.fill('12');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText(/^Saved\. New passwords must have at least 12 characters/).waitFor();

    // The audit log names each action, newest first.
    await adminNav.getByRole('link', { name: 'Audit log' }).click();
    await page.waitForURL(`${edgeUrl}/admin/audit`);
    const auditRows = page.getByRole('table', { name: 'Audit log, newest first' }).locator('tbody tr');
    await auditRows.first().waitFor();
    const events = (await auditRows.all()).map(async (auditRow) =>
      (await auditRow.getByRole('cell').allInnerTexts()).slice(1).map((cell) => cell.trim()),
    );
    expect(await Promise.all(events)).toEqual([
      ['morgan', 'Changed the password policy', 'Company settings', expect.stringContaining('12')],
      ['morgan', 'Changed a role', 'casey', expect.stringMatching(/MASTER.*USER/)],
      ['morgan', 'Changed a role', 'casey', expect.stringMatching(/USER.*MASTER/)],
      ['morgan', 'Invited a user', 'taylor', expect.any(String)],
    ]);

    // The invitation link opens a checklist that asks for the company's new minimum length.
    const invitee = (await openFreshPage()).page;
    await invitee.goto(link);
    await invitee.getByRole('heading', { name: 'Welcome to Lanyard, Taylor Newcomer' }).waitFor();
    await invitee.getByText('At least 12 characters').waitFor();
  });
});

describe('Admin Settings for everyone else', () => {
  test('a User sees no way to Admin Settings, and an admin page tells them who can manage users', async () => {
    const { page, edgeUrl } = await openFreshPage();
    await signIn(page, edgeUrl, demoUser('casey'));

    const banner = page.getByRole('banner');
    await banner.getByRole('link', { name: 'My Modules' }).waitFor();
    expect(await banner.getByRole('link', { name: 'Admin Settings' }).count()).toBe(0);

    // Typed into the address bar: the edge serves the app there, and the app keeps the page shut.
    await page.goto(`${edgeUrl}/admin/users`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect((await alert.innerText()).trim()).toBe(MASTER_ONLY_SENTENCE);
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await page.getByLabel('Username').count()).toBe(0);
  });

  test('a signed-out visitor of an admin page is sent to sign in', async () => {
    const { page, edgeUrl } = await openFreshPage();
    await page.goto(`${edgeUrl}/sign-in`);
    await page.getByLabel('Username').waitFor();
    await page.goto(`${edgeUrl}/admin/audit`);
    await page.waitForURL(`${edgeUrl}/sign-in`);
    await page.getByLabel('Username').waitFor();
  });
});

async function inviteUser(page: Page, invitee: { username: string; email: string; displayName: string }): Promise<void> {
  await page.getByLabel('Username').fill(invitee.username);
  await page.getByLabel('Email address').fill(invitee.email);
  await page.getByLabel('Display name').fill(invitee.displayName);
  await page.getByRole('button', { name: 'Send invitation' }).click();
}

/** The newest outbox message that matches, waiting up to 10 s. */
async function waitForMail(matches: (message: { to: string; subject: string; text: string }) => boolean) {
  const outbox = new DevelopmentOutbox({ path: developmentOutboxPath(dataDir()), from: 'unused' });
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const found = (await outbox.listOutbox()).find(matches);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the expected email did not arrive in the development outbox within 10 s');
}
