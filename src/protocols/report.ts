import { squashSpaces } from './spaces';
import { Clause } from './parse';

/**
 * Text inside clauses that looks like page furniture the extraction missed: a page number
 * ("Page 3", "3 of 7"), a run of capitals such as a running header glued into a paragraph, or
 * the same short line ending several clauses.
 */
export function leftoverFurniture(clauses: Clause[]): string[] {
  const found: string[] = [];
  const lineUses = new Map<string, Set<string>>();
  for (const clause of clauses) {
    const pageNumber = /\b(?:page\s+\d+(?:\s+of\s+\d+)?|\d+\s+of\s+\d+\b(?!\s+(?:the|this|these|those|its|their|his|her)\b))/i.exec(clause.text);
    if (pageNumber) found.push(`${clause.ref}: "${pageNumber[0]}" looks like a page number`);
    const capitals = /(?:\b[A-Z][A-Z'’&/-]+\b[\s–—-]+){3,}[A-Z][A-Z'’&/-]+\b/.exec(clause.text);
    if (capitals) found.push(`${clause.ref}: "${capitals[0]}" looks like a running header`);
    for (const line of clause.text.split('\n')) {
      const key = line.trim();
      if (key.length === 0 || key.length > 80) continue;
      const uses = lineUses.get(key) ?? new Set<string>();
      uses.add(clause.ref);
      lineUses.set(key, uses);
    }
  }
  for (const [line, refs] of lineUses) {
    if (refs.size >= 3 && !/^•/.test(line)) found.push(`"${line}" appears in ${refs.size} clauses (${[...refs].slice(0, 5).join(', ')}${refs.size > 5 ? ', …' : ''})`);
  }
  return found;
}

/** One line per clause for a dry run: ref, heading, first words. */
export function clauseLines(clauses: Clause[], words = 10): string[] {
  const refWidth = Math.min(8, Math.max(...clauses.map((c) => c.ref.length)));
  return clauses.map((c) => {
    const first = squashSpaces(c.text).split(' ');
    const start = first.slice(0, words).join(' ') + (first.length > words ? ' …' : '');
    return `  ${c.ref.padEnd(refWidth)}  [${c.heading || 'no heading'}]  ${start}`;
  });
}
