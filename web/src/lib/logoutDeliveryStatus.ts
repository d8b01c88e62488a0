import type { LogoutDelivery } from './logoutDeliveriesApi.ts';

/** What the Audit log says of one back-channel logout: a short status and the sentence behind it. */
export interface LogoutDeliveryStatus {
  label: string;
  sentence: string;
  /** Whether an admin should look at the module. */
  needsAttention: boolean;
}

const attemptsInWords = (attempts: number) => (attempts === 1 ? '1 attempt' : `${attempts} attempts`);

export function logoutDeliveryStatus(delivery: LogoutDelivery, timeOf: (iso: string) => string): LogoutDeliveryStatus {
  switch (delivery.outcome) {
    case 'DELIVERED':
      return {
        label: 'Confirmed',
        sentence: delivery.attempts === 1 ? 'The module confirmed the sign-out.' : `The module confirmed the sign-out after ${attemptsInWords(delivery.attempts)}.`,
        needsAttention: false,
      };
    case 'RETRYING':
      return {
        label: 'Not confirmed yet',
        sentence: `${delivery.problem ?? 'The module did not confirm.'} Lanyard tries again${delivery.nextAttemptAt ? ` at ${timeOf(delivery.nextAttemptAt)}` : ''} (${attemptsInWords(delivery.attempts)} so far).`,
        needsAttention: true,
      };
    case 'FAILED':
      return {
        label: 'Never confirmed',
        sentence: `${delivery.problem ?? 'The module did not confirm.'} Lanyard gave up after ${attemptsInWords(delivery.attempts)}: the person may still be signed in to this module.`,
        needsAttention: true,
      };
  }
}

/** The module's name as the list shows it. */
export function logoutDeliveryModule(delivery: LogoutDelivery): string {
  if (delivery.moduleName === null) return 'A deleted module';
  return delivery.instanceName ? `${delivery.moduleName} (${delivery.instanceName})` : delivery.moduleName;
}
