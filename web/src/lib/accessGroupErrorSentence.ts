import type { CombinedError } from '@urql/core';
import { adminErrorSentence } from './adminErrorSentence.ts';
import { graphQLErrorCodes } from './graphQLErrorCodes.ts';
import { ROOT_MASTER_IN_ALL_MODULES_NOTE } from './accessGroupChoices.ts';

/**
 * The sentence for a failed change on the Groups page. Two codes read differently here than on the
 * Users page: NOT_FOUND is about a group that someone else deleted meanwhile, and ROOT_MASTER_PROTECTED
 * about taking the Root Master out of All modules, not about deleting or demoting them.
 */
export function accessGroupErrorSentence(error: CombinedError): string {
  const codes = graphQLErrorCodes(error);
  if (!error.networkError) {
    if (codes.includes('NOT_FOUND')) return 'This group no longer exists. The list now shows the groups that are left.';
    if (codes.includes('ROOT_MASTER_PROTECTED')) return `${ROOT_MASTER_IN_ALL_MODULES_NOTE}.`;
  }
  return adminErrorSentence(error);
}
