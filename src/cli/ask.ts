import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { Command } from 'commander';
import { z } from 'zod';
import { CliContext } from './context';
import { UsageError } from './errors';
import { Assistant } from '../assistant/assistant';
import { formatReply } from '../channels/console/render';
import { PROJECT_ROOT } from '../config';
import { Classified, evalRowSchema, evaluate, EvalReport } from '../nlu/evaluate';
import { crossValidate, thresholdTable } from '../nlu/crossValidate';
import { loadIntents, trainingExamples } from '../nlu/intents';
import { IntentEngine, OUT_OF_SCOPE_THRESHOLD, roleFeature } from '../nlu/engine';
import { ROLES, Role } from '../queue/types';
import { parseProtocol } from '../protocols/parse';
import { councilMetadataSchema } from '../protocols/metadata';

const roleOption = z.enum(ROLES);
/** Lenient where it costs nothing: a null council or role means "not given". */
const classifyLineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  council: z.string().nullish(),
  role: roleOption.nullish(),
});

/** `ask`, `classify`, `eval`: the assistant without a chat platform. */
export function registerAskCommands(program: Command, context: CliContext): void {
  const assistant = (): Assistant => Assistant.create({ config: context.config, library: context.library });
  const parseRole = (role?: string): Role | undefined => {
    if (role === undefined) return undefined;
    const parsed = roleOption.safeParse(role);
    if (!parsed.success) throw new UsageError(`--role "${role}": use one of ${ROLES.join(', ')}`);
    return parsed.data;
  };

  program
    .command('ask <question>')
    .description("answer one question from a council's protocol")
    .option('--council <id>', 'council id (default: $COUNCIL)')
    .option('--role <role>', `who is asking: ${ROLES.join(', ')}`, 'councillor')
    .option('--json', 'print the Reply object as JSON')
    .action((question: string, options: { council?: string; role: string; json?: boolean }) => {
      if (question.trim() === '') throw new UsageError('the question is empty');
      const role = parseRole(options.role)!;
      const council = options.council ?? context.config.COUNCIL;
      context.library.get(council);
      const reply = assistant().answer(question, { id: 'cli', name: 'CLI', role }, { council, record: false });
      process.stdout.write(options.json ? `${JSON.stringify(reply, null, 2)}\n` : `${formatReply(reply)}\n`);
    });

  program
    .command('train')
    .description('train the intent model now and cache it, so the next start is quick (npm install does this)')
    .action(() => {
      const started = Date.now();
      const intents = loadIntents(context.config.INTENTS_DIR, { cacheDir: context.config.MODEL_CACHE_DIR });
      const engine = IntentEngine.train(intents, { cacheDir: context.config.MODEL_CACHE_DIR });
      const examples = trainingExamples(intents).length;
      process.stdout.write(`Intent model ready: ${engine.intents.size} intents, ${examples} examples, ${((Date.now() - started) / 1000).toFixed(1)} s; cached in ${context.config.MODEL_CACHE_DIR}\n`);
    });

  program
    .command('classify')
    .description('classify JSONL from stdin: {"id","text","council"?,"role"?} → {"id","intent","confidence","clauses"}')
    .option('--council <id>', 'council for lines without one (default: $COUNCIL)')
    .action(async (options: { council?: string }) => {
      const fallbackCouncil = options.council ?? context.config.COUNCIL;
      context.library.get(fallbackCouncil);
      const bot = assistant();
      let bad = 0;
      let lineNumber = 0;
      for await (const line of readline.createInterface({ input: process.stdin, crlfDelay: Infinity })) {
        lineNumber++;
        if (line.trim() === '') continue;
        try {
          const row = classifyLineSchema.parse(JSON.parse(line));
          // The id is echoed as given (a number stays a number), so the output joins back to the input.
          const classified = classifyOne(bot, String(row.id), row.text, row.council ?? fallbackCouncil, row.role ?? undefined);
          process.stdout.write(`${JSON.stringify({ ...classified, id: row.id })}\n`);
        } catch (error) {
          bad++;
          const reason = error instanceof z.ZodError ? error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') : (error as Error).message;
          process.stderr.write(`protocol-bot classify: line ${lineNumber} skipped: ${reason}\n`);
        }
      }
      if (bad > 0) throw new UsageError(`${bad} input line(s) could not be classified (see above)`);
    });

  program
    .command('eval [file]')
    .description('score intent accuracy, clause hit@3, out-of-scope recall and false fallback on a labelled JSONL file')
    .option('--misses', 'list every misclassified message')
    .option('--with-protocol <file>', 'first add this protocol text, in memory only, as the council named by its file name (to score an unseen protocol)')
    .option('--cv [folds]', "instead, cross-validate the project's own intent examples and tabulate out-of-scope thresholds")
    .action((file: string | undefined, options: { misses?: boolean; cv?: string | boolean; withProtocol?: string }) => {
      if (options.cv !== undefined) {
        const folds = options.cv === true ? 5 : Number(options.cv);
        if (!Number.isInteger(folds) || folds < 2 || folds > 20) throw new UsageError('--cv takes a number of folds from 2 to 20');
        process.stdout.write(formatCrossValidation(folds, context));
        return;
      }
      const evalFile = file ?? path.resolve(PROJECT_ROOT, '..', 'shared', 'eval', 'dev.jsonl');
      if (!fs.existsSync(evalFile)) throw new UsageError(`no such file: ${evalFile}`);
      const rows = fs
        .readFileSync(evalFile, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l, i) => {
          const parsed = evalRowSchema.safeParse(JSON.parse(l));
          if (!parsed.success) throw new UsageError(`${evalFile}:${i + 1}: ${parsed.error.issues[0].path.join('.')}: ${parsed.error.issues[0].message}`);
          return parsed.data;
        });
      if (options.withProtocol) addProtocolInMemory(context, options.withProtocol);
      const bot = assistant();
      const results = new Map<string, Classified>(rows.map((r) => [r.id, classifyOne(bot, r.id, r.text, r.council, r.role)]));
      process.stdout.write(formatReport(evalFile, evaluate(rows, results), Boolean(options.misses)));
    });
}

/** One message through the same path the chat uses, reduced to what evaluation needs. */
export function classifyOne(assistant: Assistant, id: string, text: string, council: string, role?: Role): Classified {
  const result = assistant.classify(text, role);
  const clauses = assistant.clausesFor(council, result, text).map(({ council: c, ref, score }) => ({ council: c, ref, score }));
  return { id, intent: result.intent, confidence: Math.round(result.confidence * 1000) / 1000, clauses };
}

function formatReport(file: string, report: EvalReport, showMisses: boolean): string {
  const pct = (x: number) => x.toFixed(3);
  const lines = [`Evaluation of ${file} (${report.rows} messages)`, '', 'Most frequent confusions (expected → predicted):'];
  for (const c of report.confusions.slice(0, 10)) lines.push(`  ${c.count} × ${c.expected} → ${c.predicted}`);
  if (report.confusions.length === 0) lines.push('  none');
  if (showMisses) {
    lines.push('', 'Misclassified:');
    for (const m of report.misses) lines.push(`  ${m.id} ${m.expected} → ${m.predicted}: ${m.text}`);
  }
  lines.push(
    '',
    `intent accuracy ${pct(report.intentAccuracy)}   clause hit@3 ${pct(report.clauseHitAt3)} (${report.clauseRows} rows)`,
    `out-of-scope recall ${pct(report.outOfScopeRecall)} (${report.outOfScopeRows} rows)   false fallback ${pct(report.falseFallback)} (${report.inScopeRows} rows)`,
  );
  return `${lines.join('\n')}\n`;
}

function addProtocolInMemory(context: CliContext, file: string): void {
  if (!fs.existsSync(file)) throw new UsageError(`no such file: ${file}`);
  const id = path.basename(file).replace(/\.[^.]+$/, '').toLowerCase();
  const { clauses, warnings } = parseProtocol(fs.readFileSync(file, 'utf8'), id);
  if (clauses.length === 0) throw new UsageError(`${file}: found no numbered clauses`);
  context.library.add({ council: councilMetadataSchema.parse({ id, name: id }), clauses, warnings });
  process.stderr.write(`added ${id} in memory: ${clauses.length} clauses\n`);
}

function formatCrossValidation(folds: number, context: CliContext): string {
  const items = trainingExamples(loadIntents(context.config.INTENTS_DIR)).map((e) => ({ text: e.text, label: e.intent, role: roleFeature(e.role) }));
  process.stderr.write(`cross-validating ${items.length} examples in ${folds} folds…\n`);
  const predictions = crossValidate(items, folds);
  const accuracy = predictions.filter((p) => p.predicted === p.label).length / predictions.length;
  const lines = [`${folds}-fold cross-validation over ${items.length} intent examples: accuracy ${accuracy.toFixed(3)} (no threshold)`, '', 'threshold  in-scope acc  oos recall  false fallback'];
  for (const row of thresholdTable(predictions, [0, 0.05, 0.08, 0.1, 0.12, 0.15, 0.2, 0.3, 0.4])) {
    const mark = row.threshold === OUT_OF_SCOPE_THRESHOLD ? '  <- in use' : '';
    lines.push(`${row.threshold.toFixed(2).padStart(9)}  ${row.inScopeAccuracy.toFixed(3).padStart(12)}  ${row.outOfScopeRecall.toFixed(3).padStart(10)}  ${row.falseFallback.toFixed(3).padStart(14)}${mark}`);
  }
  lines.push('', 'confidence  messages  accuracy   (a higher confidence should mean a likelier right answer)');
  for (const [low, high] of [[0, 0.25], [0.25, 0.5], [0.5, 0.75], [0.75, 1]]) {
    const inBin = predictions.filter((p) => p.confidence >= low && (p.confidence < high || high === 1));
    const right = inBin.filter((p) => p.predicted === p.label).length;
    lines.push(`${low.toFixed(2)}–${high.toFixed(2)}  ${String(inBin.length).padStart(8)}  ${(inBin.length ? right / inBin.length : 0).toFixed(3).padStart(8)}`);
  }
  return `${lines.join('\n')}\n`;
}
