#!/usr/bin/env node
// @ts-check
/**
 * `node scripts/answer-backstory.js [--as-unmapped] [--list] [--hide <council,…>] [--set name=value] [pairs.jsonl …]`
 * (after `npm run build`): the key misses whose winner is favoured most by the lexical feature (as
 * `answer-ranker-cv.js --explain gaps` groups them), sorted by the mechanism that let the words win:
 *
 * - `no story`: the message is its asking sentence alone; whatever pulled, it was not a backstory;
 * - `asking says nothing`: after a story, the asking sentence has fewer than two content words of its own
 *   ("What now?", "Is that allowed?"), so the story is all the question there is;
 * - `winner on story only`: the winner shares no content word with the asking sentence, only the story's;
 * - `answer shares no asking word`: the answer shares no content word with the asking sentence either
 *   (a paraphrase: the question's words are not the protocol's);
 * - `story tips it`: both share asking words; the winner's story words outweigh the answer's.
 *
 * Each row prints the words each side shares with the story and with the asking sentence. `--list` prints
 * every row; without it, the counts only. The pairs are data/answers/*.jsonl by default, as for the ranker.
 */
const fs = require('node:fs');
const path = require('node:path');
const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
const { Assistant } = require(path.join(dist, 'src/assistant/assistant'));
const { pairFilesOf, protocolsFor, libraryWith, asUnmapped, pairScriptArgs } = require('./pair-protocols');
const { AnswerSelector, WEIGHTS, FEATURE_NAMES } = require(path.join(dist, 'src/answer/select'));
const { answerRefMatches, foldForKey } = require(path.join(dist, 'src/answer/score'));
const { UNMAPPED, PRIORS } = require(path.join(dist, 'src/answer/compose'));
const { askingPart, asksForNextStep } = require(path.join(dist, 'src/answer/questionType'));
const { canonicalWords, contentStems, stem, STOPWORDS } = require(path.join(dist, 'src/nlu/normalize'));
const { withoutChatter } = require(path.join(dist, 'src/nlu/chatter'));

const args = process.argv.slice(2);
const list = args.includes('--list');
const { hidden, files } = pairScriptArgs(args, { '': WEIGHTS, 'unmapped.': UNMAPPED, 'priors.': PRIORS });
const pairFiles = pairFilesOf(files);
const readPairs = () => pairFiles.flatMap((f) => fs.readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l)))
  // A question its protocol does not answer (`no_answer`, answers40) has no sentence to find; scripts/answer-ranker-cv.js scores it.
  .filter((p) => !p.no_answer);
const unmappedRun = args.includes('--as-unmapped') ? asUnmapped(readPairs(), protocolsFor(files)) : undefined;
const { config, library } = libraryWith(unmappedRun?.texts ?? protocolsFor(files));
const assistant = Assistant.create({ config, library });
/** @type {{id: string, council: string, role: string, text: string, answer_ref: string[], key: string[]}[]} */
const pairs = unmappedRun?.pairs ?? readPairs();

/** @type {{features: number[], score: number, ref: string, text: string}[] | undefined} */
let seen;
const choose = AnswerSelector.prototype.choose;
AnswerSelector.prototype.choose = function (clauses, question, role, candidates, context = {}) {
  return choose.call(this, clauses, question, role, candidates, { ...context, onScored: (/** @type {any} */ rows) => (seen = rows) });
};

// Framing words count little in the selector (select.ts FRAME_STEMS); they are not "words of its own" here either.
const FRAME = new Set(['need', 'want', 'let', 'know', 'allowed', 'able', 'supposed', 'meant', 'fine', 'okay', 'ok', 'go', 'take', 'make', 'actually', 'really', 'anyone', 'someone', 'anything', 'sure', 'think', 'thing'].map(stem));
/** The content stems of a message part as the selector reads a question (close enough for sorting). */
const questionStems = (/** @type {string} */ text) =>
  new Set(
    canonicalWords(withoutChatter(text))
      .flatMap((w) => w.split('-'))
      .filter((w) => w.length > 1 && !STOPWORDS.has(w))
      .map(stem)
      .filter((s) => !FRAME.has(s)),
  );
const shared = (/** @type {Set<string>} */ a, /** @type {string} */ sentence) => {
  const own = new Set(contentStems(sentence));
  return [...a].filter((s) => own.has(s));
};
const hand = Object.fromEntries(FEATURE_NAMES.map((n) => [n, WEIGHTS[n] ?? 0]));
const isAnswer = (/** @type {typeof pairs[number]} */ pair, /** @type {string} */ ref, /** @type {string} */ text) =>
  pair.answer_ref.some((e) => answerRefMatches(ref, e)) && pair.key.some((k) => foldForKey(text).includes(foldForKey(k)));

/** @type {Record<string, string[]>} */
const groups = {};
let lexicalMisses = 0;
for (const pair of pairs) {
  if (hidden.has(pair.council)) continue;
  seen = undefined;
  const read = assistant.read(pair.text, { council: pair.council, role: /** @type {any} */ (pair.role) });
  const keyHit = read.answer !== null && pair.key.some((k) => foldForKey(read.answer.text).includes(foldForKey(k)));
  if (keyHit || !seen) continue;
  const sorted = [...seen].sort((a, b) => b.score - a.score);
  const right = sorted.find((c) => isAnswer(pair, c.ref, c.text));
  if (!right) continue;
  const parts = FEATURE_NAMES.map((n, i) => (hand[n] ?? 0) * (sorted[0].features[i] - right.features[i]));
  if (FEATURE_NAMES[parts.indexOf(Math.max(...parts))] !== 'lexical') continue;
  lexicalMisses++;
  const asking = askingPart(pair.text);
  const story = pair.text.slice(0, pair.text.length - asking.length);
  const askingWords = questionStems(asking);
  const storyWords = new Set([...questionStems(story)].filter((s) => !askingWords.has(s)));
  const winner = sorted[0];
  const w = { asking: shared(askingWords, winner.text), story: shared(storyWords, winner.text) };
  const r = { asking: shared(askingWords, right.text), story: shared(storyWords, right.text) };
  const kind =
    asking === pair.text || story.trim() === ''
      ? 'no story'
      : askingWords.size < 2
        ? 'asking says nothing'
        : w.asking.length === 0 && w.story.length > 0
          ? 'winner on story only'
          : r.asking.length === 0
            ? 'answer shares no asking word'
            : 'story tips it';
  const line = [
    `${pair.id} [${pair.role}] ${pair.council}${asksForNextStep(pair.text) ? ' (asks next step)' : ''}: ${pair.text}`,
    `    asking words: ${[...askingWords].join(' ')}`,
    `    winner ${winner.ref} lex ${winner.features[0].toFixed(2)} asking[${w.asking.join(' ')}] story[${w.story.join(' ')}]: ${winner.text.replace(/\s+/g, ' ').slice(0, 120)}`,
    `    answer ${right.ref} lex ${right.features[0].toFixed(2)} asking[${r.asking.join(' ')}] story[${r.story.join(' ')}]: ${right.text.replace(/\s+/g, ' ').slice(0, 120)}`,
  ].join('\n');
  (groups[kind] ??= []).push(line);
}
console.log(`${lexicalMisses} key misses with lexical the largest part of the gap (${pairs.length} pairs)`);
for (const [kind, rows] of Object.entries(groups).sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${kind}: ${rows.length}`);
  if (list) for (const row of rows) console.log(row);
}
