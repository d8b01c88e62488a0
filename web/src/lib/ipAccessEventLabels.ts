import type { IpAccessOutcome, IpAccessStage } from '../generated/graphql.ts';

/** How the Recent refusals table names what the IP access list did, and where. */
export function ipAccessOutcomeLabel(outcome: IpAccessOutcome): string {
  switch (outcome) {
    case 'REFUSED':
      return 'Refused';
    case 'MONITORED':
      return 'Would be refused (monitor)';
  }
}

export function ipAccessStageLabel(stage: IpAccessStage): string {
  switch (stage) {
    case 'SIGN_IN':
      return 'Sign-in';
    case 'SESSION':
      return 'Session';
  }
}
