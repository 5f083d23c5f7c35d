import { squashSpaces } from '../protocols/spaces';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { CliContext } from './context';
import { UsageError } from './errors';
import { councilIdSchema, CouncilMetadata, councilMetadataSchema } from '../protocols/metadata';
import { Clause, IN_NO_CLAUSE, parseProtocol } from '../protocols/parse';
import { parseClauseName, readMetadata, versionOf } from '../protocols/library';
import { formatClause } from '../channels/console/render';
import { readProtocolFile } from '../protocols/formats/extract';
import { MAX_PROTOCOL_BYTES } from '../protocols/formats/detect';
import { adoptionDateIn, archiveCurrent, describeVersion, findVersion, listVersions, StoredVersion, writeFileAtomic } from '../protocols/versions';
import { diffClauses, formatWordDiff } from '../protocols/diff';
import { describeStaleRef, StaleRef, staleCuratedRefs, staleCuratedRefsIn } from '../protocols/curated';
import { checkRefusal, withChecked } from '../protocols/checked';
import { clauseLines, leftoverFurniture } from '../protocols/report';
import { loadIntents } from '../nlu/intents';
import { proposeRoutes, routeToSave } from '../answer/routes';
import { routeProposalLines } from './routes';
import { readProtocolForCli } from './protocol-file';

interface IngestOptions {
  council: string;
  name?: string;
  clerkTitle?: string;
  adopted?: string;
  force?: boolean;
  dryRun?: boolean;
  acceptRoutes?: boolean;
}

const FORMAT_NAMES = { pdf: 'PDF', docx: 'Word', html: 'HTML', markdown: 'Markdown', text: 'plain text' } as const;
const today = () => new Date().toISOString().slice(0, 10);
const readClauses = (version: StoredVersion, council: string): Clause[] => parseProtocol(fs.readFileSync(version.textPath, 'utf8'), council).clauses;

/** `ingest`, `versions`, `diff`, `clauses`, `clause`: adding a council's protocol, its history, and reading it back. */
export function registerProtocolCommands(program: Command, context: CliContext): void {
  program
    .command('ingest <file>')
    .description(`add or update a council's protocol from its PDF, Word (.docx), HTML, Markdown or text file (at most ${MAX_PROTOCOL_BYTES / (1024 * 1024)} MB)`)
    .requiredOption('--council <id>', '(required) council id to file it under, e.g. "stoke-gifford"')
    .option('--name <name>', 'the council\'s full name, e.g. "Stoke Gifford Parish Council" (needed for a new council)')
    .option('--clerk-title <title>', 'what the council calls its Clerk (default: Clerk, or what the council has)')
    .option('--adopted <date>', 'when the council adopted this version (default: the date printed in it, if any)')
    .option('--dry-run', 'show the clauses, numbering problems and proposed routes found; write nothing')
    .option('--force', 'store the file even when its clauses are the same as the current version')
    .option('--accept-routes', 'save the routes proposed from the text for each kind of request the council has no route for yet (never replaces one)')
    .action(async (file: string, options: IngestOptions) => ingest(file, options, context));

  program
    .command('versions <council>')
    .description("list the versions kept of a council's protocol")
    .action((council: string) => {
      const versions = knownVersions(context, council);
      for (const version of versions) {
        const clauses = readClauses(version, council);
        process.stdout.write(
          `v${version.number}  adopted ${version.adopted ?? 'unknown'}  ingested ${version.ingested ?? 'unknown'}  ${clauses.length} clauses${version.current ? '  (current)' : ''}\n`,
        );
      }
    });

  program
    .command('diff <council>')
    .description("what changed in a council's protocol: clauses added, removed and changed (word by word)")
    .option('--from <version>', 'the earlier version: v2, 2, or its adoption date (default: the one before --to)')
    .option('--to <version>', 'the later version (default: the current one)')
    .action((council: string, options: { from?: string; to?: string }) => {
      const versions = knownVersions(context, council);
      const pick = (spec: string) => {
        const found = findVersion(versions, spec);
        if (!found) throw new UsageError(`${council} has no version "${spec}"; it has ${versions.map((v) => describeVersion(v)).join(', ')}`);
        return found;
      };
      const to = options.to ? pick(options.to) : versions[versions.length - 1];
      const from = options.from ? pick(options.from) : [...versions].reverse().find((v) => v.number < to.number);
      if (!from) throw new UsageError(`${council} has only one version (${describeVersion(to)}); there is nothing to compare`);
      const diff = diffClauses(readClauses(from, council), readClauses(to, council));
      const out: string[] = [`${council}: ${describeVersion(from)} → ${describeVersion(to)}`];
      out.push(`Added (${diff.added.length}):`, ...diff.added.map((c) => `  + ${c.ref}  ${squashSpaces(c.text)}`));
      out.push(`Removed (${diff.removed.length}):`, ...diff.removed.map((c) => `  - ${c.ref}  ${squashSpaces(c.text)}`));
      out.push(`Changed (${diff.changed.length}):`);
      for (const change of diff.changed) {
        out.push(`  ~ ${change.ref}  ${formatWordDiff(change.words)}`);
        if (change.headingChanged) out.push(`      heading: "${change.before.heading}" → "${change.after.heading}"`);
      }
      if (diff.renumbered.length > 0) out.push(`Renumbered, same text (${diff.renumbered.length}):`, ...diff.renumbered.map((r) => `  ${r.from} → ${r.to}`));
      process.stdout.write(`${out.join('\n')}\n`);
    });

  program
    .command('checked <council> <refs...>')
    .description(
      "say you have read a clause the current version changed and its curated references (intents' clause maps, routes) are right or now corrected: doctor stops reporting it for this version only",
    )
    .option('--by <name>', 'who checked it, recorded with the date (default: your login name)')
    .action((council: string, refs: string[], options: { by?: string }) => markChecked(context, council, refs, options.by));

  program
    .command('clauses')
    .description("list a council's clauses")
    .option('--council <id>', 'council id (default: $COUNCIL)')
    .option('--json', 'print a JSON array of {council, ref, heading, text}')
    .action((options: { council?: string; json?: boolean }) => {
      const protocol = context.library.get(options.council ?? context.config.COUNCIL);
      if (options.json) {
        process.stdout.write(`${JSON.stringify(protocol.clauses.map(({ council, ref, heading, text }) => ({ council, ref, heading, text })), null, 2)}\n`);
        return;
      }
      for (const clause of protocol.clauses) process.stdout.write(`${formatClause(clause)}\n\n`);
    });

  program
    .command('clause <name>')
    .description('print one clause, named <council>:<ref>, e.g. flitwick:58')
    .option('--json', 'print it as JSON')
    .action((name: string, options: { json?: boolean }) => {
      const parsed = parseClauseName(name);
      if (!parsed) throw new UsageError(`"${name}" is not a clause name; write <council>:<ref>, e.g. flitwick:58`);
      const clause = context.library.clause(parsed.council, parsed.ref);
      if (!clause) {
        const refs = context.library.get(parsed.council).clauses.map((c) => c.ref);
        throw new UsageError(`${parsed.council} has no clause ${parsed.ref}; its clauses run ${refs[0]} … ${refs[refs.length - 1]}`);
      }
      process.stdout.write(options.json ? `${JSON.stringify(clause, null, 2)}\n` : `${formatClause(clause)}\n`);
    });
}

function knownVersions(context: CliContext, council: string): StoredVersion[] {
  const versions = listVersions(context.config.PROTOCOLS_DIR, council);
  if (versions.length === 0) context.library.get(council); // throws, naming the known councils
  return versions;
}

async function ingest(file: string, options: IngestOptions, context: CliContext): Promise<void> {
  const id = councilIdSchema.safeParse(options.council);
  if (!id.success) throw new UsageError(`--council "${options.council}": ${id.error.issues[0].message}`);
  const { extracted, clauses, warnings } = await readProtocolForCli(file, id.data, 'Nothing was added.');

  const directory = context.config.PROTOCOLS_DIR;
  const metadataPath = path.join(directory, `${id.data}.json`);
  const existing = fs.existsSync(metadataPath) ? readMetadata(metadataPath) : undefined;
  const name = options.name ?? existing?.name;
  if (!name && !options.dryRun) throw new UsageError(`council "${id.data}" is new: give its full name with --name. Nothing was added.`);
  const adopted = options.adopted ?? adoptionDateIn(extracted.text);
  const versions = listVersions(directory, id.data);
  const current = versions[versions.length - 1];
  const previousClauses = current ? readClauses(current, id.data) : undefined;
  const metadata: CouncilMetadata = councilMetadataSchema.parse({
    ...(existing ?? {}),
    id: id.data,
    name: name ?? id.data,
    clerkTitle: options.clerkTitle ?? existing?.clerkTitle ?? 'Clerk',
    adopted,
    version: (current?.number ?? 0) + 1,
    ingested: today(),
    routes: existing?.routes ?? {},
  });
  if (!adopted) delete metadata.adopted;
  // Checks were of the current version's text (they stay in its archived v<n>.json); a new version starts with none.
  delete metadata.checked;
  // Routes are proposed from the text and printed; they are saved only when the person asks
  // (--accept-routes), and then only where the council has no route yet (issue 10: never
  // applied silently, and a route someone set by hand is never replaced).
  const proposals = proposeRoutes({ council: metadata, clauses, warnings });
  const accepted = options.acceptRoutes ? proposals.filter((p) => !metadata.routes[p.kind]) : [];
  for (const p of accepted) metadata.routes[p.kind] = routeToSave(p, metadata.clerkTitle);
  const stale = staleCuratedRefs({ council: id.data, clauses, previous: previousClauses, intents: curatedMaps(context, id.data), routes: metadata.routes });
  const routeReport = routeProposalLines(proposals, { existing: existing?.routes ?? {}, accepted, dryRun: options.dryRun === true, file: metadataPath, clerkTitle: metadata.clerkTitle });
  // The date read is said as the missing one is, so a misread sign-off is caught before answers cite it (uat26).
  const dateNote = !adopted ? [NO_ADOPTION_DATE] : options.adopted ? [] : [adoptionDateRead(adopted)];
  // A dry run of a new council said nothing of --name, which the saving run then refused without (uat26).
  const nameNote = options.dryRun && !name ? [`${id.data} is a new council: when you save it, give its full name with --name, e.g. --name "Little Marshwood Parish Council".`] : [];

  if (options.dryRun) {
    const notes = [...nameNote, ...dateNote];
    printDryRun(file, extracted, clauses, warnings, [...notes, ...(notes.length ? [''] : []), ...routeReport], stale, current);
    return;
  }
  if (current && previousClauses && !options.force && sameClauses(previousClauses, clauses)) {
    const described = existing ? describedChanges(existing, options, accepted.length) : [];
    if (existing && described.length > 0) {
      // Same text, but the person gave what the current version lacked (its adoption date, a
      // name, the Clerk's title) or asked for the proposed routes: only those change, and the
      // version stays the same (a second copy of the same text would read as a revision).
      const updated: CouncilMetadata = { ...existing, name: metadata.name, clerkTitle: metadata.clerkTitle, routes: metadata.routes, ...(options.adopted ? { adopted: options.adopted } : {}) };
      writeFileAtomic(metadataPath, `${JSON.stringify(updated, null, 2)}\n`);
      process.stdout.write(
        `${updated.name} (${id.data}): the file has the same clauses as the current version ${describeVersion(current)}; its text is unchanged, and ${described.join(', ')}.\n` +
          `${accepted.length > 0 ? `${routeReport.join('\n')}\n` : ''}`,
      );
      return;
    }
    process.stdout.write(`${metadata.name} (${id.data}): the file has the same clauses as the current version ${describeVersion(current)}; nothing was written (use --force to store it anyway).\n`);
    return;
  }

  fs.mkdirSync(directory, { recursive: true });
  const archived = current ? archiveCurrent(directory, id.data) : undefined;
  writeFileAtomic(path.join(directory, `${id.data}.txt`), `${extracted.text.trimEnd()}\n`);
  writeFileAtomic(metadataPath, `${JSON.stringify(metadata, null, 2)}\n`);

  for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
  for (const ref of stale.filter((s) => s.problem !== 'new')) process.stderr.write(`warning: curated reference ${describeStaleRef(ref)}\n`);
  const refs = clauses.map((c) => c.ref);
  const what = archived ? `Updated ${metadata.name} (${id.data}) to ${describeVersion({ number: metadata.version ?? 1, adopted: metadata.adopted, ingested: metadata.ingested })}` : `Added ${metadata.name} (${id.data})`;
  process.stdout.write(
    `${what}: ${clauses.length} clauses, ${refs[0]} … ${refs[refs.length - 1]}` +
      `${warnings.length ? `, ${warnings.length} warning(s)` : ''}` +
      `${archived ? `; ${describeVersion(archived)} is kept (protocol-bot versions ${id.data}; protocol-bot diff ${id.data})` : ''}.\n`,
  );
  if (dateNote.length) process.stdout.write(`\n${dateNote.join('\n')}\n`);
  process.stdout.write(`\n${routeReport.join('\n')}\n`);
  const unmapped = newClauseAdvice(stale);
  if (unmapped.length) process.stdout.write(`\n${unmapped.join('\n')}\n`);
}

/**
 * What to do about a revision's new clauses that no topic maps (a mapped council's answers start
 * from each topic's clauses, so they may never be quoted): nothing when there are none.
 */
function newClauseAdvice(stale: StaleRef[]): string[] {
  const fresh = stale.filter((s) => s.problem === 'new').map((s) => s.ref);
  if (fresh.length === 0) return [];
  const council = stale[0].council;
  return [
    `New clauses in no topic's clause map: ${fresh.join(', ')}. Answers for ${council} start from each topic's mapped clauses, so these may not be quoted.`,
    `Add each to the \`clauses:\` list for ${council} in the intent whose questions it answers (intents/<intent>.yaml), then \`protocol-bot train\`; ` +
      `\`protocol-bot doctor\` lists them until then (\`protocol-bot checked ${council} <ref>\` for one no topic needs).`,
  ];
}

/**
 * `checked <council> <refs...>`: records, in `<council>.json`, that a person has checked each changed
 * clause in the current version (see src/protocols/checked.ts). Nothing is written unless every ref
 * is a clause whose text the current version changed and something curated points at.
 */
function markChecked(context: CliContext, council: string, names: string[], by: string | undefined): void {
  const metadata = context.library.metadata(council); // throws, naming the known councils
  const refs = names.map((name) => {
    const parsed = parseClauseName(name);
    if (parsed && parsed.council !== council) throw new UsageError(`"${name}" is a clause of ${parsed.council}, not of ${council}. Nothing was recorded.`);
    return parsed ? parsed.ref : name;
  });
  const who = (by ?? os.userInfo().username).trim();
  if (!who) throw new UsageError('say who checked it with --by "<your name>". Nothing was recorded.');
  const stale = staleCuratedRefsIn(context.library, curatedMaps(context, council), [council], true);
  const clauseRefs = context.library.get(council).clauses.map((c) => c.ref);
  const refusals = refs.map((ref) => checkRefusal(council, ref, stale, clauseRefs)).filter((r): r is string => r !== null);
  if (refusals.length > 0) throw new UsageError(`${refusals.join('; ')}. Nothing was recorded.`);
  const metadataPath = path.join(context.config.PROTOCOLS_DIR, `${council}.json`);
  const now = new Date();
  const updated = refs.reduce((m, ref) => withChecked(m, ref, who, now), readMetadata(metadataPath));
  writeFileAtomic(metadataPath, `${JSON.stringify(updated, null, 2)}\n`);
  const version = describeVersion(versionOf(metadata));
  for (const ref of refs) {
    const where = [...new Set(stale.filter((s) => s.ref === ref).map((s) => (s.problem === 'new' ? "new, in no topic's clause map" : s.where)))].join(', ');
    process.stdout.write(`Checked: ${council}:${ref} (${where}) in ${version}, by ${who} on ${now.toISOString().slice(0, 10)}.\n`);
  }
  process.stdout.write(`doctor no longer reports ${refs.length === 1 ? 'it' : 'them'} for this version; a later version that changes ${refs.length === 1 ? 'it' : 'them'} again is reported again.\n`);
  // The check is the person's word, but a route still naming a post its own clause no longer names is worth a second look.
  for (const [kind, route] of Object.entries(metadata.routes)) {
    const text = route?.clause && refs.includes(route.clause) ? squashSpaces(context.library.clause(council, route.clause)?.text ?? '') : '';
    if (text && !text.toLowerCase().includes(route!.recipient.replace(/^the /i, '').toLowerCase())) {
      process.stdout.write(`Note: routes.${kind} sends to the ${route!.recipient}, whom clause ${route!.clause} does not name now; if the post has changed, correct it in ${metadataPath}.\n`);
    }
  }
}

/** Said when neither the text nor --adopted gives the date the council adopted this version. */
/** The adoption date ingest took from the file, and how to correct it. */
const adoptionDateRead = (adopted: string): string =>
  `Adoption date read from the text: ${adopted} (answers name this version by it). If that is wrong, give the right one with --adopted "<date>" (the same file again is enough).`;

const NO_ADOPTION_DATE =
  'No adoption date was found in the text (a line such as "Adopted by the Council on 12 May 2025"): answers will name this version by its number alone. ' +
  'Give the date with --adopted "12 May 2025" (the same file again is enough: only the date is saved).';

/** What a same-text ingest changes in the current version's metadata, as a person reads it. */
function describedChanges(existing: CouncilMetadata, options: IngestOptions, acceptedRoutes: number): string[] {
  const changes: string[] = [];
  if (options.adopted && options.adopted !== existing.adopted) changes.push(`its adoption date is now ${options.adopted}`);
  if (options.name && options.name !== existing.name) changes.push(`its name is now ${options.name}`);
  if (options.clerkTitle && options.clerkTitle !== existing.clerkTitle) changes.push(`the Clerk's title is now ${options.clerkTitle}`);
  if (acceptedRoutes > 0) changes.push(`${acceptedRoutes} proposed route(s) were saved`);
  return changes;
}

const sameClauses = (a: Clause[], b: Clause[]) => {
  const d = diffClauses(a, b);
  return d.added.length + d.removed.length + d.changed.length + d.renumbered.length === 0;
};

/**
 * The intents' clause maps, when one of them names this council (parsing every intent file
 * costs more than reading a large protocol); none if the intents folder cannot be read.
 */
function curatedMaps(context: CliContext, council: string) {
  try {
    const directory = context.config.INTENTS_DIR;
    const mentioned = fs.readdirSync(directory).some((f) => /\.ya?ml$/.test(f) && new RegExp(`^\\s+${council}:`, 'm').test(fs.readFileSync(path.join(directory, f), 'utf8')));
    return mentioned ? loadIntents(directory) : [];
  } catch {
    return [];
  }
}

function printDryRun(
  file: string,
  extracted: Awaited<ReturnType<typeof readProtocolFile>>,
  clauses: Clause[],
  warnings: string[],
  routeReport: string[],
  stale: ReturnType<typeof staleCuratedRefs>,
  current: StoredVersion | undefined,
): void {
  const refs = clauses.map((c) => c.ref);
  const out = [`Dry run, nothing written. ${path.basename(file)} read as ${FORMAT_NAMES[extracted.format]}: ${clauses.length} clauses, ${refs[0]} … ${refs[refs.length - 1]}.`];
  out.push('', 'Clauses (ref, heading, first words):', ...clauseLines(clauses));
  const unplaced = warnings.filter((w) => w.startsWith(IN_NO_CLAUSE)).map((w) => w.slice(IN_NO_CLAUSE.length));
  const numbering = warnings.filter((w) => !w.startsWith(IN_NO_CLAUSE));
  out.push('', numbering.length ? 'Numbering gaps and duplicates:' : 'Numbering: no gaps or duplicates.', ...numbering.map((w) => `  ${w}`));
  if (unplaced.length) out.push('', 'Text in no clause (a clause read as a heading? check it in the file):', ...unplaced.map((w) => `  ${w}`));
  if (extracted.furniture.length) {
    const shown = extracted.furniture.slice(0, 6).map((l) => `"${l}"`).join(', ');
    out.push('', `Removed as running headers, footers and page numbers: ${shown}${extracted.furniture.length > 6 ? ` and ${extracted.furniture.length - 6} more` : ''}.`);
  }
  const leftovers = leftoverFurniture(clauses);
  out.push('', leftovers.length ? 'Lines that look like leftover headers or footers:' : 'No leftover headers or footers found in the clauses.', ...leftovers.map((l) => `  ${l}`));
  out.push('', ...routeReport);
  const stillRefs = stale.filter((s) => s.problem !== 'new');
  if (current) out.push('', `Compared with the current ${describeVersion(current)}:`, ...(stillRefs.length ? stillRefs.map((s) => `  curated reference ${describeStaleRef(s)}`) : ['  every curated clause reference still points at the same text']));
  const unmapped = newClauseAdvice(stale);
  if (unmapped.length) out.push('', ...unmapped);
  process.stdout.write(`${out.join('\n')}\n`);
}
