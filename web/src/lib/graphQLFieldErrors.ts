import type { CombinedError } from '@urql/core';

/**
 * The field errors of a VALIDATION_FAILED answer, keyed by field name inside the mutation's input: the
 * API names a field by its path from the arguments, e.g. ["input", "email"], and a form knows its fields
 * as "email". Only the first message per field is kept, since a form shows one sentence under a field.
 */
export function validationFieldErrors(error: CombinedError | undefined): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const { path, message } of validationProblems(error)) {
    const field = fieldNameOf(path);
    if (field && !(field in byField)) byField[field] = message;
  }
  return byField;
}

/** Every problem a VALIDATION_FAILED answer names, with its whole path, for forms with lists in them. */
export function validationProblems(error: CombinedError | undefined): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  for (const graphQLError of error?.graphQLErrors ?? []) {
    if (graphQLError.extensions['code'] !== 'VALIDATION_FAILED') continue;
    const fields = graphQLError.extensions['fields'];
    if (!Array.isArray(fields)) continue;
    for (const entry of fields as unknown[]) {
      if (typeof entry !== 'object' || entry === null) continue;
      const { path, message } = entry as { path?: unknown; message?: unknown };
      if (!Array.isArray(path) || path.length === 0 || typeof message !== 'string') continue;
      problems.push({ path: path.filter((segment) => typeof segment === 'string' || typeof segment === 'number'), message });
    }
  }
  return problems;
}

function fieldNameOf(path: (string | number)[]): string | null {
  const names = path.filter((segment): segment is string => typeof segment === 'string');
  // ["input", "email"] → "email"; a bare ["minLength"] stays as it is.
  const field = names[0] === 'input' ? names[1] : names[0];
  return field ?? null;
}
