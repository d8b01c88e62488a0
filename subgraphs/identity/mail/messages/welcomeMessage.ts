import { quantity, renderEmail, type RenderedEmail } from './emailLayout.ts';

export interface WelcomeMessageInput {
  companyName: string;
  displayName: string;
  username: string;
  /** The single-use sign-up link (the token is in it; only its hash is stored). */
  signUpUrl: string;
  /** How long the link works: 72 for the welcome email and every invitation. */
  expiresInHours: number;
}

/**
 * The welcome email: sent to a company's Root Master when the company is created and to every invited
 * user. It carries the single-use link to choose a password, and tells the person both things they
 * will type at every sign-in besides the password: their username and their company's name.
 */
export function welcomeMessage(input: WelcomeMessageInput): RenderedEmail {
  const validity = quantity(input.expiresInHours, 'hour');
  return renderEmail({
    subject: `Set up your Lanyard account for ${input.companyName}`,
    heading: `Welcome, ${input.displayName}`,
    blocks: [
      {
        paragraph: [
          { strong: input.companyName },
          ' uses Lanyard to sign in to its business applications, and has created an account for you.',
        ],
      },
      { paragraph: ['You will sign in with:'] },
      { list: [`Username: ${input.username}`, `Company name: ${input.companyName}`] },
      {
        paragraph: [
          'To start, choose your password. Then you will set up two-factor sign-in with an authenticator app on your phone.',
        ],
      },
      { button: { label: 'Set your password', url: input.signUpUrl } },
      {
        paragraph: [
          `This link works once and expires in ${validity}. If it has expired, ask an administrator at `,
          { strong: input.companyName },
          ' to send you a new invitation.',
        ],
      },
      {
        note: [
          `If you were not expecting this email, you can ignore it: the account stays unused until someone sets a password with this link, and the link stops working after ${validity}. Do not forward this email: the link lets whoever opens it choose the password.`,
        ],
      },
    ],
  });
}
