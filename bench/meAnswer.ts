import { FULL_ME_QUERY } from './scenarios.ts';

/**
 * Whether an answer is a real `me`: a benchmark of error answers is worthless, so every warm-up response
 * must be 200 with `data.me` filled in and no `errors`. Returns what is wrong, or undefined.
 */
export function problemWithMeAnswer(query: string, status: number, body: string): string | undefined {
  if (status !== 200) return `status ${status}: ${excerpt(body)}`;
  let answer: unknown;
  try {
    answer = JSON.parse(body);
  } catch {
    return `a body that is not JSON: ${excerpt(body)}`;
  }
  if (!isRecord(answer)) return `a JSON body that is not an object: ${excerpt(body)}`;
  if ('errors' in answer) return `GraphQL errors: ${excerpt(JSON.stringify(answer.errors))}`;
  const me = isRecord(answer.data) ? answer.data.me : undefined;
  if (!isRecord(me)) return `no data.me: ${excerpt(body)}`;
  if (query === FULL_ME_QUERY) {
    // The other subgraphs' fields are nullable: a silent null would hide a fan-out that did not happen.
    if (!isRecord(me.company) || typeof me.company.name !== 'string') return `no me.company.name: ${excerpt(body)}`;
    if (typeof me.role !== 'string') return `no me.role: ${excerpt(body)}`;
    if (!Array.isArray(me.modules)) return `no me.modules: ${excerpt(body)}`;
  } else if (typeof me.username !== 'string') {
    return `no me.username: ${excerpt(body)}`;
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function excerpt(text: string): string {
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
