import type { Role, UserStatus } from '../generated/graphql.ts';

/**
 * What a Master can do to one user from the users list, which of those apply to whom, and the sentences
 * that go with each: the question asked before a destructive one, and what happened afterwards. The API
 * enforces the same limits (ROOT_MASTER_PROTECTED, NOT_INVITED); offering only what applies keeps people
 * from meeting those errors at all.
 */
export type UserAction =
  | 'RESEND_INVITATION'
  | 'REVOKE_INVITATION'
  | 'RESET_PASSWORD'
  | 'RESET_TWO_FACTOR'
  | 'MAKE_MASTER'
  | 'MAKE_USER'
  | 'DELETE';

/** A user as the list shows them; `status` is null only when the API does not say. */
export interface ListedUser {
  id: string;
  username: string;
  email: string;
  role: Role;
  status: UserStatus | null;
}

/** What is asked before an action runs. */
export interface Confirmation {
  heading: string;
  sentence: string;
  confirmLabel: string;
}

/** The actions that apply to a user, in the order the row shows them. */
export function userActionsFor(user: ListedUser): UserAction[] {
  const actions: UserAction[] = [];
  if (user.status === 'INVITED') {
    // Revoking deletes a user who never signed up, so it stands in for Delete here.
    actions.push('RESEND_INVITATION', 'REVOKE_INVITATION');
  } else {
    actions.push('RESET_PASSWORD');
    // Without an authenticator there is nothing to reset: they set one up at their next sign-in anyway.
    if (user.status !== 'TWO_FACTOR_NOT_SET_UP') actions.push('RESET_TWO_FACTOR');
  }
  // The Root Master opened the company account: never demoted, never deleted.
  if (user.role === 'USER') actions.push('MAKE_MASTER');
  if (user.role === 'MASTER') actions.push('MAKE_USER');
  if (user.role !== 'ROOT_MASTER' && user.status !== 'INVITED') actions.push('DELETE');
  return actions;
}

/** The button's visible text. */
export function userActionLabel(action: UserAction): string {
  switch (action) {
    case 'RESEND_INVITATION':
      return 'Resend invitation';
    case 'REVOKE_INVITATION':
      return 'Revoke invitation';
    case 'RESET_PASSWORD':
      return 'Reset password';
    case 'RESET_TWO_FACTOR':
      return 'Reset 2FA';
    case 'MAKE_MASTER':
      return 'Make Master';
    case 'MAKE_USER':
      return 'Make User';
    case 'DELETE':
      return 'Delete';
  }
}

/**
 * Actions after which identity ends every session of the user. Done to yourself, they sign you out, which
 * the question says, so nobody is surprised to land on the sign-in page.
 */
const endsTheirSessions: ReadonlySet<UserAction> = new Set(['RESET_PASSWORD', 'RESET_TWO_FACTOR', 'MAKE_USER', 'DELETE']);

/**
 * The question before the action, saying what will happen; null when the action runs at once.
 * `isViewer` is true when the user is the signed-in Master themselves.
 */
export function confirmationFor(action: UserAction, user: ListedUser, isViewer = false): Confirmation | null {
  const confirmation = confirmationForSomeone(action, user);
  if (confirmation && isViewer && endsTheirSessions.has(action)) {
    return { ...confirmation, sentence: `${confirmation.sentence} This is your own account: you are signed out at once.` };
  }
  return confirmation;
}

function confirmationForSomeone(action: UserAction, user: ListedUser): Confirmation | null {
  const { username } = user;
  const confirmLabel = userActionLabel(action);
  switch (action) {
    case 'RESEND_INVITATION':
      // Nothing is lost: the person gets a fresh link in place of the old one.
      return null;
    case 'REVOKE_INVITATION':
      return {
        heading: 'Revoke invitation',
        sentence: `Revoke the invitation of ${username}? Their sign-up link stops working at once and ${username} is removed from the list.`,
        confirmLabel,
      };
    case 'RESET_PASSWORD':
      return {
        heading: 'Reset password',
        sentence: `Reset the password of ${username}? Their current password stops working at once and they get an email to choose a new one.`,
        confirmLabel,
      };
    case 'RESET_TWO_FACTOR':
      return {
        heading: 'Reset two-factor authentication',
        sentence: `Reset the two-factor authentication of ${username}? Their authenticator app and recovery codes stop working at once, and they set up a new authenticator at their next sign-in.`,
        confirmLabel,
      };
    case 'MAKE_MASTER':
      return {
        heading: 'Change role',
        sentence: `Make ${username} a Master? They can then invite, reset and delete users and change your company's security settings.`,
        confirmLabel,
      };
    case 'MAKE_USER':
      return {
        heading: 'Change role',
        sentence: `Make ${username} a User? They can then no longer manage users or security settings.`,
        confirmLabel,
      };
    case 'DELETE':
      return {
        heading: 'Delete user',
        sentence: `Delete ${username}? They can no longer sign in, and everything Lanyard holds for them is removed. This cannot be undone.`,
        confirmLabel,
      };
  }
}

/** What the page says once the action succeeded. */
export function doneSentenceFor(action: UserAction, user: ListedUser): string {
  const { username, email } = user;
  switch (action) {
    case 'RESEND_INVITATION':
      return `We sent ${email} a new invitation, valid 72 hours. The earlier link no longer works.`;
    case 'REVOKE_INVITATION':
      return `The invitation of ${username} is revoked.`;
    case 'RESET_PASSWORD':
      return `The password of ${username} is reset. We sent ${email} a link to choose a new one.`;
    case 'RESET_TWO_FACTOR':
      return `Two-factor authentication of ${username} is reset. They set up a new authenticator at their next sign-in.`;
    case 'MAKE_MASTER':
      return `${username} is now a Master.`;
    case 'MAKE_USER':
      return `${username} is now a User.`;
    case 'DELETE':
      return `${username} is deleted.`;
  }
}
