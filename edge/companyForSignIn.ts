import type { EdgeConfig } from './env.ts';
import { runEdgeStep } from './gatewayClient.ts';

/**
 * The company a person named at sign-in or in "Forgot password", with its name as the company spells it
 * (the session and emails show that, not the person's typing). Null when no company has that name; the
 * caller goes on with its next step anyway, so the sequence of steps never tells whether it exists.
 */

const COMPANY_FOR_SIGN_IN = /* GraphQL */ `
  query CompanyForSignIn($name: String!) {
    companyForSignIn(name: $name) {
      id
      name
    }
  }
`;

export interface SignInCompany {
  id: string;
  name: string;
}

export async function findCompanyForSignIn(
  config: EdgeConfig,
  typedName: string,
  requestId: string,
): Promise<SignInCompany | null> {
  const data = await runEdgeStep<{ companyForSignIn: { id?: unknown; name?: unknown } | null }>(config, {
    operationName: 'CompanyForSignIn',
    query: COMPANY_FOR_SIGN_IN,
    variables: { name: typedName },
    requestId,
    verdicts: [],
  });
  const { id, name } = data?.companyForSignIn ?? {};
  return typeof id === 'string' && typeof name === 'string' ? { id, name } : null;
}
