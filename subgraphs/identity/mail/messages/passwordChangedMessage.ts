import { renderEmail, type RenderedEmail } from './emailLayout.ts';

export interface PasswordChangedMessageInput {
  companyName: string;
  username: string;
  changedAt: Date;
}

// A fixed time zone, so the email says the same thing whichever machine sends it.
const changeTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', dateStyle: 'full', timeStyle: 'short' });

/**
 * The confirmation sent after a password was changed or reset. It deliberately carries no link: "your
 * password was changed, click here if it wasn't you" is a favourite phishing template, so the genuine
 * notice teaches people to open Lanyard the way they always do instead.
 */
export function passwordChangedMessage(input: PasswordChangedMessageInput): RenderedEmail {
  return renderEmail({
    subject: `Your Lanyard password for ${input.companyName} was changed`,
    heading: 'Your password was changed',
    blocks: [
      {
        paragraph: [
          'The password of the user ',
          { strong: input.username },
          ' at ',
          { strong: input.companyName },
          ` was changed on ${changeTime.format(input.changedAt)} UTC.`,
        ],
      },
      { paragraph: ['If you made this change, there is nothing else to do.'] },
      {
        paragraph: [
          "If you did not, reset your password now from the sign-in page (Can't log in? → Forgot password) and tell an administrator at ",
          { strong: input.companyName },
          ' right away: they can also reset your two-factor sign-in.',
        ],
      },
      { note: ['For your safety this email contains no links: open Lanyard the way you usually do.'] },
    ],
  });
}
