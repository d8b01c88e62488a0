import type { Context } from 'hono';
import { DomainError } from '@lanyard/core/domainError';
import type { ErrorCode } from '@lanyard/core/errorCatalog';
import { fieldsForEdgeBody, type LinkPasswordInput } from '../domain/signUpInput.ts';
import type { EdgeBindings } from '../env.ts';
import { gatewayUnavailable, runEdgeStep } from '../gatewayClient.ts';

/**
 * The last step of a sign-up link and of a password reset link: identity's mutation `operationName`
 * (whose answer field is `field`) sets the new password with the link's token. It answers the user's
 * `username` and `companyName`; its VALIDATION_FAILED fields are renamed for the edge's body.
 */
export async function completeLinkWithPassword(
  c: Context<EdgeBindings>,
  step: { operationName: string; query: string; field: string; invalidLink: ErrorCode },
  input: LinkPasswordInput,
): Promise<Response> {
  let data: Record<string, { username?: unknown; companyName?: unknown } | null> | null | undefined;
  try {
    data = await runEdgeStep(c.var.config, {
      operationName: step.operationName,
      query: step.query,
      variables: { input: { token: input.token, password: input.password } },
      requestId: c.var.requestId,
      verdicts: [step.invalidLink, 'VALIDATION_FAILED'],
    });
  } catch (error) {
    if (error instanceof DomainError && error.code === 'VALIDATION_FAILED') {
      // The failed policy rules, named as fields of this body rather than of identity's GraphQL input.
      throw new DomainError('VALIDATION_FAILED', undefined, { fields: fieldsForEdgeBody(error.fields ?? []) });
    }
    throw error;
  }
  const { username, companyName } = data?.[step.field] ?? {};
  if (typeof username !== 'string' || typeof companyName !== 'string') {
    throw gatewayUnavailable(c.var.requestId, `${step.operationName} answered without the user`);
  }
  return c.json({ username, companyName });
}
