import { EvalSet, resolveInProject } from './sets';
import { Figure, SetResult } from './formats';

/** One table: a row per set, a column per figure any set reported ("–" where a set has none). */
export function summaryTable(results: { set: EvalSet; result: SetResult }[]): string {
  const columns: string[] = [];
  for (const { result } of results) for (const f of result.figures) if (!columns.includes(f.name)) columns.push(f.name);
  const header = ['set', 'rows', ...columns];
  const cell = (f: Figure | undefined) => (f === undefined || f.rows === 0 ? '–' : `${f.value.toFixed(3)} (${f.rows})`);
  const body = results.map(({ set, result }) => [set.name, String(result.report.rows), ...columns.map((c) => cell(result.figures.find((f) => f.name === c)))]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n') + '\n';
}

/** The misclassified rows of one set, for `--misses`. */
export function missesOf(set: EvalSet, result: SetResult): string {
  const lines = [`${set.name} (${resolveInProject(set.file)}): ${result.report.misses.length} misclassified`];
  if (set.heldOut) return `${lines[0]} (held out: rows not listed)\n`;
  for (const m of result.report.misses) lines.push(`  ${m.id} ${m.expected} → ${m.predicted}: ${m.text.replace(/\s+/g, ' ').slice(0, 160)}`);
  return `${lines.join('\n')}\n`;
}
