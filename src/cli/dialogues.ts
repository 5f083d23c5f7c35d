import type { DialogueReport } from '../conversation/evaluate';
import type { EvalReport } from '../nlu/evaluate';

/** The `eval` report for a file of conversations: first turns and follow-ups apart. */
export function formatDialogueReport(file: string, report: DialogueReport, showMisses: boolean): string {
  const pct = (x: number) => x.toFixed(3);
  const line = (name: string, r: EvalReport) =>
    `${name.padEnd(12)} ${String(r.rows).padStart(5)}  intent ${pct(r.intentAccuracy)}   clause hit@3 ${pct(r.clauseHitAt3)} (${r.clauseRows} rows)   out-of-scope recall ${pct(r.outOfScopeRecall)} (${r.outOfScopeRows})   false fallback ${pct(r.falseFallback)}`;
  const lines = [
    `Evaluation of ${file} (${report.conversations} conversations, ${report.all.rows} turns, each classified in its thread)`,
    '',
    'Most frequent confusions in follow-ups (expected → predicted):',
  ];
  for (const c of report.followUps.confusions.slice(0, 10)) lines.push(`  ${c.count} × ${c.expected} → ${c.predicted}`);
  if (report.followUps.confusions.length === 0) lines.push('  none');
  if (showMisses) {
    lines.push('', 'Misclassified:');
    for (const m of [...report.firstTurns.misses, ...report.followUps.misses]) lines.push(`  ${m.id} ${m.expected} → ${m.predicted}: ${m.text}`);
  }
  lines.push('', `${'turns'.padEnd(12)} ${'rows'.padStart(5)}`, line('first turns', report.firstTurns), line('follow-ups', report.followUps), line('all', report.all));
  return `${lines.join('\n')}\n`;
}
