import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { ROLES } from '../domain/types';

export const OUT_OF_SCOPE = 'out_of_scope';

const exampleSchema = z.union([
  z.string().min(2),
  z.object({ text: z.string().min(2), role: z.enum(ROLES) }).strict(),
]);

/** `intents/<id>.yaml`. See README "Adding an intent". */
export const intentFileSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z_]*$/, 'lower-case letters and underscores'),
    kind: z.enum(['topic', 'conversation']),
    description: z.string().min(10),
    /** Topic intents: the neutral line shown above the quoted clauses. Conversation: the bot's reply. */
    summary: z.string().min(5),
    /** What the answer offers to file for the Clerk, if anything. */
    handoff: z.enum(['none', 'document_request', 'complaint', 'question']).default('none'),
    /** For a complaint hand-off: who the complaint is about, to pre-fill the form. */
    complaint_about: z.enum(['officer', 'councillor', 'clerk']).optional(),
    /** Key clauses per shipped council, most central first. */
    clauses: z.record(z.string(), z.array(z.string().min(1)).min(1)).default({}),
    /** Words that describe the topic, used to find clauses in protocols with no clause map. */
    keywords: z.array(z.string().min(2)).default([]),
    examples: z.array(exampleSchema).min(20, 'needs at least 20 training examples'),
  })
  .strict();

export type IntentFile = z.infer<typeof intentFileSchema>;
export interface TrainingExample {
  text: string;
  intent: string;
  role?: (typeof ROLES)[number];
}

export class IntentFileError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'IntentFileError';
  }
}

export function parseIntentFile(file: string, source: string): IntentFile {
  let raw: unknown;
  try {
    raw = YAML.parse(source);
  } catch (error) {
    throw new IntentFileError(file, `not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  const parsed = intentFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new IntentFileError(file, `field "${issue.path.join('.') || '(root)'}": ${issue.message}`);
  }
  const expectedId = path.basename(file).replace(/\.ya?ml$/, '');
  if (parsed.data.id !== expectedId) {
    throw new IntentFileError(file, `field "id": "${parsed.data.id}" does not match the file name "${expectedId}"`);
  }
  return parsed.data;
}

/** Loads and validates every `*.yaml` in the folder; a broken file throws naming file and field. */
export function loadIntents(directory: string): IntentFile[] {
  if (!fs.existsSync(directory)) throw new IntentFileError(directory, 'intents folder not found');
  const files = fs.readdirSync(directory).filter((f) => /\.ya?ml$/.test(f)).sort();
  if (files.length === 0) throw new IntentFileError(directory, 'no intent files (*.yaml)');
  return files.map((f) => {
    const full = path.join(directory, f);
    return parseIntentFile(full, fs.readFileSync(full, 'utf8'));
  });
}

export function trainingExamples(intents: IntentFile[]): TrainingExample[] {
  return intents.flatMap((intent) =>
    intent.examples.map((e) => (typeof e === 'string' ? { text: e, intent: intent.id } : { text: e.text, intent: intent.id, role: e.role })),
  );
}
