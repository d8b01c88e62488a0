/** The password policy as identity answers it, passed on to the link pages for their live checklist. */
export interface PasswordPolicyAnswer {
  minLength: number;
  maxLength: number;
}

/** The GraphQL selection every link lookup asks for. */
export const PASSWORD_POLICY_SELECTION = 'passwordPolicy { minLength maxLength }';

/** The policy in a gateway answer, or undefined when it is missing or not two whole numbers. */
export function readPasswordPolicy(value: unknown): PasswordPolicyAnswer | undefined {
  const { minLength, maxLength } = (value ?? {}) as Record<string, unknown>;
  if (!Number.isInteger(minLength) || !Number.isInteger(maxLength)) return undefined;
  return { minLength: minLength as number, maxLength: maxLength as number };
}
