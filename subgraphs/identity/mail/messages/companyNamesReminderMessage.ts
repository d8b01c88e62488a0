import { renderEmail, type RenderedEmail } from './emailLayout.ts';

export interface CompanyNamesReminderMessageInput {
  /** The address that asked, and the one this email goes to. */
  email: string;
  /** Every company where this address has a user; at least one. */
  companies: string[];
  /** The sign-in page, where the person types one of these company names. */
  signInUrl: string;
}

/**
 * The answer to "Forgot company name": one email listing every company where the address has a user.
 *
 * When the address has no user anywhere, the flow sends nothing at all (and answers the person exactly
 * as when it does send), so that nobody can learn through this form whether an address is known. An
 * empty list here is therefore a bug in the caller, and refused.
 */
export function companyNamesReminderMessage(input: CompanyNamesReminderMessageInput): RenderedEmail {
  if (input.companies.length === 0) {
    throw new Error('companyNamesReminderMessage needs at least one company: with none, the flow sends no email.');
  }
  const howMany = input.companies.length === 1 ? 'this company' : `these ${input.companies.length} companies`;
  return renderEmail({
    subject: 'Your company names on Lanyard',
    heading: 'Your company names',
    blocks: [
      {
        paragraph: [
          'Someone asked which companies on Lanyard have a user with the email address ',
          { strong: input.email },
          `. It is used at ${howMany}:`,
        ],
      },
      { list: input.companies },
      { paragraph: ['To sign in, enter your username and one of these company names, then your password.'] },
      { button: { label: 'Go to sign-in', url: input.signInUrl } },
      {
        note: [
          'If you did not ask for this, you can ignore this email: nothing has changed on any account, and this list was sent only to this address.',
        ],
      },
    ],
  });
}
