import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { DomainError } from '@lanyard/core/domainError';

/** Deep enough for every screen Lanyard has; deeper queries only serve to make the planner work. */
export const MAX_QUERY_DEPTH = 10;

/**
 * The depth of a selection set: a field with no sub-selection counts 1, fragments count as the fields
 * they hold. A fragment that spreads itself (invalid anyway) stops the walk instead of looping forever.
 */
export function selectionDepth(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  visiting: ReadonlySet<string> = new Set(),
): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    let depth = 0;
    if (selection.kind === Kind.FIELD) {
      depth = selection.selectionSet ? 1 + selectionDepth(selection.selectionSet, fragments, visiting) : 1;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = selectionDepth(selection.selectionSet, fragments, visiting);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (fragment && !visiting.has(name)) {
        depth = selectionDepth(fragment.selectionSet, fragments, new Set([...visiting, name]));
      }
    }
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

/** A validation rule, so an over-deep query is refused before the gateway plans or fetches anything. */
export function maxQueryDepthRule(maxDepth: number = MAX_QUERY_DEPTH) {
  return (context: ValidationContext): ASTVisitor => {
    const document = context.getDocument();
    const fragments = new Map(
      document.definitions
        .filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)
        .map((fragment) => [fragment.name.value, fragment] as const),
    );
    return {
      OperationDefinition(operation) {
        const depth = selectionDepth(operation.selectionSet, fragments);
        if (depth > maxDepth) {
          const message = `The query is nested ${depth} levels deep; the limit is ${maxDepth}.`;
          // The domain error rides along as originalError: Apollo relabels every validation error
          // GRAPHQL_VALIDATION_FAILED, and the public error format restores the precise code from it.
          context.reportError(
            new GraphQLError(message, {
              nodes: [operation],
              extensions: { code: 'QUERY_TOO_DEEP' },
              originalError: new DomainError('QUERY_TOO_DEEP', message),
            }),
          );
        }
      },
    };
  };
}
