#!/usr/bin/env node
// @ts-check
/**
 * `node scripts/intent-miss-kinds.js [--list KIND] [--sets]` (after `npm run build`): every intent miss of the
 * one-message **design** sets, sorted by a mechanical rule into kinds, with counts per kind and per set.
 * Checks, holdouts, blind sets and Wexcombe are never read (not even their figure): see `isDesign` below.
 *
 * A miss has an outcome (what went wrong) and a mechanism (the first test below that holds), so its kind is
 * `outcome/mechanism`:
 *
 * outcome
 * - `fallback`    in scope (a topic or a conversation intent) read as out of scope: a false fallback;
 * - `near-miss`   out of scope read as a topic or conversation intent: out-of-scope recall lost;
 * - `wrong-topic` in scope read as another in-scope intent.
 *
 * mechanism (first that holds)
 * - `conversation`  the expected intent is a conversation intent (greeting, thanks, help, request status, ask the
 *                   Clerk): the bot's own words, not the protocol's;
 * - `scope-signal`  the scope check (not the classifier's ranking) put it out: gibberish, no words, unknown words, or a
 *                   rule's reason (fault report, office fault); only for fallbacks;
 * - `two-questions` the message holds two or more questions (question.ts `separateQuestions`);
 * - `story`         the message has backstory or quoted text and its asking sentences read alone get it right: the
 *                   story's words outvoted the question;
 * - `question`      the message has backstory or quoted text and the story read alone (without the asking sentences)
 *                   gets it right: the question's own words pulled the reading elsewhere;
 * - `unknown-name`  every content word of the message that is in no example (after the spelling corrector) is a name:
 *                   a capitalised word inside a sentence (Cllr Tranter, Becky, the Courier, Mill Road);
 * - `unknown-word`  a content word of the message is in no example and is not such a name: a rare protocol word,
 *                   slang or a misspelling the normaliser does not know;
 * - `runner-up`     the expected intent is the reading's second: a close call between two readings;
 * - `other`         none of these.
 *
 * `--list KIND` prints the misses of a kind (`fallback`, `fallback/story`, or a mechanism alone: `story`), with the
 * three likeliest intents. `--sets` adds a table of kinds per set. `--json FILE` writes every miss with its kind.
 * `--which` prints the sets it would read, one a line, and reads none (test/eval/missKinds.test.ts checks it).
 */
const fs = require('node:fs');
const path = require('node:path');
const root = path.join(__dirname, '..');
const { loadIntents, OUT_OF_SCOPE } = require(path.join(root, 'dist/src/nlu/intents'));
const { IntentEngine } = require(path.join(root, 'dist/src/nlu/engine'));
const { EVAL_SETS } = require(path.join(root, 'dist/src/eval/sets'));
const { findQuestion, separateQuestions } = require(path.join(root, 'dist/src/nlu/question'));
const { contentStems } = require(path.join(root, 'dist/src/nlu/normalize'));

const args = process.argv.slice(2);
const listAt = args.indexOf('--list');
const listKind = listAt >= 0 ? args[listAt + 1] : undefined;
const perSet = args.includes('--sets');
const jsonAt = args.indexOf('--json');
const jsonFile = jsonAt >= 0 ? args[jsonAt + 1] : undefined;

/** Held out: never read. */
const isHeldOut = (/** @type {{name: string, file: string, heldOut?: boolean}} */ s) => s.heldOut || /blind|wexcombe|holdout/i.test(s.name + ' ' + s.file);
/**
 * Checks (a figure only, never their rows): every set named "(check)" or "check" in its file, the sets their authors
 * wrote as checks without the name (messy-probe-5, messy-probe-6, factual-probe, intent-probe (factual)), Hollinsford
 * (a check) and Ashdown's messages (scored as an unseen protocol). The same list as intent-misses.js, and the two more.
 */
const isCheck = (/** @type {{name: string, file: string}} */ s) =>
  /check|messy-probe-5\b|messy-probe-6\b|hollinsford|factual|test\/eval\/ashdown\.jsonl/i.test(s.name + ' ' + s.file);
const isDesign = (/** @type {{name: string, file: string, format: string, heldOut?: boolean}} */ s) => s.format === 'messages' && !isHeldOut(s) && !isCheck(s);

const sets = EVAL_SETS.filter(isDesign);
if (args.includes('--which')) {
  process.stdout.write(sets.map((/** @type {{name: string}} */ s) => s.name).join('\n') + '\n');
  process.exit(0);
}

const intents = loadIntents(path.join(root, 'intents'));
const kindOf = new Map(intents.map((/** @type {{id: string, kind: string}} */ i) => [i.id, i.kind]));
const engine = IntentEngine.train(intents, { cacheDir: path.join(root, 'var/cache') });
/** @type {any} the scope model's vocabulary (private in TypeScript, read here for the `unknown-word` test) */
const scope = /** @type {any} */ (engine).scope;

const SCOPE_SIGNALS = new Set(['gibberish', 'no_words', 'unknown_words', 'fault_report', 'office_fault']);

/** Whether a read intent is right for a row. */
const right = (/** @type {any} */ row, /** @type {string} */ intent) => intent === row.intent || (row.alt ?? []).includes(intent);

/**
 * The stems of a text's names: capitalised words that do not start a sentence or a line (a sentence's first word is
 * capitalised whatever it is). "Cllr Tranter", "Becky from the office", "the Courier", "Mill Road".
 * @param {string} text
 */
function nameStems(text) {
  const stems = new Set();
  for (const match of text.matchAll(/(?<![.!?:\n]\s*|^\s*)\b[A-Z][a-z]+(?:[-'][A-Za-z]+)*/g)) for (const stem of contentStems(match[0])) stems.add(stem);
  return stems;
}

/**
 * The kind of one miss: `outcome/mechanism`, by the tests in the header, in that order.
 * @param {any} row
 * @param {any} result
 */
function kindOfMiss(row, result) {
  const expectedIn = row.intent !== OUT_OF_SCOPE;
  const readIn = result.intent !== OUT_OF_SCOPE;
  const outcome = expectedIn && !readIn ? 'fallback' : !expectedIn ? 'near-miss' : 'wrong-topic';
  const text = engine.correctSpelling(row.text);
  const parts = findQuestion(text);
  /** @type {string[]} */
  const unknown = contentStems(text).filter((/** @type {string} */ stem) => !scope.knows(stem));
  const names = nameStems(text);
  /** @type {string} */
  let mechanism;
  if (expectedIn && kindOf.get(row.intent) === 'conversation') mechanism = 'conversation';
  else if (outcome === 'fallback' && SCOPE_SIGNALS.has(result.scopeReason)) mechanism = 'scope-signal';
  else if (separateQuestions(parts).length >= 2) mechanism = 'two-questions';
  else if (parts.hasContext && parts.asking.length > 0 && right(row, engine.classify(parts.asking.join(' '), row.role).intent)) mechanism = 'story';
  else if (parts.hasContext && parts.asking.length > 0 && right(row, engine.classify(parts.backstory.concat(parts.quoted).join(' '), row.role).intent)) mechanism = 'question';
  else if (unknown.length > 0) mechanism = unknown.every((stem) => names.has(stem)) ? 'unknown-name' : 'unknown-word';
  else if (result.ranked[1] && right(row, result.ranked[1].label)) mechanism = 'runner-up';
  else mechanism = 'other';
  return { outcome, mechanism, kind: `${outcome}/${mechanism}`, story: parts.hasContext, unknown };
}

/** @type {Map<string, number>} */
const byKind = new Map();
/** @type {Map<string, Map<string, number>>} */
const bySet = new Map();
/** @type {any[]} */
const misses = [];
let rowsRead = 0;
for (const set of sets) {
  if (!isDesign(set)) throw new Error(`${set.file} is not a design set: not read here`);
  const rows = fs
    .readFileSync(path.join(root, set.file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const counts = new Map();
  for (const row of rows) {
    if (!row.intent) continue;
    rowsRead++;
    const result = engine.classify(row.text, row.role);
    if (right(row, result.intent)) continue;
    const kind = kindOfMiss(row, result);
    byKind.set(kind.kind, (byKind.get(kind.kind) ?? 0) + 1);
    counts.set(kind.kind, (counts.get(kind.kind) ?? 0) + 1);
    misses.push({ set: set.name, id: row.id, role: row.role, text: row.text, expected: row.intent, read: result.intent, reason: result.scopeReason, ranked: result.ranked.slice(0, 3), ...kind });
  }
  bySet.set(set.name, counts);
}

const outcomes = ['fallback', 'near-miss', 'wrong-topic'];
const mechanisms = ['conversation', 'scope-signal', 'two-questions', 'story', 'question', 'unknown-name', 'unknown-word', 'runner-up', 'other'];
process.stdout.write(`${sets.length} design sets, ${rowsRead} rows, ${misses.length} misses\n\n`);
process.stdout.write('each cell: misses (of which told with a story or quoted text)\n');
const cell = (/** @type {any[]} */ ms) => `${ms.length} (${ms.filter((m) => m.story).length})`.padStart(13);
process.stdout.write(`${'mechanism'.padEnd(15)}${outcomes.map((o) => o.padStart(13)).join('')}${'all'.padStart(13)}\n`);
for (const m of mechanisms) {
  const ofMechanism = misses.filter((x) => x.mechanism === m);
  if (ofMechanism.length === 0) continue;
  process.stdout.write(`${m.padEnd(15)}${outcomes.map((o) => cell(ofMechanism.filter((x) => x.outcome === o))).join('')}${cell(ofMechanism)}\n`);
}
process.stdout.write(`${'all'.padEnd(15)}${outcomes.map((o) => cell(misses.filter((x) => x.outcome === o))).join('')}${cell(misses)}\n`);

if (perSet) {
  process.stdout.write('\nper set (kinds with a count):\n');
  for (const [name, counts] of bySet) {
    if (counts.size === 0) continue;
    const parts = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`);
    process.stdout.write(`  ${name}: ${parts.join(', ')}\n`);
  }
}

if (listKind) {
  const wanted = misses.filter((m) => m.kind === listKind || m.outcome === listKind || m.mechanism === listKind);
  process.stdout.write(`\n${listKind}: ${wanted.length}\n`);
  for (const m of wanted) {
    const top = m.ranked.map((/** @type {{label: string, probability: number}} */ r) => `${r.label} ${r.probability.toFixed(2)}`).join(', ');
    process.stdout.write(`${m.id} [${m.set}] [${m.role ?? '-'}] ${m.kind} ${m.expected} → ${m.read}${m.reason ? ` (${m.reason})` : ''} (${top})${m.unknown.length ? ` unknown: ${m.unknown.join(' ')}` : ''}\n    ${m.text}\n`);
  }
}

if (jsonFile) fs.writeFileSync(jsonFile, misses.map((m) => JSON.stringify(m)).join('\n') + '\n');
