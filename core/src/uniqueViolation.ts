/** Whether a database error is libSQL's refusal of a row that breaks a unique index. */
export function isUniqueViolation(error: unknown): boolean {
  const text = `${String(error)} ${String((error as { cause?: unknown } | null)?.cause ?? '')}`;
  return text.includes('UNIQUE constraint failed');
}
