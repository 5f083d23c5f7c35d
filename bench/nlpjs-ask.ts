/* eslint-disable @typescript-eslint/no-require-imports -- a plain script, as a NLP.js user would write it */
import fs from 'node:fs';

/**
 * The reference for a whole `protocol-bot ask`: a script that loads a saved NLP.js model of the
 * same intents (`bench/process.ts` trains and saves it) and answers one question with the intent
 * and its answer, the intent's summary. `node dist/bench/nlpjs-ask.js <model.nlp> "<question>"`
 */
async function main(): Promise<void> {
  const [modelFile, question] = process.argv.slice(2);
  const { containerBootstrap } = require('@nlpjs/core') as { containerBootstrap: () => Promise<{ use(p: unknown): void; get(name: string): unknown }> };
  const { Nlp } = require('@nlpjs/nlp') as { Nlp: unknown };
  const { LangEn } = require('@nlpjs/lang-en-min') as { LangEn: unknown };
  const container = await containerBootstrap();
  container.use(Nlp);
  container.use(LangEn);
  const nlp = container.get('nlp') as { settings: Record<string, unknown>; import(data: string): void; process(locale: string, text: string): Promise<{ intent: string; score: number; answer?: string }> };
  nlp.settings.autoSave = false;
  nlp.import(fs.readFileSync(modelFile, 'utf8'));
  const result = await nlp.process('en', question);
  process.stdout.write(`${result.intent} (${result.score.toFixed(3)})\n${result.answer ?? ''}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
