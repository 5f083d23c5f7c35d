// @ts-check
/**
 * The question→sentence pair files an answer script reads, and the protocols those pairs need in
 * memory besides the shipped five: one place for answer-ranker-cv.js and answer-candidates.js, so
 * their figures stay comparable. Needs `npm run build` (it loads from dist/).
 */
const fs = require('node:fs');
const path = require('node:path');
const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
const { loadConfig } = require(path.join(dist, 'src/config'));
const { ProtocolLibrary } = require(path.join(dist, 'src/protocols/library'));
const { parseProtocol } = require(path.join(dist, 'src/protocols/parse'));
const { councilMetadataSchema } = require(path.join(dist, 'src/protocols/metadata'));

/** The files passed, or every pair file of data/answers/ (the 350 pairs). */
function pairFilesOf(/** @type {string[]} */ files) {
  if (files.length > 0) return files;
  const dir = path.join(root, 'data/answers');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => path.join(dir, f));
}

/** The protocol texts to add in memory for these pair files (relative to the project; the held-out one never). */
function protocolsFor(/** @type {string[]} */ files) {
  const passed = (/** @type {string} */ name) => files.some((f) => f.includes(name));
  const texts = ['test/eval/protocols/ashdown.txt', 'test/eval/protocols/brindlecombe.txt', 'test/eval/protocols/hollinsford.txt', 'test/eval/protocols/foxleigh.txt']
    // Kelsbrook (the eleventh answer round's own check, data/answers/check/) only when its pairs are passed, so the default figures stay comparable.
    .concat(passed('kelsbrook') ? ['test/eval/protocols/kelsbrook.txt'] : [])
    // Wrayfield (the twelfth round's question-and-answer design text, data/answers/design/) likewise.
    .concat(passed('wrayfield') ? ['data/answers/design/wrayfield.txt'] : [])
    // Pelsworth (the thirteenth round's impersonal "It is for … to …" text: design pairs in design/, a check in check/) likewise.
    .concat(passed('pelsworth') ? ['test/eval/protocols/pelsworth.txt'] : [])
    // Quenby (the eighteenth round's text in the council's own "we" voice, values first) likewise.
    .concat(passed('quenby') ? ['test/eval/protocols/quenby.txt'] : []);
  // Any other council a passed pair file names, from its own text under test/eval/protocols/ or, for a design text
  // (Wrayfield), data/answers/design/, or for a check's own text (Coldharbour), data/answers/check/, or an ingest
  // fixture (Ashcombe, test/protocols/fixtures/unseen/) (the held-out one never).
  for (const council of new Set(files.flatMap((f) => fs.readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l).council)))) {
    if (/wexcombe/i.test(council)) continue;
    const file = [
      `test/eval/protocols/${council}.txt`,
      `data/answers/design/${council}.txt`,
      `data/answers/check/${council}.txt`,
      `test/protocols/fixtures/unseen/${council}.txt`,
    ].find((f) => fs.existsSync(path.join(root, f)));
    if (file && !texts.includes(file)) texts.push(file);
  }
  return texts;
}

/** The council id a protocol text is added under: its file name, or (`--as-unmapped`) `<file name>x` for a shipped text. */
function protocolId(/** @type {string} */ file) {
  const id = path.basename(file, '.txt');
  return file.startsWith('data/protocols/') ? `${id}${UNMAPPED_SUFFIX}` : id;
}

/**
 * `--as-unmapped`: the shipped texts read as a council's first day reads them. Each shipped protocol's text is
 * added in memory under another id (`alsager` → `alsagerx`), with no metadata but its id (so no routes), and no
 * intent maps it (so no clause map): the selector and the answer stage take their unmapped path. The pairs on a
 * shipped council are moved to that id. Nothing is written into the tree.
 */
const UNMAPPED_SUFFIX = 'x';
function asUnmapped(/** @type {{council: string}[]} */ pairs, /** @type {string[]} */ texts) {
  const config = loadConfig(process.env);
  const shipped = ProtocolLibrary.load(config.PROTOCOLS_DIR).ids();
  const moved = pairs.map((p) => (shipped.includes(p.council) ? { ...p, council: `${p.council}${UNMAPPED_SUFFIX}` } : p));
  const used = new Set(pairs.map((p) => p.council));
  return { pairs: moved, texts: [...texts, ...shipped.filter((id) => used.has(id)).map((id) => `data/protocols/${id}.txt`)] };
}

/** The configured library with these protocol texts added in memory, as `eval --with-protocol` adds one. */
function libraryWith(/** @type {string[]} */ texts) {
  const config = loadConfig(process.env);
  const library = ProtocolLibrary.load(config.PROTOCOLS_DIR);
  for (const file of texts) {
    const id = protocolId(file);
    const { clauses, warnings } = parseProtocol(fs.readFileSync(path.join(root, file), 'utf8'), id);
    library.add({ council: councilMetadataSchema.parse({ id, name: id }), clauses, warnings });
  }
  return { config, library };
}

/**
 * The options the pair scripts share: `--hide <council,…>` (councils whose misses are never printed: a check's), `--set
 * <name>=<value>` (repeatable) on one of `settings` (prefix → an object of numeric constants, e.g. `{ '': WEIGHTS,
 * 'priors.': PRIORS }`; the longest prefix that names a constant wins), and the pair files passed (a held-out one refused).
 * `valueFlags` are a script's own options that take a value, so their value is never read as a file.
 */
function pairScriptArgs(/** @type {string[]} */ args, /** @type {Record<string, Record<string, number>>} */ settings = {}, /** @type {string[]} */ valueFlags = []) {
  const hidden = new Set(args.includes('--hide') ? args[args.indexOf('--hide') + 1].split(',') : []);
  const files = args.filter((a, i) => a.endsWith('.jsonl') && !['--hide', '--set', ...valueFlags].includes(args[i - 1]));
  for (const f of files) if (/holdout|blind|wexcombe/i.test(f)) throw new Error(`held out: ${f}`);
  args.forEach((a, i) => {
    if (args[i - 1] !== '--set') return;
    const [name, value] = a.split('=');
    const prefix = Object.keys(settings)
      .sort((x, y) => y.length - x.length)
      .find((p) => name.startsWith(p) && name.slice(p.length) in settings[p]);
    if (prefix === undefined) throw new Error(`no setting ${name}`);
    settings[prefix][name.slice(prefix.length)] = Number(value);
  });
  return { hidden, files };
}

module.exports = { pairFilesOf, protocolsFor, libraryWith, asUnmapped, protocolId, pairScriptArgs };
