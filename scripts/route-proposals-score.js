#!/usr/bin/env node
// @ts-check
/**
 * `node scripts/route-proposals-score.js <expected.json> [--list]` (after `npm run build`): scores the routes
 * src/answer/routes.ts proposes (what `ingest` and `routes` print) against routes a careful reader named from each text
 * (data/answers/design/routes-47.json, routes-uat25.json; data/answers/check/, the same names). Each protocol is read as freshly ingested: its id
 * and name only, as a clerk's ingest sees it. Per kind: right (the post and clause of an accepted reading), wrong (a post
 * proposed where the text names another, or none), missed (nothing proposed where the text names one), rightly none.
 * A wrong proposal is worse than a miss: the clerk confirming it may not read the clause. `--list` prints every row
 * (don't use it on a check set: its misses are not to be read).
 */
const fs = require('node:fs');
const path = require('node:path');
const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
const { proposeRoutes } = require(path.join(dist, 'src/answer/routes'));
const { parseProtocol } = require(path.join(dist, 'src/protocols/parse'));
const { councilMetadataSchema } = require(path.join(dist, 'src/protocols/metadata'));

const args = process.argv.slice(2);
const list = args.includes('--list');
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  process.stderr.write('usage: node scripts/route-proposals-score.js <expected.json> [--list]\n');
  process.exit(2);
}
const KINDS = ['complaint_about_officer', 'complaint_about_clerk', 'complaint_about_councillor', 'complaint_about_councillor_by_councillor', 'document_access'];
/** "the Chair of the Staffing Committee" and "Chair of the staffing committee" are one post. */
const post = (/** @type {string} */ name) => name.toLowerCase().replace(/^(?:the|a)\s+/, '').replace(/\s+/g, ' ').trim();

const expected = JSON.parse(fs.readFileSync(file, 'utf8'));
const tally = { right: 0, wrong: 0, missed: 0, rightlyNone: 0 };
for (const p of expected.protocols) {
  const { clauses, warnings } = parseProtocol(fs.readFileSync(path.join(root, p.file), 'utf8'), p.id);
  const protocol = { council: councilMetadataSchema.parse({ id: p.id, name: p.id }), clauses, warnings };
  const proposals = proposeRoutes(protocol);
  // A set scores the kinds it names: routes-47 was written before a councillor's complaint about a councillor had a kind.
  for (const kind of KINDS.filter((k) => k in p.routes)) {
    /** @type {({recipient: string, clause: string} | null)[]} */
    const accepted = p.routes[kind] === null ? [null] : p.routes[kind];
    const got = proposals.find((/** @type {any} */ r) => r.kind === kind);
    let verdict;
    if (!got) verdict = accepted.includes(null) ? 'rightlyNone' : 'missed';
    else verdict = accepted.some((a) => a !== null && post(a.recipient) === post(got.recipient) && a.clause === got.clause) ? 'right' : 'wrong';
    tally[verdict]++;
    if (list) {
      const want = accepted.map((a) => (a ? `${a.recipient} (${a.clause})` : 'none')).join(' | ');
      const gave = got ? `${got.recipient} (${got.clause})${got.inferred ? ' inferred' : ''}` : 'none';
      process.stdout.write(`${verdict.padEnd(11)} ${p.id.padEnd(12)} ${kind.padEnd(26)} gave ${gave}; want ${want}\n`);
    }
  }
}
const total = tally.right + tally.wrong + tally.missed + tally.rightlyNone;
process.stdout.write(`${path.basename(path.dirname(file))}/${path.basename(file)}: right ${tally.right}, wrong ${tally.wrong}, missed ${tally.missed}, rightly none ${tally.rightlyNone} (of ${total}; correct ${tally.right + tally.rightlyNone})\n`);
