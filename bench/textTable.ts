/** Plain-text tables for the bench's printed results. */

/** Columns padded to their widest cell; the listed ones left-aligned, the rest (numbers) right-aligned. */
export function alignColumns(table: string[][], leftAligned: number[]): string {
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => (row[column] ?? '').length)));
  return table
    .map((row) =>
      row
        .map((cell, column) =>
          leftAligned.includes(column) ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** A number with fixed decimals, or '–' when there is none (NaN). */
export function fixed(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '–';
}

export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
