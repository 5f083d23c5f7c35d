import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../src/config';

/**
 * The public intent benchmarks in ../shared/benchmarks (read in place, never copied into the
 * project), loaded into the splits described in that folder's README.
 */

/** `$BENCHMARKS_DIR`, else `shared/benchmarks` beside the project (or beside its parent, for a git worktree in a subfolder). */
export const BENCHMARKS_DIR =
  process.env.BENCHMARKS_DIR ??
  [path.resolve(PROJECT_ROOT, '..', 'shared', 'benchmarks'), path.resolve(PROJECT_ROOT, '..', '..', 'shared', 'benchmarks')].find((dir) => fs.existsSync(dir)) ??
  path.resolve(PROJECT_ROOT, '..', 'shared', 'benchmarks');

export interface Example {
  text: string;
  label: string;
}

export interface Split {
  name: string;
  train: Example[];
  test: Example[];
}

/** CLINC150 "full": the out-of-scope examples carry the label `oos`, in their own splits. */
export interface ClincSplits {
  train: Example[];
  /** In-scope validation examples (for choosing a confidence threshold, never the test set). */
  val: Example[];
  oosVal: Example[];
  test: Example[];
  oosTest: Example[];
}

export const CLINC_OUT_OF_SCOPE = 'oos';
/** The NLU Evaluation Corpora label for "no intent"; it has training examples of its own. */
export const NLU_CORPORA_NONE = 'None';

export const NLU_CORPORA = [
  { name: 'Chatbot', file: 'ChatbotCorpus.json' },
  { name: 'AskUbuntu', file: 'AskUbuntuCorpus.json' },
  { name: 'WebApps', file: 'WebApplicationsCorpus.json' },
] as const;

const nluCorpusSchema = z.object({
  sentences: z.array(z.object({ text: z.string().min(1), intent: z.string().min(1), training: z.boolean() })).min(1),
});

const clincRow = z.tuple([z.string().min(1), z.string().min(1)]);
const clincSchema = z.object({
  train: z.array(clincRow),
  val: z.array(clincRow),
  test: z.array(clincRow),
  oos_train: z.array(clincRow),
  oos_val: z.array(clincRow),
  oos_test: z.array(clincRow),
});

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  const full = path.join(BENCHMARKS_DIR, file);
  if (!fs.existsSync(full)) throw new Error(`benchmark file not found: ${full}`);
  const parsed = schema.safeParse(JSON.parse(fs.readFileSync(full, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${full}: unexpected shape at "${issue.path.join('.')}": ${issue.message}`);
  }
  return parsed.data;
}

/** One NLU Evaluation Corpus, split by each sentence's `training` flag. */
export function loadNluCorpus(name: (typeof NLU_CORPORA)[number]['name']): Split {
  const corpus = NLU_CORPORA.find((c) => c.name === name)!;
  const { sentences } = readJson(path.join('nlu-evaluation-corpora', corpus.file), nluCorpusSchema);
  const toExample = (s: { text: string; intent: string }): Example => ({ text: s.text, label: s.intent });
  return {
    name,
    train: sentences.filter((s) => s.training).map(toExample),
    test: sentences.filter((s) => !s.training).map(toExample),
  };
}

/**
 * HWU64 as sampled by Autofaq.ai: `small` = 10 training examples per intent, `large` = 30.
 * Rows are `intent,exampleSentence,text`, unquoted, and the text may itself contain commas.
 */
export function loadHwu(size: 'small' | 'large'): Split {
  const read = (part: 'train' | 'test'): Example[] => {
    const full = path.join(BENCHMARKS_DIR, 'hwu64', `hwu_${size}_${part}.csv`);
    if (!fs.existsSync(full)) throw new Error(`benchmark file not found: ${full}`);
    return fs
      .readFileSync(full, 'utf8')
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '')
      .map((line, i) => {
        const first = line.indexOf(',');
        const second = line.indexOf(',', first + 1);
        if (first < 1 || second < 0) throw new Error(`${full}:${i + 1}: expected "intent,exampleSentence,text"`);
        return { label: line.slice(0, first), text: line.slice(second + 1).trim() };
      });
  };
  return { name: size === 'small' ? 'HWU64-10' : 'HWU64-30', train: read('train'), test: read('test') };
}

/** CLINC150 full: `train` + `oos_train` to train, with out-of-scope as one more class (`oos`). */
export function loadClinc(): ClincSplits {
  const data = readJson(path.join('clinc150', 'data_full.json'), clincSchema);
  const toExamples = (rows: [string, string][]): Example[] => rows.map(([text, label]) => ({ text, label }));
  return {
    train: [...toExamples(data.train), ...toExamples(data.oos_train)],
    val: toExamples(data.val),
    oosVal: toExamples(data.oos_val),
    test: toExamples(data.test),
    oosTest: toExamples(data.oos_test),
  };
}
