import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { demoModuleInstances } from '../scripts/demoData.ts';
import { useDemoStack } from './demoStack.ts';

/**
 * Admin Settings → Groups and My Modules in real Chromium against the whole stack, the demo company
 * seeded: All modules holds root and morgan, Support holds both demo instances (BMS · Acme EU and
 * Documentation · Acme Docs) and casey. A Master gives a new group one instance and casey, and takes
 * Support away by deactivating it; casey then sees that module's tile and no other. The Root Master
 * renames and deletes a group, and cannot be taken out of All modules.
 *
 * Each 30-second step of an authenticator code can be used once per user, so every sign-in here is a
 * different demo user: morgan and casey in the first test, root in the second.
 */

const NAME_TAKEN_SENTENCE = 'Your company already has a group with this name. Choose another one.';
const ROOT_MASTER_NOTE = 'The Root Master always belongs to All modules';

const { openFreshPage, demoUser, signIn } = useDemoStack('groups');

describe('access groups decide what My Modules shows', () => {
  test('a Master gives a new group one instance and casey, deactivates Support, and casey sees exactly that module', async () => {
    const { page, edgeUrl } = await openFreshPage();
    await signIn(page, edgeUrl, demoUser('morgan'));
    await openGroups(page, edgeUrl);
    await page.getByText('People reach a module instance only through an active group that holds it.').waitFor();

    // The seeded groups, the system groups first, each saying what it opens.
    const groups = page.getByRole('table', { name: 'Access groups of your company' });
    const row = (name: string) => groups.locator(`tr[data-group="${name}"]`);
    await row('Support').waitFor();
    expect(await groups.locator('tbody tr').evaluateAll((rows) => rows.map((tr) => tr.getAttribute('data-group')))).toEqual([
      'All modules',
      'No access',
      'Support',
    ]);
    expect(await cellTexts(row('All modules'))).toEqual(['All modules System', 'Active', '2', 'Every module instance, now and later']);
    expect(await cellTexts(row('No access'))).toEqual(['No access System', 'Active', '0', 'Nothing']);
    expect(await cellTexts(row('Support'))).toEqual(['Support', 'Active', '1', 'BMS · Acme EU, Documentation · Acme Docs']);
    // A system group only has its members changed.
    expect(await row('All modules').getByRole('button').allInnerTexts()).toEqual(['Edit members']);

    // A name the company has already, in another case, is named under the field.
    const nameField = page.getByLabel('Group name');
    await nameField.fill('support');
    await page.getByRole('button', { name: 'Create group' }).click();
    await page.getByText(NAME_TAKEN_SENTENCE).waitFor();
    expect(await nameField.getAttribute('aria-invalid')).toBe('true');

    await nameField.fill('Billing');
    await page.getByRole('button', { name: 'Create group' }).click();
    await page.getByText(/^Billing is created\./).waitFor();
    await row('Billing').waitFor();
    expect(await cellTexts(row('Billing'))).toEqual(['Billing', 'Active', '0', 'Nothing']);

    // Instances are named "Module · Instance"; the group opens what is checked.
    await row('Billing').getByRole('button', { name: 'Edit instances, Billing' }).click();
    const instancesDialog = page.getByRole('dialog', { name: 'Instances of Billing' });
    await instancesDialog.getByRole('checkbox', { name: 'BMS · Acme EU' }).check();
    expect(await instancesDialog.getByRole('checkbox', { name: 'Documentation · Acme Docs' }).isChecked()).toBe(false);
    await instancesDialog.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Billing now opens 1 module instance.').waitFor();
    await instancesDialog.waitFor({ state: 'hidden' });
    await row('Billing').getByRole('cell', { name: 'BMS · Acme EU', exact: true }).waitFor();

    // Members are listed by username with their display name.
    await row('Billing').getByRole('button', { name: 'Edit members, Billing' }).click();
    const membersDialog = page.getByRole('dialog', { name: 'Members of Billing' });
    await membersDialog.getByText('Casey User').waitFor();
    await membersDialog.getByRole('checkbox', { name: /^casey\b/ }).check();
    await membersDialog.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Billing now has 1 member.').waitFor();
    await row('Billing').getByRole('cell', { name: '1', exact: true }).waitFor();

    // Support still opens both instances to casey until it is deactivated.
    await row('Support').getByRole('button', { name: 'Deactivate, Support' }).click();
    await page.getByText(/^Support is inactive/).waitFor();
    await row('Support').getByText('Inactive', { exact: true }).waitFor();
    await row('Support').getByRole('button', { name: 'Activate, Support' }).waitFor();

    // Casey signs in elsewhere and meets one tile: BMS, opening Acme EU.
    const caseyPage = (await openFreshPage()).page;
    await signIn(caseyPage, edgeUrl, demoUser('casey'));
    const myModules = caseyPage.getByRole('region', { name: 'My Modules' });
    const tile = myModules.getByRole('link', { name: 'BMS · Acme EU', exact: true });
    await tile.waitFor();
    expect(await myModules.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual(['BMS']);
    const bmsEu = demoModuleInstances.find((instance) => instance.instanceName === 'Acme EU')!;
    expect(await tile.getAttribute('href')).toBe(`/launch/${bmsEu.id}`);
    expect(await myModules.getByRole('link').count()).toBe(1);
  });

  test('the Root Master renames and deletes a group, and stays in All modules', async () => {
    const { page, edgeUrl } = await openFreshPage();
    await signIn(page, edgeUrl, demoUser('root'));
    await openGroups(page, edgeUrl);
    const groups = page.getByRole('table', { name: 'Access groups of your company' });
    const row = (name: string) => groups.locator(`tr[data-group="${name}"]`);

    // In All modules the Root Master's box is checked and cannot be cleared; Cancel changes nothing.
    await row('All modules').getByRole('button', { name: 'Edit members, All modules' }).click();
    const allModulesDialog = page.getByRole('dialog', { name: 'Members of All modules' });
    const rootBox = allModulesDialog.getByRole('checkbox', { name: /^root\b/ });
    await rootBox.waitFor();
    expect(await rootBox.isChecked()).toBe(true);
    expect(await rootBox.isDisabled()).toBe(true);
    await allModulesDialog.getByText(ROOT_MASTER_NOTE).waitFor();
    expect(await allModulesDialog.getByRole('checkbox', { name: /^morgan\b/ }).isChecked()).toBe(true);
    await page.keyboard.press('Escape');
    await allModulesDialog.waitFor({ state: 'hidden' });
    // Focus goes back to the button that opened the dialog.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Edit members, All modules');

    await page.getByLabel('Group name').fill('Temporary');
    await page.getByRole('button', { name: 'Create group' }).click();
    await row('Temporary').waitFor();

    // Renaming to a name the company has is named at the field, in the dialog.
    await row('Temporary').getByRole('button', { name: 'Rename, Temporary' }).click();
    const renameDialog = page.getByRole('dialog', { name: 'Rename Temporary' });
    const newName = renameDialog.getByLabel('Group name');
    await newName.fill('SUPPORT');
    await renameDialog.getByRole('button', { name: 'Rename' }).click();
    await renameDialog.getByText(NAME_TAKEN_SENTENCE).waitFor();
    await newName.fill('Finance');
    await renameDialog.getByRole('button', { name: 'Rename' }).click();
    await page.getByText('Temporary is now called Finance.').waitFor();
    await row('Finance').waitFor();

    // Deleting asks first.
    await row('Finance').getByRole('button', { name: 'Delete, Finance' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete group' });
    await confirm.getByText('Delete Finance? It has no members. This cannot be undone.').waitFor();
    await confirm.getByRole('button', { name: 'Delete group' }).click();
    await page.getByText('Finance is deleted.').waitFor();
    await row('Finance').waitFor({ state: 'detached' });
  });
});

async function openGroups(page: Page, edgeUrl: string): Promise<void> {
  await page.getByRole('banner').getByRole('link', { name: 'Admin Settings' }).click();
  await page.waitForURL(`${edgeUrl}/admin/users`);
  await page.getByRole('navigation', { name: 'Admin Settings' }).getByRole('link', { name: 'Groups' }).click();
  await page.waitForURL(`${edgeUrl}/admin/groups`);
  await page.getByRole('heading', { name: 'Groups', exact: true }).waitFor();
}

/** A row's cells before its actions, as a person reads them. */
async function cellTexts(row: Locator): Promise<string[]> {
  const cells = await row.locator('th, td').allInnerTexts();
  return cells.slice(0, -1).map((cell) => cell.replace(/\s+/g, ' ').trim());
}
