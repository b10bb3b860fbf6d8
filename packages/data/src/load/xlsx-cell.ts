import type { CellValue } from 'exceljs';

/**
 * A worksheet cell as text: numbers as JavaScript writes them (round-trip exact), formulas by their
 * cached result, rich text joined, hyperlinks by their text, errors such as `#N/A` as written,
 * dates in ISO form.
 */
export function xlsxCellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value).trim();
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value)
    return value.richText
      .map((part) => part.text)
      .join('')
      .trim();
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) return xlsxCellText(value.result ?? null);
  if ('text' in value) return value.text.trim();
  return '';
}
