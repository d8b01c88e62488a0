import type { CombinedError } from '@urql/core';
import { sentenceForErrorCode } from './errorSentences.ts';
import { validationFieldErrors } from './graphQLFieldErrors.ts';
import { graphQLErrorCodes } from './graphQLErrorCodes.ts';

/**
 * The sentence under a group's name field (creating or renaming a group). The form checks only that a
 * name is there; what makes a name valid, and whether the company has it already, is the server's to
 * say (VALIDATION_FAILED at `name`, ACCESS_GROUP_NAME_TAKEN).
 */
export function missingAccessGroupName(name: string): string | null {
  return name.trim() === '' ? 'Enter a name for the group.' : null;
}

/** The refusal that belongs under the name field, or null when the error is about something else. */
export function accessGroupNameFieldError(error: CombinedError): string | null {
  if (graphQLErrorCodes(error).includes('ACCESS_GROUP_NAME_TAKEN')) return sentenceForErrorCode('ACCESS_GROUP_NAME_TAKEN');
  return validationFieldErrors(error)['name'] ?? null;
}
