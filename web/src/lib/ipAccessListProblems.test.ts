import { validateIpAccessList } from '@lanyard/core/ipAccessList';
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, test } from 'vitest';
import { ipAccessListProblemsOf, sortIpAccessListProblems } from './ipAccessListProblems.ts';

describe('problems of an IP access list, where the editor shows them', () => {
  test("core's problems land under the entry they name", () => {
    const problems = validateIpAccessList({
      enabled: true,
      mode: 'ENFORCE',
      entries: [
        { range: '192.0.2.0/24', label: 'Head office' },
        { range: '192.0.2.1/24', label: 'Host bits set' },
        { range: 'not an address', label: 'x'.repeat(101) },
      ],
    });
    const sorted = sortIpAccessListProblems(problems);
    expect(sorted.list).toBeNull();
    expect([...sorted.entries.keys()]).toEqual([1, 2]);
    expect(sorted.entries.get(1)?.range).toMatch(/^Enter an IPv4 or IPv6 address/);
    expect(sorted.entries.get(2)?.label).toBe('A label is at most 100 characters, without line breaks.');
  });

  test('an enabled list without entries is a problem of the list', () => {
    const sorted = sortIpAccessListProblems(validateIpAccessList({ enabled: true, mode: 'MONITOR', entries: [] }));
    expect(sorted.list).toBe('An enabled list needs at least one address or range.');
  });

  test("the API's answer reads the same, its input prefix dropped", () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Some fields are not valid.', {
          extensions: {
            code: 'VALIDATION_FAILED',
            fields: [
              { path: ['input', 'entries', '0', 'range'], message: 'Bad range.' },
              { path: ['input', 'entries'], message: 'Too many.' },
              { path: ['input', 'somethingElse'], message: 'Ignored.' },
            ],
          },
        }),
      ],
    });
    const sorted = ipAccessListProblemsOf(error);
    expect(sorted.list).toBe('Too many.');
    expect(sorted.entries.get(0)).toEqual({ range: 'Bad range.' });
  });
});
