import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useDemoStack, type DemoUser } from './demoStack.ts';
import { demoModuleInstances } from '../scripts/demoData.ts';
import { TOTP_PERIOD_SECONDS, totpCodeAt } from '../subgraphs/identity/domain/totp.ts';
import { DevelopmentOutbox, developmentOutboxPath } from '../subgraphs/identity/mail/developmentOutbox.ts';

/**
 * The sign-in flow in real Chromium against the whole stack: the built web app served by the edge in
 * workerd, the gateway and the three subgraphs on their own databases, the demo company seeded.
 *
 * Each 30-second step of an authenticator code can be used once per user, so every test that submits a
 * valid code signs in a different demo user: casey with a code, jordan by setting up an authenticator.
 * Tests that never get past a code (wrong password, wrong code) use the others.
 */

const BAD_CREDENTIALS_SENTENCE = 'The username, company name or password is incorrect.';
const BAD_SECOND_FACTOR_SENTENCE =
  'That code is not valid. Check your authenticator app, or use one of your recovery codes.';
/** How the console shows the setup key: base32 in groups of four. */
const MANUAL_ENTRY_KEY = /^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/;
/** How identity writes recovery codes. */
const RECOVERY_CODE = /^[0-9a-z]{5}-[0-9a-z]{5}$/;

const { openFreshPage, demoUser, companyName, dataDir } = useDemoStack('sign-in');

describe('signing in', () => {
  test('a user signs in with username, company name, password and an authenticator code, and sees their modules', async () => {
    const { page, edgeUrl } = await openFreshPage();
    const casey = demoUser('casey');

    await page.goto(`${edgeUrl}/`);
    await page.waitForURL(`${edgeUrl}/sign-in`);
    await enterIdentity(page, casey.username, companyName());
    await page.getByText(`Signing in as ${casey.username} at ${companyName()}`).waitFor();
    await enterPassword(page, casey.password);

    await page.getByRole('heading', { name: 'Two-factor authentication' }).waitFor();
    const codeField = page.getByLabel('Authentication code');
    expect(await codeField.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await codeField.getAttribute('inputmode')).toBe('numeric');
    expect(await codeField.evaluate((field) => field === document.activeElement)).toBe(true);
    await codeField.fill(await totpCodeAt(totpSecretOf(casey), new Date()));
    await page.getByRole('button', { name: 'Verify' }).click();

    await page.waitForURL(`${edgeUrl}/home`);
    await page.getByRole('heading', { name: 'My Modules' }).waitFor();
    for (const instance of demoModuleInstances) {
      await page.getByRole('link', { name: instance.instanceName }).waitFor();
    }
    const header = await page.getByRole('banner').innerText();
    expect(header).toContain(companyName());
    expect(await page.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
  });

  test('a wrong password shows the incorrect-credentials sentence and stays on the sign-in page', async () => {
    const { page, edgeUrl } = await openFreshPage();
    const morgan = demoUser('morgan');

    await page.goto(`${edgeUrl}/sign-in`);
    await enterIdentity(page, morgan.username, companyName());
    await enterPassword(page, `${morgan.password}-wrong`);

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect((await alert.innerText()).trim()).toBe(BAD_CREDENTIALS_SENTENCE);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(await page.getByLabel('Password').inputValue()).toBe('');
    expect(await page.getByLabel('Authentication code').count()).toBe(0);
  });

  test('a wrong authentication code shows the sentence, lets the person try again, and opens no session', async () => {
    const { page, edgeUrl } = await openFreshPage();
    const root = demoUser('root');

    await page.goto(`${edgeUrl}/sign-in`);
    await enterIdentity(page, root.username, companyName());
    await enterPassword(page, root.password);
    await page.getByLabel('Authentication code').fill(await codeNoStepNearNowHas(totpSecretOf(root)));
    await page.getByRole('button', { name: 'Verify' }).click();

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect((await alert.innerText()).trim()).toBe(BAD_SECOND_FACTOR_SENTENCE);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    // Still on the code step, with an empty field for the next attempt.
    expect(await page.getByLabel('Authentication code').inputValue()).toBe('');

    await page.goto(`${edgeUrl}/home`);
    await page.waitForURL(`${edgeUrl}/sign-in`);
    await page.getByLabel('Username').waitFor();
  });
});

describe('first sign-in of a user without an authenticator', () => {
  /** Jordan's recovery codes as the success step showed them, for the test that spends one. */
  let jordansRecoveryCodes: string[] = [];

  test('sets up an authenticator with the manual key, gets 10 recovery codes once, and lands on My Modules', async () => {
    const { page, edgeUrl } = await openFreshPage();
    const jordan = demoUser('jordan');
    expect(jordan.totpSecret).toBeUndefined();

    await page.goto(`${edgeUrl}/sign-in`);
    await enterIdentity(page, jordan.username, companyName());
    await enterPassword(page, jordan.password);

    await page.getByRole('heading', { name: 'Your security matters' }).waitFor();
    await page.getByRole('button', { name: 'Get started' }).click();

    await page.getByRole('heading', { name: 'Set up your authenticator app' }).waitFor();
    await page.getByRole('img', { name: /QR code/ }).locator('svg').waitFor();
    const cantScan = page.getByRole('button', { name: "Can't scan?" });
    expect(await cantScan.getAttribute('aria-expanded')).toBe('false');
    await cantScan.click();
    expect(await cantScan.getAttribute('aria-expanded')).toBe('true');
    await page.getByText('If you use Microsoft Authenticator, choose manual entry.').waitFor();
    const keyOnPage = page.getByText(MANUAL_ENTRY_KEY);
    await keyOnPage.waitFor();
    // What a person would type into their app, as their app would then compute it.
    const secret = (await keyOnPage.innerText()).replace(/\s+/g, '');
    await page.getByLabel('Authentication code').fill(await totpCodeAt(secret, new Date()));
    await page.getByRole('button', { name: 'Confirm' }).click();

    await page.getByRole('heading', { name: 'Success' }).waitFor();
    const codesRegion = page.getByRole('region', { name: 'Save your recovery codes' });
    await codesRegion.getByText('They will not be shown again').waitFor();
    const recoveryCodes = (await codesRegion.getByRole('listitem').allInnerTexts()).map((code) => code.trim());
    expect(recoveryCodes).toHaveLength(10);
    for (const code of recoveryCodes) expect(code).toMatch(RECOVERY_CODE);
    expect(new Set(recoveryCodes).size).toBe(10);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      codesRegion.getByRole('button', { name: 'Download' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('lanyard-recovery-codes.txt');
    const file = readFileSync(await download.path(), 'utf8');
    expect(file).toContain(`Company name: ${companyName()}`);
    expect(file).toContain(`Username: ${jordan.username}`);
    expect(file).toContain('Use a recovery code instead');
    for (const code of recoveryCodes) expect(file).toContain(code);

    await page.getByRole('button', { name: 'Done', exact: true }).click();
    await page.waitForURL(`${edgeUrl}/home`);
    await page.getByRole('heading', { name: 'My Modules' }).waitFor();
    await page.getByRole('banner').getByText(companyName()).waitFor();
    jordansRecoveryCodes = recoveryCodes;
  });

  test('later signs in with a recovery code instead of an app code and is told how many remain', async () => {
    const [recoveryCode] = jordansRecoveryCodes;
    if (!recoveryCode) throw new Error('the enrolment test should have collected recovery codes');
    const { page, edgeUrl } = await openFreshPage();
    const jordan = demoUser('jordan');

    await page.goto(`${edgeUrl}/sign-in`);
    await enterIdentity(page, jordan.username, companyName());
    await enterPassword(page, jordan.password);
    await page.getByRole('heading', { name: 'Two-factor authentication' }).waitFor();
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await page.getByLabel('Recovery code').fill(recoveryCode);
    await page.getByRole('button', { name: 'Verify' }).click();

    await page.getByRole('heading', { name: 'Recovery code used' }).waitFor();
    await page.getByText('You have 9 recovery codes left.').waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(`${edgeUrl}/home`);
    await page.getByRole('heading', { name: 'My Modules' }).waitFor();
  });
});

describe('a new company, from the operator\'s command to My Modules', () => {
  test('the Root Master follows the welcome email, sets a password, signs in, sets up an authenticator and lands on My Modules', async () => {
    const { page, edgeUrl } = await openFreshPage();
    const email = 'hank@globex.example';

    // The operator creates the company, exactly as the README tells them to.
    const created = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'scripts/lanyard.ts', 'company', 'create', '--name', 'Globex Corp', '--username', 'hank', '--email', email, '--display-name', 'Hank Scorpio'],
      {
        cwd: fileURLToPath(new URL('..', import.meta.url)),
        env: { ...process.env, NODE_ENV: 'development', LANYARD_DATA_DIR: dataDir(), PUBLIC_URL: edgeUrl },
      },
    );
    expect(created.stdout).toContain('Created company "Globex Corp" with Root Master "hank".');

    // The welcome email, read from the development outbox.
    const outbox = new DevelopmentOutbox({ path: developmentOutboxPath(dataDir()), from: 'unused' });
    const welcome = (await outbox.listOutbox()).find((message) => message.to === email);
    if (!welcome) throw new Error('the welcome email should be in the outbox');
    expect(welcome.text).toContain('Globex Corp');
    const link = /https?:\/\/\S+\/sign-up#token=[A-Za-z0-9_-]+/.exec(welcome.text)?.[0];
    if (!link) throw new Error(`the welcome email should carry a sign-up link:\n${welcome.text}`);

    await page.goto(link);
    await page.getByRole('heading', { name: 'Welcome to Lanyard, Hank Scorpio' }).waitFor();
    expect(page.url()).toBe(`${edgeUrl}/sign-up`);
    const password = 'Volcano-Lair-2026!';
    await page.getByLabel('New password', { exact: true }).fill(password);
    await page.getByLabel('Confirm new password').fill(password);
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByRole('heading', { name: 'Your password is set.' }).waitFor();
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.waitForURL(`${edgeUrl}/sign-in`);
    expect(await page.getByLabel('Username').inputValue()).toBe('hank');
    expect(await page.getByLabel('Company name').inputValue()).toBe('Globex Corp');
    await page.getByRole('button', { name: 'Next' }).click();
    await enterPassword(page, password);

    await page.getByRole('heading', { name: 'Your security matters' }).waitFor();
    await page.getByRole('button', { name: 'Get started' }).click();
    await page.getByRole('button', { name: "Can't scan?" }).click();
    const secret = (await page.getByText(MANUAL_ENTRY_KEY).innerText()).replace(/\s+/g, '');
    await page.getByLabel('Authentication code').fill(await totpCodeAt(secret, new Date()));
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('heading', { name: 'Success' }).waitFor();
    await page.getByRole('button', { name: 'Done', exact: true }).click();

    await page.waitForURL(`${edgeUrl}/home`);
    await page.getByRole('heading', { name: 'My Modules' }).waitFor();
    await page.getByRole('banner').getByText('Globex Corp').waitFor();

    // The link was single-use.
    const again = await (await page.context().browser()!.newContext()).newPage();
    await again.goto(link);
    await again.getByRole('heading', { name: 'Sign-up link no longer valid' }).waitFor();
  });
});

describe("can't log in", () => {
  test('a user who forgot the password gets a reset link by email, chooses a new password and signs in with it', async () => {
    const { page, edgeUrl } = await openFreshPage();
    const morgan = demoUser('morgan');

    await page.goto(`${edgeUrl}/sign-in`);
    await page.getByRole('link', { name: 'Forgot password' }).click();
    await page.waitForURL(`${edgeUrl}/forgot-password`);
    await page.getByLabel('Username').fill(morgan.username);
    await page.getByLabel('Company name').fill(companyName());
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();

    // The mail is sent after the answer, so wait for it to arrive in the outbox.
    const mail = await waitForMail((message) => message.to === 'morgan@acme-msp.example' && /reset/i.test(message.subject));
    const link = /https?:\/\/\S+\/reset-password#token=[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
    if (!link) throw new Error(`the reset email should carry a link:\n${mail.text}`);

    await page.goto(link);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    const newPassword = 'Fresh-Start-2026!';
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('Confirm new password').fill(newPassword);
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByRole('heading', { name: 'Your password is changed.' }).waitFor();
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.waitForURL(`${edgeUrl}/sign-in`);
    await page.getByRole('button', { name: 'Next' }).click();
    await enterPassword(page, newPassword);
    await page.getByLabel('Authentication code').fill(await totpCodeAt(totpSecretOf(morgan), new Date()));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.waitForURL(`${edgeUrl}/home`);
    await page.getByRole('heading', { name: 'My Modules' }).waitFor();
    await waitForMail((message) => message.to === 'morgan@acme-msp.example' && /changed/i.test(message.subject));
  });

  test('a user who forgot the company name gets an email listing it', async () => {
    const { page, edgeUrl } = await openFreshPage();
    await page.goto(`${edgeUrl}/sign-in`);
    await page.getByRole('link', { name: 'Forgot company name' }).click();
    await page.getByLabel('Email address').fill('CASEY@acme-msp.example');
    await page.getByRole('button', { name: 'Send my company names' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    const mail = await waitForMail((message) => message.to.toLowerCase() === 'casey@acme-msp.example');
    expect(mail.text).toContain(companyName());
  });
});

/** The newest outbox message that matches, waiting up to 10 s: mail is sent after the edge has answered. */
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

async function enterIdentity(page: Page, username: string, companyName: string): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Company name').fill(companyName);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Password').waitFor();
}

async function enterPassword(page: Page, password: string): Promise<void> {
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

/** Six digits that are not the code of any step the server could accept now (or a moment later). */
async function codeNoStepNearNowHas(secret: string): Promise<string> {
  const now = Date.now();
  const nearCodes = new Set(
    await Promise.all(
      [-2, -1, 0, 1, 2].map((steps) => totpCodeAt(secret, new Date(now + steps * TOTP_PERIOD_SECONDS * 1000))),
    ),
  );
  for (let candidate = 0; ; candidate += 1) {
    const code = String(candidate).padStart(6, '0');
    if (!nearCodes.has(code)) return code;
  }
}

function totpSecretOf(user: DemoUser): string {
  if (!user.totpSecret) throw new Error(`demo user ${user.username} should have an authenticator`);
  return user.totpSecret;
}
