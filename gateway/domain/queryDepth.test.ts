import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { maxQueryDepthRule, selectionDepth } from './queryDepth.ts';

const schema = buildSchema(`
  type Query { node: Node }
  type Node { id: ID!, child: Node }
`);

/** `{ node { child { ... { id } } } }` with exactly `depth` levels. */
function nested(depth: number): string {
  let inner = 'id';
  for (let level = 1; level < depth; level++) inner = `${level === depth - 1 ? 'node' : 'child'} { ${inner} }`;
  return `{ ${inner} }`;
}

function codes(query: string): unknown[] {
  return validate(schema, parse(query), [maxQueryDepthRule(10)]).map((error) => error.extensions.code);
}

describe('query depth limit', () => {
  it('counts a leaf field as one level and each nested selection as one more', () => {
    const document = parse('{ node { child { id } } }');
    const operation = document.definitions[0];
    if (operation?.kind !== 'OperationDefinition') throw new Error('expected an operation');
    expect(selectionDepth(operation.selectionSet, new Map())).toBe(3);
  });

  it('accepts a query exactly at the limit and refuses one level more with QUERY_TOO_DEEP', () => {
    expect(codes(nested(10))).toEqual([]);
    expect(codes(nested(11))).toEqual(['QUERY_TOO_DEEP']);
  });

  it('sees depth hidden inside fragments and inline fragments', () => {
    const viaFragments = `
      query { node { ...A } }
      fragment A on Node { child { ... on Node { child { ...B } } } }
      fragment B on Node { child { child { child { child { child { child { child { id } } } } } } } }
    `;
    expect(codes(viaFragments)).toEqual(['QUERY_TOO_DEEP']);
  });

  it('does not loop on a fragment that spreads itself', () => {
    const cyclic = 'query { node { ...A } } fragment A on Node { child { ...A } }';
    const document = parse(cyclic);
    const fragment = document.definitions[1];
    const operation = document.definitions[0];
    if (fragment?.kind !== 'FragmentDefinition' || operation?.kind !== 'OperationDefinition') throw new Error();
    expect(selectionDepth(operation.selectionSet, new Map([['A', fragment]]))).toBe(2);
  });
});
