/**
 * Page furniture in text copied out of a PDF: its own module, with no imports, because both the file reader
 * (`formats/extract.ts`, at ingest) and the parser (`parse.ts`, for any text) drop it the same way, and the parser's
 * sources are the key of the parsed-protocol cache (`parsedCache.ts`, PARSER_SOURCES).
 */

/**
 * In text copied out of a PDF, the running header or footer comes back once a page: a short
 * line (not a clause, bullet or heading mark) printed three times or more, page numbers aside,
 * is taken for one and removed.
 */
export function dropRepeatedLines(text: string): { text: string; furniture: string[] } {
  const lines = text.split(/\r?\n|\f/);
  // Only short lines can be furniture; the key ignores case, spacing and page numbers.
  const keys = lines.map((line) => (line.length <= 120 ? line.trim().toLowerCase().replace(/\d+/g, '#').replace(/[ \t\u00a0]{2,}|[\t\u00a0]/g, ' ') : ''));
  const counts = new Map<string, number>();
  for (const k of keys) if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  const repeated = new Set([...counts].filter(([k, n]) => n >= 3 && k.length <= 100 && /[a-z]/.test(k) && !/^(?:[-–•·▪◦*#]|\(?[a-z]{1,4}[.)]\s|#[.)\s])/.test(k)).map(([k]) => k));
  if (repeated.size === 0) return { text, furniture: [] };
  const furniture = new Set<string>();
  const kept = lines.filter((line, i) => {
    if (!repeated.has(keys[i])) return true;
    furniture.add(line.trim());
    return false;
  });
  return { text: kept.join('\n'), furniture: [...furniture] };
}
