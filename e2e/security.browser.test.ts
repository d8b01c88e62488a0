import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useDemoStack } from './demoStack.ts';

/**
 * Edge security from the console, in real Chromium against the whole stack, the demo company seeded: a
 * Master tightens the lockout, meets the self-lockout guard of the IP access list and adds their own
 * address, sees an outsider refused and then only monitored, and unlocks a user locked out by wrong
 * passwords; a user reads their sessions and signs this device out from there.
 *
 * Each 30-second step of an authenticator code can be used once per user, so every test that signs in
 * signs in a different demo user: morgan (a Master) and casey (a User). Jordan only types passwords,
 * and root is only the name an outsider tries.
 */

/**
 * The edge reads the client's address from CF-Connecting-IP only; locally nothing sits in front of it, so
 * each browser context sends its own, to be the Master in the office, someone elsewhere, or a user at home.
 */
const MASTER_ADDRESS = '198.51.100.20';
const OUTSIDE_ADDRESS = '203.0.113.50';
const USER_ADDRESS = '192.0.2.44';

const BAD_CREDENTIALS_SENTENCE = 'The username, company name or password is incorrect.';
const ACCOUNT_LOCKED_SENTENCE = /^Too many wrong attempts\. Try again in \d+ minutes?\.$/;

const { openFreshPage: openFreshContextPage, demoUser, signIn, companyName } = useDemoStack('security');

describe('Admin Settings → Security and the users list', () => {
  test('a Master tightens the lockout, adds their own address to an IP access list, tries it in monitor mode, and unlocks a locked-out user', async () => {
    const { page, edgeUrl } = await openFreshPage(MASTER_ADDRESS);
    await signIn(page, edgeUrl, demoUser('morgan'));

    await page.getByRole('banner').getByRole('link', { name: 'Admin Settings' }).click();
    const adminNav = page.getByRole('navigation', { name: 'Admin Settings' });
    await adminNav.getByRole('link', { name: 'Security' }).click();
    await page.waitForURL(`${edgeUrl}/admin/security`);

    // Lockout and sessions: checked with core's ranges before anything is sent.
    const lockout = page.getByRole('region', { name: 'Lockout and sessions' });
    const threshold = lockout.getByLabel('Failed attempts before lockout');
    expect(await threshold.inputValue()).toBe('5');
    const lockoutDuration = lockout.getByRole('group', { name: 'Lockout duration' });
    expect(await lockoutDuration.getByLabel('hours').inputValue()).toBe('0');
    expect(await lockoutDuration.getByLabel('minutes').inputValue()).toBe('15');
    await lockoutDuration.getByLabel('hours').fill('24');
    await threshold.fill('2');
    await lockout.getByRole('button', { name: 'Save settings' }).click();
    await lockout.getByText('The number of failed attempts must be a whole number from 3 to 20.').waitFor();
    await lockout.getByText('The lockout duration must be from 1 minute to 23 hours 59 minutes.').waitFor();
    expect(await threshold.evaluate((field) => field === document.activeElement)).toBe(true);
    await threshold.fill('3');
    await lockoutDuration.getByLabel('hours').fill('0');
    await lockout.getByRole('button', { name: 'Save settings' }).click();
    await lockout.getByText(/^Saved\. An account locks for 15 minutes after 3 failed attempts/).waitFor();
    expect(await lockout.getByLabel('Failed attempts before lockout').inputValue()).toBe('3');

    // The IP access list: each range checked as it is typed, with core's rules.
    const ipList = page.getByRole('region', { name: 'IP Address Access List' });
    await ipList.getByRole('switch', { name: 'Use the IP Address Access List' }).check();
    await ipList.getByRole('button', { name: 'Add an address or range' }).click();
    const range = ipList.getByLabel('Address or range, entry 1', { exact: true });
    await range.fill('192.0.2.1/24');
    await ipList.getByLabel('Label, entry 1', { exact: true }).fill('Head office');
    await ipList.getByText(/^Enter an IPv4 or IPv6 address or a range/).waitFor();
    expect(await range.getAttribute('aria-invalid')).toBe('true');
    await range.fill('192.0.2.0/24');
    await ipList.getByText(/^Enter an IPv4 or IPv6 address or a range/).waitFor({ state: 'detached' });

    // Enforced, the list would refuse the Master's own address: the API asks first, and the Master adds
    // their address rather than lock themselves out.
    expect(await ipList.getByRole('radio', { name: 'Enforce' }).isChecked()).toBe(true);
    await ipList.getByRole('button', { name: 'Save list' }).click();
    const guard = page.getByRole('dialog', { name: 'Your own address is not on the list' });
    await guard
      .getByText(
        `This list does not include your own address (${MASTER_ADDRESS}). Saving it will sign you out and keep you out. Add ${MASTER_ADDRESS} to the list, or save anyway?`,
      )
      .waitFor();
    expect(await guard.getByRole('button', { name: 'Save anyway' }).isVisible()).toBe(true);
    await guard.getByRole('button', { name: 'Add my address' }).click();
    await guard.waitFor({ state: 'hidden' });
    expect(await ipList.getByLabel('Address or range, entry 2', { exact: true }).inputValue()).toBe(MASTER_ADDRESS);
    expect(await ipList.getByLabel('Label, entry 2', { exact: true }).inputValue()).toBe('My address');
    await ipList.getByText(`Added your address ${MASTER_ADDRESS} as "My address". Save the list to apply it.`).waitFor();
    await ipList.getByRole('button', { name: 'Save list' }).click();
    await ipList.getByText(/^Saved with 2 entries\. Sign-in and every request are now allowed only from the listed addresses\.$/).waitFor();

    // Someone elsewhere is refused at sign-in, and told which address to ask for.
    const outsider = await openFreshPage(OUTSIDE_ADDRESS);
    await outsider.page.goto(`${edgeUrl}/sign-in`);
    await enterIdentity(outsider.page, demoUser('root').username);
    await enterPassword(outsider.page, demoUser('root').password);
    await outsider.page
      .getByText(`Your company allows sign-in only from listed addresses; ask your administrator to add ${OUTSIDE_ADDRESS}.`)
      .waitFor();

    // Monitor mode refuses nobody: the outsider's requests are recorded as would-be refusals instead.
    await ipList.getByRole('radio', { name: 'Monitor' }).check();
    await ipList.getByRole('button', { name: 'Save list' }).click();
    await ipList.getByText(/^Saved with 2 entries, in monitor mode/).waitFor();
    expect(await ipList.getByRole('radio', { name: 'Monitor' }).isChecked()).toBe(true);

    const refusals = page.getByRole('region', { name: 'Recent refusals' });
    const refusalRows = refusals.getByRole('table', { name: 'Recent refusals, newest first' }).locator('tbody tr');
    await refusalRows.first().waitFor();
    const refused = (await refusalRows.first().getByRole('cell').allInnerTexts()).map((cell) => cell.trim());
    expect(refused.slice(1)).toEqual([OUTSIDE_ADDRESS, 'Refused', 'Sign-in', 'root']);

    // A user types wrong passwords until the new threshold locks the account; the sentence says how long.
    const intruder = await openFreshPage(OUTSIDE_ADDRESS);
    const jordan = demoUser('jordan');
    await intruder.page.goto(`${edgeUrl}/sign-in`);
    await enterIdentity(intruder.page, jordan.username);
    const alert = intruder.page.getByRole('alert');
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      expect(await submitPassword(intruder.page, `${jordan.password}-wrong-${attempt}`)).toBe(401);
      expect((await alert.innerText()).trim()).toBe(BAD_CREDENTIALS_SENTENCE);
    }
    // Locked now: even the right password is refused, with the time left.
    expect(await submitPassword(intruder.page, jordan.password)).toBe(423);
    expect((await alert.innerText()).trim()).toMatch(ACCOUNT_LOCKED_SENTENCE);

    // The Master sees the lock in the users list and ends it.
    await adminNav.getByRole('link', { name: 'Users' }).click();
    await page.waitForURL(`${edgeUrl}/admin/users`);
    const jordanRow = page.getByRole('table', { name: 'Users of your company' }).locator('tr[data-username="jordan"]');
    await jordanRow.getByText(/^Locked until \d{2}[:.]\d{2}$/).waitFor();
    expect(await page.locator('tr[data-username="casey"]').getByText(/^Locked until/).count()).toBe(0);
    await jordanRow.getByRole('button', { name: 'Unlock, jordan' }).click();
    await page.getByText('jordan is unlocked and can sign in again now.').waitFor();
    await jordanRow.getByText(/^Locked until/).waitFor({ state: 'detached' });
    expect(await jordanRow.getByRole('button', { name: 'Unlock, jordan' }).count()).toBe(0);

    // Unlocked, the right password goes through (jordan has no authenticator yet, so setting one up is next).
    await enterPassword(intruder.page, jordan.password);
    await intruder.page.getByRole('heading', { name: 'Your security matters' }).waitFor();

    // The outsider got through only because the list monitors; that is on record for the Master.
    await adminNav.getByRole('link', { name: 'Security' }).click();
    await refusals.getByRole('table', { name: 'Recent refusals, newest first' }).locator('tr[data-outcome="MONITORED"]').first().waitFor();

    // And every change of the settings is in the audit log, with who made it.
    await adminNav.getByRole('link', { name: 'Audit log' }).click();
    await page.waitForURL(`${edgeUrl}/admin/audit`);
    const listChange = page.locator('tr[data-action="IP_ACCESS_LIST_CHANGED"]').first();
    await listChange.waitFor();
    expect(await listChange.innerText()).toContain('monitor:');
    expect(await page.locator('tr[data-action="SECURITY_SETTINGS_CHANGED"]').first().innerText()).toContain('failed attempts before lockout 5 → 3');
  });
});

describe('My account → Sessions', () => {
  test('a user sees this device among their sessions and signs it out from there', async () => {
    const { page, edgeUrl } = await openFreshPage(USER_ADDRESS);
    await signIn(page, edgeUrl, demoUser('casey'));

    // Reached from the header, like every page of a signed-in user.
    await page.getByRole('banner').getByRole('link', { name: 'My account' }).click();
    await page.waitForURL(`${edgeUrl}/account/sessions`);
    await page.getByRole('heading', { name: 'Sessions' }).waitFor();
    const thisDevice = page.getByRole('table', { name: 'Your sessions, this device first' }).locator('tr[data-current="true"]');
    await thisDevice.getByText('This device').waitFor();
    // Headless Chromium on Linux, named as a person would say it.
    expect(await thisDevice.getByRole('rowheader').innerText()).toMatch(/^Chrome on Linux\s+This device$/);
    expect(await thisDevice.getByRole('cell', { name: USER_ADDRESS }).isVisible()).toBe(true);

    // Signing out this device asks first, then leaves for the sign-in page.
    await thisDevice.getByRole('button', { name: 'Sign out this device' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign out this device' });
    await dialog.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${edgeUrl}/sign-in`);
    await page.getByLabel('Username').waitFor();

    // The session is over: the page sends a signed-out visitor to sign in.
    await page.goto(`${edgeUrl}/account/sessions`);
    await page.waitForURL(`${edgeUrl}/sign-in`);
    await page.getByLabel('Username').waitFor();
  });
});

async function enterIdentity(page: Page, username: string): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Company name').fill(companyName());
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Password').waitFor();
}

async function enterPassword(page: Page, password: string): Promise<void> {
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

/** Submits the password step and answers the status of the edge's answer, once the page has shown it. */
async function submitPassword(page: Page, password: string): Promise<number> {
  await page.getByLabel('Password').fill(password);
  const [answer] = await Promise.all([
    page.waitForResponse((response) => new URL(response.url()).pathname === '/auth/sign-in'),
    page.getByRole('button', { name: 'Log in' }).click(),
  ]);
  await page.getByRole('button', { name: 'Log in' }).and(page.locator(':enabled')).waitFor();
  return answer.status();
}

/** A new context per person: its own cookie jar and its own client address. */
function openFreshPage(clientAddress: string): Promise<{ page: Page; edgeUrl: string }> {
  return openFreshContextPage({ extraHTTPHeaders: { 'CF-Connecting-IP': clientAddress } });
}
