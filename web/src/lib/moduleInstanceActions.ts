import type { ListedModuleInstanceFragment, OidcClientType } from '../generated/graphql.ts';
import { moduleInstanceLabel } from './moduleInstanceLabel.ts';
import type { Confirmation } from './userActions.ts';

/**
 * What a Master can do to one module instance from the list, which of those apply to which instance,
 * and the sentences that go with each: the question asked before one that takes effect at once for
 * the module's users, and what happened afterwards.
 */
export type ModuleInstanceAction = 'EDIT' | 'TURN_UNIFIED_LOGIN_OFF' | 'TURN_UNIFIED_LOGIN_ON' | 'ROTATE_SECRET' | 'DELETE';

/** The actions that apply to an instance, in the order its row shows them. */
export function moduleInstanceActionsFor(instance: ListedModuleInstanceFragment): ModuleInstanceAction[] {
  const actions: ModuleInstanceAction[] = ['EDIT', instance.unifiedLoginEnabled ? 'TURN_UNIFIED_LOGIN_OFF' : 'TURN_UNIFIED_LOGIN_ON'];
  // A public client has no secret: it proves itself with PKCE alone.
  if (instance.oidcClient?.clientType === 'CONFIDENTIAL') actions.push('ROTATE_SECRET');
  actions.push('DELETE');
  return actions;
}

/** How a client signs in, in a word; an instance added before Lanyard had clients may have none. */
export function clientTypeLabel(clientType: OidcClientType | null): string {
  if (clientType === 'CONFIDENTIAL') return 'Confidential';
  if (clientType === 'PUBLIC') return 'Public';
  return 'No client';
}

/** The button's visible text. */
export function moduleInstanceActionLabel(action: ModuleInstanceAction): string {
  switch (action) {
    case 'EDIT':
      return 'Edit';
    case 'TURN_UNIFIED_LOGIN_OFF':
      return 'Turn Unified Login off';
    case 'TURN_UNIFIED_LOGIN_ON':
      return 'Turn Unified Login on';
    case 'ROTATE_SECRET':
      return 'Rotate secret';
    case 'DELETE':
      return 'Delete';
  }
}

/**
 * The question before an action, saying what will happen; null when it runs at once. Turning Unified
 * Login on is not asked: it refuses nobody, and turning it off undoes it.
 */
export function moduleInstanceConfirmationFor(action: ModuleInstanceAction, instance: ListedModuleInstanceFragment): Confirmation | null {
  const label = moduleInstanceLabel(instance);
  switch (action) {
    case 'TURN_UNIFIED_LOGIN_OFF':
      return {
        heading: 'Turn Unified Login off',
        sentence: `New sign-ins to ${label} through Lanyard are refused at once; users open its own login page.`,
        confirmLabel: 'Turn Unified Login off',
      };
    case 'ROTATE_SECRET':
      return {
        heading: 'Rotate client secret',
        sentence: `Make a new client secret for ${label}? The current secret stops working at once.`,
        confirmLabel: 'Rotate secret',
      };
    case 'DELETE':
      return {
        heading: 'Delete instance',
        sentence: `Delete ${label}? Its tile disappears from My Modules and its client id stops working. This cannot be undone.`,
        confirmLabel: 'Delete instance',
      };
    case 'EDIT':
    case 'TURN_UNIFIED_LOGIN_ON':
      return null;
  }
}

/** What the page says once a change to an instance succeeded. */
export type ModuleInstanceChangeDone = {
  kind: 'ADDED' | 'SAVED' | 'UNIFIED_LOGIN_OFF' | 'UNIFIED_LOGIN_ON' | 'SECRET_ROTATED' | 'DELETED';
  instance: { moduleName: string; instanceName: string };
};

export function moduleInstanceDoneSentence(done: ModuleInstanceChangeDone): string {
  const label = moduleInstanceLabel(done.instance);
  switch (done.kind) {
    case 'ADDED':
      return `${label} is added, with Unified Login on. Members of All modules reach it now; other groups once they hold it.`;
    case 'SAVED':
      return `${label} is saved.`;
    case 'UNIFIED_LOGIN_OFF':
      return `Unified Login is off for ${label}: its tile opens the module's own login page.`;
    case 'UNIFIED_LOGIN_ON':
      return `Unified Login is on for ${label}: its tile opens it signed in.`;
    case 'SECRET_ROTATED':
      return `${label} has a new client secret; the old one no longer works.`;
    case 'DELETED':
      return `${label} is deleted.`;
  }
}
