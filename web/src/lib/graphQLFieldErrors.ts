import type { CombinedError } from '@urql/core';

/**
 * The field errors of a VALIDATION_FAILED answer, keyed by field name inside the mutation's input: the
 * API names a field by its path from the arguments, e.g. ["input", "email"], and a form knows its fields
 * as "email". Only the first message per field is kept, since a form shows one sentence under a field.
 */
export function validationFieldErrors(error: CombinedError | undefined): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const graphQLError of error?.graphQLErrors ?? []) {
    if (graphQLError.extensions['code'] !== 'VALIDATION_FAILED') continue;
    const fields = graphQLError.extensions['fields'];
    if (!Array.isArray(fields)) continue;
    for (const entry of fields as unknown[]) {
      const field = fieldNameOf(entry);
      if (field && typeof (entry as { message?: unknown }).message === 'string' && !(field in byField)) {
        byField[field] = (entry as { message: string }).message;
      }
    }
  }
  return byField;
}

function fieldNameOf(entry: unknown): string | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const path = (entry as { path?: unknown }).path;
  if (!Array.isArray(path) || path.length === 0) return null;
  const names = path.filter((segment): segment is string => typeof segment === 'string');
  // ["input", "email"] → "email"; a bare ["minLength"] stays as it is.
  const field = names[0] === 'input' ? names[1] : names[0];
  return field ?? null;
}
