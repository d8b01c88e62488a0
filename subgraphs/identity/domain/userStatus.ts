/** Where an account stands, as the admin users list shows it (the UserStatus enum of the schema). */
export type UserStatus = 'INVITED' | 'PASSWORD_RESET_PENDING' | 'TWO_FACTOR_NOT_SET_UP' | 'ACTIVE';

export interface AccountFacts {
  hasPassword: boolean;
  /** Whether the user ever chose a password (a Master's reset takes it away again). */
  everActivated: boolean;
  hasConfirmedAuthenticator: boolean;
}

/** The first thing the user still has to do decides: choose a password, then set up an authenticator. */
export function userStatus(facts: AccountFacts): UserStatus {
  if (!facts.hasPassword) return facts.everActivated ? 'PASSWORD_RESET_PENDING' : 'INVITED';
  return facts.hasConfirmedAuthenticator ? 'ACTIVE' : 'TWO_FACTOR_NOT_SET_UP';
}
