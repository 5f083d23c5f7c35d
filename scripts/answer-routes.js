#!/usr/bin/env node
// @ts-check
/**
 * `node scripts/answer-routes.js [--list] [--hide <council,…>] [pairs.jsonl …]` (after `npm run build`): over
 * question→sentence pairs, the questions that ask whom to take a complaint to ("who do I complain to", "who do I report
 * him to", "where do I raise it", a grievance about the Clerk, an officer or a councillor), and for each: which route
 * kind it asks for (whom the complaint is about, from the message; who complains, from the role), the sentence
 * src/answer/routes.ts proposes for that kind on the pair's protocol, whether that sentence holds the pair's key, and
 * whether the bot's answer does. With no file, the 350 pairs of data/answers/ and data/answers/design/.
 * `--list` prints each (never for the councils named by `--hide`). `--as-unmapped`: the shipped five's texts are added in
 * memory under another id (`<id>x`: no clause map, no routes) and their pairs asked there, as on a protocol just
 * ingested; also printed then, every pair's ref@1/key (answer-ranker-cv.js's scoring) over the files read.
 */
const fs = require('node:fs');
const path = require('node:path');
const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
const { Assistant } = require(path.join(dist, 'src/assistant/assistant'));
const { pairFilesOf, protocolsFor, libraryWith, asUnmapped, pairScriptArgs } = require('./pair-protocols');
const { answerRefMatches, foldForKey } = require(path.join(dist, 'src/answer/score'));
const { proposeRoutes } = require(path.join(dist, 'src/answer/routes'));
const { complaintRouteAsked } = require(path.join(dist, 'src/answer/complaintRoute'));
const { WEIGHTS } = require(path.join(dist, 'src/answer/select'));
const { PRIORS } = require(path.join(dist, 'src/answer/compose'));

const args = process.argv.slice(2);
const list = args.includes('--list');
// --set name=value: another value of one of WEIGHTS (e.g. proposedRoute=0, the answer stage without the route cue), or priors.<name>.
const { hidden, files } = pairScriptArgs(args, { '': WEIGHTS, 'priors.': PRIORS });
const designDir = path.join(root, 'data/answers/design');
const pairFiles = files.length > 0 ? files : pairFilesOf([]).concat(fs.readdirSync(designDir).filter((f) => f.endsWith('.jsonl')).map((f) => path.join(designDir, f)));
/** @type {{id: string, council: string, role: string, text: string, answer_ref: string[], key: string[]}[]} */
const written = pairFiles.flatMap((f) => fs.readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l)))
  // A question its protocol does not answer (`no_answer`, answers40) has no sentence to find; scripts/answer-ranker-cv.js scores it.
  .filter((p) => !p.no_answer);
/** --as-unmapped: the shipped protocols' pairs asked on their texts added under another id, with no clause map and no routes (scripts/pair-protocols.js). */
const unmappedRun = args.includes('--as-unmapped') ? asUnmapped(written, protocolsFor(pairFiles)) : undefined;
const pairs = unmappedRun?.pairs ?? written;
const { config, library } = libraryWith(unmappedRun?.texts ?? protocolsFor(pairFiles));
const assistant = Assistant.create({ config, library });
if (unmappedRun) {
  let ref = 0;
  let key = 0;
  for (const pair of pairs) {
    const read = assistant.read(pair.text, { council: pair.council, role: /** @type {any} */ (pair.role) });
    const given = read.answer?.ref ?? read.clauses[0]?.ref;
    if (given && pair.answer_ref.some((e) => answerRefMatches(given, e))) ref++;
    if (read.answer && pair.answer_ref.some((e) => answerRefMatches(read.answer.ref, e)) && pair.key.some((k) => foldForKey(read.answer.text).includes(foldForKey(k)))) key++;
  }
  console.log(`all pairs, shipped five as unmapped: ref@1 ${ref}, key ${key} of ${pairs.length}`);
}

/** @type {Map<string, any[]>} */
const routesOf = new Map();
const routes = (/** @type {string} */ council) => {
  if (!routesOf.has(council)) routesOf.set(council, proposeRoutes(library.get(council)));
  return /** @type {any[]} */ (routesOf.get(council));
};

const counts = { asked: 0, withKind: 0, proposed: 0, proposalIsKey: 0, botHit: 0, botIsProposal: 0, botHitWhereProposalKey: 0 };
const lines = [];
for (const pair of pairs) {
  const kind = complaintRouteAsked(pair.text, /** @type {any} */ (pair.role));
  if (kind === null) continue;
  counts.asked++;
  const rightRef = (/** @type {string} */ ref) => pair.answer_ref.some((e) => answerRefMatches(ref, e));
  const hasKey = (/** @type {string} */ text) => pair.key.some((k) => foldForKey(text).includes(foldForKey(k)));
  const read = assistant.read(pair.text, { council: pair.council, role: /** @type {any} */ (pair.role) });
  const hit = !!read.answer && rightRef(read.answer.ref) && hasKey(read.answer.text);
  if (hit) counts.botHit++;
  const proposal = kind.kind ? routes(pair.council).find((r) => r.kind === kind.kind) : undefined;
  if (kind.kind) counts.withKind++;
  if (proposal) counts.proposed++;
  const proposalKey = !!proposal && rightRef(proposal.clause) && hasKey(proposal.sentence);
  if (proposalKey) counts.proposalIsKey++;
  if (proposalKey && hit) counts.botHitWhereProposalKey++;
  const botIsProposal = !!proposal && !!read.answer && read.answer.ref === proposal.clause && read.answer.text.includes(proposal.sentence.slice(0, 40));
  if (botIsProposal) counts.botIsProposal++;
  if (hidden.has(pair.council)) continue;
  lines.push(
    `  ${pair.id} ${pair.council} ${pair.role} [${kind.kind ?? `no kind: about ${kind.about}`}] ${hit ? 'HIT' : 'miss'} ${pair.text}\n` +
      `      want ${pair.answer_ref.join('|')} "${pair.key[0]}"\n` +
      `      gave ${read.answer ? `${read.answer.ref}: ${read.answer.text.replace(/\s+/g, ' ').slice(0, 110)}` : 'no answer'}\n` +
      `      route ${proposal ? `${proposalKey ? 'KEY ' : ''}${proposal.clause}: ${proposal.sentence.replace(/\s+/g, ' ').slice(0, 110)}` : 'none'}`,
  );
}
console.log(`${pairs.length} pairs; ${JSON.stringify(counts)}`);
if (list) console.log(lines.join('\n'));
