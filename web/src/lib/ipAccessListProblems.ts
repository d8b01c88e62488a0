import type { CombinedError } from '@urql/core';

/**
 * Problems of an IP access list, sorted to where the editor shows them: under an entry's range or
 * label, or above the entries for the list as a whole. Core's rules name them by path inside the list
 * (["entries", "2", "range"]); the API's VALIDATION_FAILED prefixes its input (["input", "entries", …]).
 * Both read the same here. First message per place.
 */
export interface EntryProblems {
  range?: string;
  label?: string;
}

export interface IpAccessListProblems {
  /** E.g. an enabled list without entries. */
  list: string | null;
  /** By the entry's index in the list that was checked. */
  entries: Map<number, EntryProblems>;
}

export function sortIpAccessListProblems(problems: readonly { path: readonly unknown[]; message: string }[]): IpAccessListProblems {
  const sorted: IpAccessListProblems = { list: null, entries: new Map() };
  for (const { path, message } of problems) {
    const names = path[0] === 'input' ? path.slice(1) : path;
    if (names[0] !== 'entries') continue;
    const index = Number(names[1]);
    const field = names[2];
    if (names.length === 1) {
      sorted.list ??= message;
    } else if (Number.isInteger(index) && index >= 0 && (field === 'range' || field === 'label')) {
      const entry = sorted.entries.get(index) ?? {};
      entry[field] ??= message;
      sorted.entries.set(index, entry);
    }
  }
  return sorted;
}

/** The field problems of a VALIDATION_FAILED answer to updateIpAccessList, sorted like core's. */
export function ipAccessListProblemsOf(error: CombinedError): IpAccessListProblems {
  const problems = error.graphQLErrors.flatMap((graphQLError) => {
    const fields = graphQLError.extensions['fields'];
    if (graphQLError.extensions['code'] !== 'VALIDATION_FAILED' || !Array.isArray(fields)) return [];
    return (fields as unknown[]).flatMap((entry) => {
      if (typeof entry !== 'object' || entry === null) return [];
      const { path, message } = entry as { path?: unknown; message?: unknown };
      return Array.isArray(path) && typeof message === 'string' ? [{ path, message }] : [];
    });
  });
  return sortIpAccessListProblems(problems);
}
