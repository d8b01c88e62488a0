import { quantity, renderEmail, type RenderedEmail } from './emailLayout.ts';

export interface PasswordResetMessageInput {
  companyName: string;
  username: string;
  /** The single-use reset link. */
  resetUrl: string;
  /** How long the link works: 30 for a password reset. */
  expiresInMinutes: number;
}

/**
 * The password reset email, sent when someone uses "Forgot password" or when an administrator resets a
 * user's password. The wording fits both: it says a reset was requested, not who asked.
 */
export function passwordResetMessage(input: PasswordResetMessageInput): RenderedEmail {
  const validity = quantity(input.expiresInMinutes, 'minute');
  return renderEmail({
    subject: `Reset your Lanyard password for ${input.companyName}`,
    heading: 'Reset your password',
    blocks: [
      {
        paragraph: [
          'We received a request to reset the password of the user ',
          { strong: input.username },
          ' at ',
          { strong: input.companyName },
          '.',
        ],
      },
      { button: { label: 'Choose a new password', url: input.resetUrl } },
      {
        paragraph: [
          `This link works once and expires in ${validity}. If it has expired, ask for a new one from the sign-in page: Can't log in? → Forgot password.`,
        ],
      },
      { paragraph: ['Setting a new password signs you out of Lanyard everywhere you are signed in.'] },
      {
        note: [
          'If you did not ask for this, ignore this email: your password stays as it is. If these emails keep coming, tell an administrator at ',
          { strong: input.companyName },
          '.',
        ],
      },
    ],
  });
}
