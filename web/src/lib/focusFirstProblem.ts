import { tick } from 'svelte';

/**
 * Puts the cursor in the first box, in the form's order, that has a problem, so the person lands where
 * to fix it. Waits for the page to show the problems first.
 */
export async function focusFirstProblem<Field extends string>(
  order: readonly Field[],
  problems: Partial<Record<Field, string>>,
  boxes: Partial<Record<Field, { focus(): void }>>,
): Promise<void> {
  await tick();
  const first = order.find((field) => problems[field]);
  if (first) boxes[first]?.focus();
}
