import fs from 'node:fs';
import path from 'node:path';
import { loadIntents, trainingExamples } from '../../src/nlu/intents';
import { EVAL_SETS, resolveInProject } from '../../src/eval/sets';

/**
 * The evaluation sets measure the bot only if it never trained on them: no training example
 * may repeat an evaluation message. One- and two-word conventions ("thanks", "good morning")
 * are everybody's wording and are left out of the check; a sentence is not.
 */

const normalise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s']/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Every message an evaluation row sends: `text` (messages and answers) or each turn's `text` (dialogues). */
function evaluationMessages(): Map<string, string> {
  const messages = new Map<string, string>();
  for (const set of EVAL_SETS) {
    const lines = fs.readFileSync(resolveInProject(set.file), 'utf8').split('\n').filter((line) => line.trim());
    for (const line of lines) {
      const row = JSON.parse(line) as { id?: string; text?: string; turns?: Array<{ text: string }> };
      const texts = [row.text, ...(row.turns ?? []).map((turn) => turn.text)].filter((t): t is string => typeof t === 'string');
      for (const text of texts) messages.set(normalise(text), `${path.basename(set.file)} ${row.id ?? ''}`);
    }
  }
  return messages;
}

test('no training example of three words or more repeats a message from an evaluation set', () => {
  const evaluation = evaluationMessages();
  expect(evaluation.size).toBeGreaterThan(500);
  const repeated = trainingExamples(loadIntents(path.join(__dirname, '../../intents')))
    .map((example) => ({ example: example.text, intent: example.intent, key: normalise(example.text) }))
    .filter(({ key }) => key.split(' ').length >= 3 && evaluation.has(key))
    .map(({ example, intent, key }) => `${intent}: "${example}" (${evaluation.get(key)})`);
  expect(repeated).toEqual([]);
});
