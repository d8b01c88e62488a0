/**
 * One box of a checklist (the members or the instances of a group). A `fixedNote` keeps the box
 * checked and unchangeable, and says why beside it.
 */
export interface ChecklistChoice {
  id: string;
  label: string;
  /** Shown after the label, e.g. a user's display name beside their username. */
  detail?: string;
  fixedNote?: string;
}

/**
 * The ids to check at the start: what is held now, and every fixed choice (also one the held ids lack, so
 * saving puts it back rather than meet a refusal).
 */
export function initiallyChecked(choices: readonly ChecklistChoice[], heldIds: readonly string[]): Set<string> {
  const checked = new Set(heldIds);
  for (const choice of choices) if (choice.fixedNote) checked.add(choice.id);
  return checked;
}
