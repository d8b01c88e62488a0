import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useDemoStack } from './demoStack.ts';

/**
 * Admin Settings → Modules and the My Modules tile it feeds, in real Chromium against the whole stack,
 * the demo company seeded (BMS · Acme EU and Documentation · Acme Docs). The Root Master adds a
 * confidential instance, meets a bad redirect URI named at its line, copies the client secret shown
 * once, edits the instance and turns its provisioning on, turns its Unified Login off (its tile then opens the module's own login
 * page), rotates the secret and deletes the instance.
 *
 * Each 30-second step of an authenticator code can be used once per user, so root signs in once here.
 */

const URL_RULE = 'Enter an https address (http only on localhost), without a #fragment.';
const COPY_IT_NOW = 'Copy it now: Lanyard keeps only a fingerprint of it and cannot show it again.';
const RMM = 'RMM · Acme RMM';
const SCIM_TOKEN = 'rmm-scim-token-of-the-browser-test';

const { openFreshPage, demoUser, signIn } = useDemoStack('modules');

describe('module instances for a Master', () => {
  test('the Root Master adds a confidential instance, sees its secret once, turns provisioning on, turns Unified Login off, rotates the secret and deletes it', async () => {
    const { page, edgeUrl } = await openFreshPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await signIn(page, edgeUrl, demoUser('root'));
    await openModules(page, edgeUrl);

    // What a module's OpenID Connect library is configured with.
    await page.getByText(edgeUrl, { exact: true }).waitFor();
    await page.getByText(`${edgeUrl}/.well-known/openid-configuration`, { exact: true }).waitFor();

    const instances = page.getByRole('table', { name: 'Module instances of your company' });
    const row = (label: string) => instances.locator(`tr[data-instance="${label}"]`);
    await row('BMS · Acme EU').waitFor();
    expect(await cellTexts(row('BMS · Acme EU'))).toEqual(['BMS · Acme EU', 'On', 'No client', 'None', 'https://bms.acme-msp.example/eu']);

    // A bad redirect URI is named by its line; nothing is added.
    const add = page.getByRole('region', { name: 'Add an instance' });
    await add.getByLabel('Module name').fill('RMM');
    await add.getByLabel('Instance name').fill('Acme RMM');
    await add.getByLabel('Base URL').fill('https://rmm.acme-msp.example');
    await add.getByLabel('Local login URL (optional)').fill('https://rmm.acme-msp.example/login');
    const redirectUris = add.getByLabel('Redirect URIs', { exact: true });
    await redirectUris.fill('https://rmm.acme-msp.example/callback\nhttp://rmm.acme-msp.example/callback');
    await add.getByRole('button', { name: 'Add instance' }).click();
    await add.getByText(`Line 2: ${URL_RULE}`).waitFor();
    expect(await redirectUris.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('newInstanceRedirectUris');

    await redirectUris.fill('https://rmm.acme-msp.example/callback\nhttp://localhost:3000/callback');
    await add.getByRole('button', { name: 'Add instance' }).click();
    await page.getByText(/^RMM · Acme RMM is added, with Unified Login on\./).waitFor();

    // The secret, once, beside the client id the list shows.
    const secretPanel = page.getByRole('region', { name: `Client secret of ${RMM}` });
    await secretPanel.getByText(COPY_IT_NOW).waitFor();
    const shown = await secretPanel.locator('code').allInnerTexts();
    expect(shown).toHaveLength(2);
    const [clientId, firstSecret] = shown as [string, string];
    expect(firstSecret.length).toBeGreaterThanOrEqual(32);
    await row(RMM).waitFor();
    expect(await cellTexts(row(RMM))).toEqual([RMM, 'On', 'Confidential', clientId, 'https://rmm.acme-msp.example']);
    await secretPanel.getByRole('button', { name: 'Copy, client secret' }).click();
    await secretPanel.getByText('Copied', { exact: true }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(firstSecret);
    await secretPanel.getByRole('button', { name: 'I have copied it' }).click();
    await secretPanel.waitFor({ state: 'detached' });
    expect(await page.locator('body').innerText()).not.toContain(firstSecret);

    // Edit: the same form, filled in; the client type stays as it was.
    await row(RMM).getByRole('button', { name: `Edit, ${RMM}` }).click();
    const edit = page.getByRole('region', { name: `Edit ${RMM}` });
    expect(await edit.getByLabel('Redirect URIs', { exact: true }).inputValue()).toBe('https://rmm.acme-msp.example/callback\nhttp://localhost:3000/callback');
    expect(await edit.getByLabel('Local login URL (optional)').inputValue()).toBe('https://rmm.acme-msp.example/login');
    await edit.getByText(/^Client type: Confidential\./).waitFor();
    // Provisioning beside it: turning it on needs a token, which is never shown again, only that one is saved.
    const provisioning = page.getByRole('region', { name: `Provisioning of ${RMM}` });
    await provisioning.getByRole('switch', { name: 'Create accounts in the module at first sign-in' }).check();
    await provisioning.getByLabel('SCIM base URL').fill('https://rmm.acme-msp.example/scim/v2');
    await provisioning.getByLabel('Default module role').fill('technician');
    await provisioning.getByLabel('Master → module role (optional)').fill('admin');
    await provisioning.getByRole('button', { name: 'Save provisioning' }).click();
    await provisioning.getByText("Enter the module's SCIM bearer token.").waitFor();
    await provisioning.getByLabel('SCIM bearer token').fill(SCIM_TOKEN);
    await provisioning.getByRole('button', { name: 'Save provisioning' }).click();
    await provisioning.getByText('Provisioning is on: a first sign-in creates the account in the module.').waitFor();
    await provisioning.getByText(/^A token is saved on .+\. Leave the box empty to keep the current token\.$/).waitFor();
    expect(await provisioning.getByLabel('SCIM bearer token').inputValue()).toBe('');
    expect(await page.locator('body').innerText()).not.toContain(SCIM_TOKEN);

    await edit.getByLabel('Landing page URL (optional)').fill('https://rmm.acme-msp.example/dashboard');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText(`${RMM} is saved.`).waitFor();
    await row(RMM).getByRole('cell', { name: 'https://rmm.acme-msp.example/dashboard' }).waitFor();

    // Turning Unified Login off asks first, saying what follows.
    await row(RMM).getByRole('button', { name: `Turn Unified Login off, ${RMM}` }).click();
    const turnOff = page.getByRole('dialog', { name: 'Turn Unified Login off' });
    await turnOff.getByText(`New sign-ins to ${RMM} through Lanyard are refused at once; users open its own login page.`).waitFor();
    await turnOff.getByRole('button', { name: 'Turn Unified Login off' }).click();
    await page.getByText(`Unified Login is off for ${RMM}: its tile opens the module's own login page.`).waitFor();
    await row(RMM).getByRole('button', { name: `Turn Unified Login on, ${RMM}` }).waitFor();
    expect((await cellTexts(row(RMM)))[1]).toBe('Off');

    // Rotating asks first too, and shows the new secret once.
    await row(RMM).getByRole('button', { name: `Rotate secret, ${RMM}` }).click();
    const rotate = page.getByRole('dialog', { name: 'Rotate client secret' });
    await rotate.getByText(/The current secret stops working at once\.$/).waitFor();
    await rotate.getByRole('button', { name: 'Rotate secret' }).click();
    await page.getByText(`${RMM} has a new client secret; the old one no longer works.`).waitFor();
    await secretPanel.getByText(COPY_IT_NOW).waitFor();
    const [sameClientId, secondSecret] = (await secretPanel.locator('code').allInnerTexts()) as [string, string];
    expect(sameClientId).toBe(clientId);
    expect(secondSecret).not.toBe(firstSecret);
    await secretPanel.getByRole('button', { name: 'I have copied it' }).click();

    // The Root Master is in All modules: the new module's tile opens its own login page now.
    await page.getByRole('banner').getByRole('link', { name: 'My Modules' }).click();
    const tile = page.getByRole('region', { name: 'My Modules' }).getByRole('link', { name: RMM, exact: true });
    await tile.waitFor();
    expect(await tile.getAttribute('href')).toBe('https://rmm.acme-msp.example/login');

    // Deleting asks first.
    await openModules(page, edgeUrl);
    await row(RMM).getByRole('button', { name: `Delete, ${RMM}` }).click();
    const confirmDelete = page.getByRole('dialog', { name: 'Delete instance' });
    await confirmDelete.getByText(/^Delete RMM · Acme RMM\?.*This cannot be undone\.$/).waitFor();
    await confirmDelete.getByRole('button', { name: 'Delete instance' }).click();
    await page.getByText(`${RMM} is deleted.`).waitFor();
    await row(RMM).waitFor({ state: 'detached' });
    await row('BMS · Acme EU').waitFor();
  });
});

async function openModules(page: Page, edgeUrl: string): Promise<void> {
  await page.getByRole('banner').getByRole('link', { name: 'Admin Settings' }).click();
  await page.waitForURL(`${edgeUrl}/admin/users`);
  await page.getByRole('navigation', { name: 'Admin Settings' }).getByRole('link', { name: 'Modules' }).click();
  await page.waitForURL(`${edgeUrl}/admin/modules`);
  await page.getByRole('heading', { name: 'Modules', exact: true }).waitFor();
}

/** A row's cells before its actions, as a person reads them, the client id without its Copy button. */
async function cellTexts(row: Locator): Promise<string[]> {
  await row.waitFor();
  const cells = await row.locator('th, td').evaluateAll((elements) =>
    elements.map((element) => (element.querySelector('code') ?? element).textContent ?? ''),
  );
  return cells.slice(0, -1).map((cell) => cell.replace(/\s+/g, ' ').trim());
}
