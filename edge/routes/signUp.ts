import { Hono } from 'hono';
import { PASSWORD_POLICY_SELECTION, readPasswordPolicy } from '../domain/passwordPolicyAnswer.ts';
import { parseCompleteSignUpInput, parseSignUpInvitationInput } from '../domain/signUpInput.ts';
import type { EdgeBindings } from '../env.ts';
import { gatewayUnavailable, runEdgeStep } from '../gatewayClient.ts';
import { readJsonBody } from '../jsonBody.ts';
import { completeLinkWithPassword } from './completeLinkWithPassword.ts';

/**
 * The sign-up link of a welcome email or an invitation: first who it is for (so the page can greet the
 * person), then their first password. Identity decides whether the link is still valid and whether the
 * password meets the company's policy; the edge only checks shapes and asks as the `edge` principal.
 * Completing sign-up signs nobody in: the person signs in next with the password and a second factor.
 * The token travels in the POST body (the page takes it from the link's fragment), never in a URL.
 */

const SIGN_UP_INVITATION = /* GraphQL */ `
  query SignUpInvitation($token: String!) {
    signUpInvitation(token: $token) {
      username
      displayName
      companyName
      ${PASSWORD_POLICY_SELECTION}
    }
  }
`;

const COMPLETE_SIGN_UP = /* GraphQL */ `
  mutation CompleteSignUp($input: CompleteSignUpInput!) {
    completeSignUp(input: $input) {
      username
      companyName
    }
  }
`;

export const signUpRoutes = new Hono<EdgeBindings>()
  .post('/auth/sign-up/invitation', async (c) => {
    const { value } = await readJsonBody(c.req.raw);
    const { token } = parseSignUpInvitationInput(value);
    const data = await runEdgeStep<{
      signUpInvitation: { username?: unknown; displayName?: unknown; companyName?: unknown; passwordPolicy?: unknown } | null;
    }>(
      c.var.config,
      {
        operationName: 'SignUpInvitation',
        query: SIGN_UP_INVITATION,
        variables: { token },
        requestId: c.var.requestId,
        verdicts: ['SIGN_UP_LINK_INVALID'],
      },
    );
    const { username, displayName, companyName, passwordPolicy } = data?.signUpInvitation ?? {};
    const policy = readPasswordPolicy(passwordPolicy);
    if (typeof username !== 'string' || typeof displayName !== 'string' || typeof companyName !== 'string' || !policy) {
      throw gatewayUnavailable(c.var.requestId, 'SignUpInvitation answered without an invitation');
    }
    return c.json({ username, displayName, companyName, passwordPolicy: policy });
  })
  .post('/auth/sign-up', async (c) => {
    const { value } = await readJsonBody(c.req.raw);
    const input = parseCompleteSignUpInput(value);
    return completeLinkWithPassword(
      c,
      { operationName: 'CompleteSignUp', query: COMPLETE_SIGN_UP, field: 'completeSignUp', invalidLink: 'SIGN_UP_LINK_INVALID' },
      input,
    );
  });
