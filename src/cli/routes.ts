import path from 'node:path';
import { Command } from 'commander';
import { CliContext } from './context';
import { UsageError } from './errors';
import { proposeRoutes, RouteProposal, routeToSave } from '../answer/routes';
import { readProtocolForCli } from './protocol-file';
import { councilIdSchema, CouncilMetadata, councilMetadataSchema, Route, ROUTE_KIND_NAMES } from '../protocols/metadata';
import type { Protocol } from '../protocols/library';


/** The kinds a protocol's text is read for, in the order they are printed. */
const ROUTE_KINDS = ['complaint_about_officer', 'complaint_about_clerk', 'complaint_about_councillor', 'complaint_about_councillor_by_councillor', 'document_access'] as const;

/**
 * The proposals as a person reads them, then the `routes` object to paste once checked. A kind the council already
 * routes says so (uat26: after `ingest --accept-routes`, `routes` still said "put this in …json", and pasting it would
 * have replaced a route set by hand), and only the kinds with no route are offered to paste.
 */
export function formatRouteProposals(protocol: Protocol, proposals: RouteProposal[], metadataFile = `data/protocols/${protocol.council.id}.json`): string {
  const existing: CouncilMetadata['routes'] = protocol.council.routes ?? {};
  const clerkTitle = protocol.council.clerkTitle;
  const lines = [`Routes proposed from ${protocol.council.name}'s protocol (nothing has been changed):`, ''];
  for (const kind of ROUTE_KINDS) {
    const proposal = proposals.find((p) => p.kind === kind);
    if (!proposal) {
      lines.push(`${ROUTE_KIND_NAMES[kind]}: not found in the text; ${withoutRoute(kind, clerkTitle)}.`, '');
      continue;
    }
    const current = existing[kind];
    const state = !current ? '' : sameRoute(current, routeToSave(proposal, clerkTitle)) ? '; already saved' : `; kept: already routed to ${current.recipient}${current.clause ? ` (clause ${current.clause})` : ''}`;
    lines.push(`${ROUTE_KIND_NAMES[kind]}: ${proposal.recipient} (clause ${proposal.clause})${state}`, `    "${proposal.sentence.replace(/\s*\n\s*/g, ' ')}"`, ...inferredLine(proposal, '    '), '');
  }
  const open = proposals.filter((p) => !existing[p.kind]);
  const asJson = (shown: RouteProposal[]) => JSON.stringify({ routes: Object.fromEntries(shown.map((p) => [p.kind, routeToSave(p, clerkTitle)])) }, null, 2);
  if (open.length === proposals.length) lines.push(`Check each against its sentence, correct the recipients, then put this in ${metadataFile}:`, asJson(proposals));
  else if (open.length > 0) lines.push(`Check each against its sentence, correct the recipients, then add these under "routes" in ${metadataFile} (the routes already there are kept):`, asJson(open));
  else lines.push(`Every kind proposed already has a route in ${metadataFile}; nothing to add. The proposals, for reference:`, asJson(proposals));
  return `${lines.join('\n')}\n`;
}

/** Whether a saved route is the one a proposal would save: the same post under the same clause (a note may be worded by hand). */
const sameRoute = (a: Route, b: Route): boolean => samePost(a.recipient, b.recipient) && (a.clause ?? '') === (b.clause ?? '');

/** What happens to a kind with no route (src/queue/routing.ts): the Clerk, except complaints about the Clerk. */
const withoutRoute = (kind: (typeof ROUTE_KINDS)[number], clerkTitle: string): string =>
  kind === 'complaint_about_clerk'
    ? `without a route these name no recipient and are kept from the ${clerkTitle}: set one by hand`
    : kind === 'complaint_about_councillor_by_councillor'
      ? `without a route these go to the ${clerkTitle}, noted as not set out in the protocol`
      : `without a route these go to the ${clerkTitle}`;

/** A route worked out rather than read says so, so the person checks it harder. */
const inferredLine = (proposal: RouteProposal, indent: string): string[] => (proposal.inferred ? [`${indent}(inferred: ${proposal.inferred})`] : []);

/**
 * What `ingest` prints about routes: each proposal with its sentence, whether the council already
 * has a route of that kind (which is kept), and what was saved or how to save them.
 */
export function routeProposalLines(
  proposals: RouteProposal[],
  options: { existing: CouncilMetadata['routes']; accepted: RouteProposal[]; dryRun: boolean; file: string; clerkTitle: string },
): string[] {
  const lines = ['Routes proposed from the text (check each against its sentence):'];
  /** Kept routes whose own clause now names another post (a revised protocol), said at the end. */
  const outdated: string[] = [];
  for (const kind of ROUTE_KINDS) {
    const proposal = proposals.find((p) => p.kind === kind);
    const current = options.existing[kind];
    const kept = current ? `; kept: already routed to ${current.recipient}${current.clause ? ` (clause ${current.clause})` : ''}` : '';
    if (!proposal) {
      lines.push(`  ${ROUTE_KIND_NAMES[kind]}: not found in the text${current ? kept : `; ${withoutRoute(kind, options.clerkTitle)}`}`);
      continue;
    }
    const saved = options.accepted.includes(proposal) ? `; saved${savedAs(routeToSave(proposal, options.clerkTitle), proposal)}` : kept;
    // A revised protocol whose routing clause now names another post: the kept route may be out of date.
    const renamed = current && !options.accepted.includes(proposal) && current.clause === proposal.clause && !samePost(current.recipient, proposal.recipient);
    if (renamed) outdated.push(`Check the route for ${ROUTE_KIND_NAMES[kind].replace(/^./, (c) => c.toLowerCase())}: it still names the ${current.recipient}, but clause ${proposal.clause} now names the ${proposal.recipient}. If the post has changed, correct "recipient" under routes.${kind} in ${options.file} (--accept-routes never replaces a route).`);
    lines.push(`  ${ROUTE_KIND_NAMES[kind]}: ${proposal.recipient} (clause ${proposal.clause})${saved}${renamed ? `, which clause ${proposal.clause} no longer names` : ''}`, `      "${proposal.sentence.replace(/\s*\n\s*/g, ' ')}"`, ...inferredLine(proposal, '      '));
  }
  const open = proposals.filter((p) => !options.existing[p.kind]);
  if (options.accepted.length > 0) lines.push(`Saved ${options.accepted.length} route(s) into ${options.file}, as --accept-routes asked; correct any recipient there.`);
  else if (proposals.length === 0) lines.push(`Nothing to save: set routes in ${options.file} by hand if the Clerk is not the one for every kind.`);
  // "Nothing to save" is not said over a kept route that the text no longer names: the check below says what to do.
  else if (open.length === 0 && outdated.length === 0) lines.push('Nothing to save: every kind proposed already has a route, which is kept.');
  else if (open.length === 0) lines.push('No new route to save.');
  else if (options.dryRun) lines.push(`Nothing applied. To save them: ingest again without --dry-run and with --accept-routes, or write them into ${options.file} yourself.`);
  else lines.push(`Not applied. Check them, then run the same ingest with --accept-routes, or write them into ${options.file} yourself.`);
  lines.push(...outdated);
  return lines;
}

/** How a saved route differs from its proposal: document requests still go to the Clerk when another post hears refusals. */
const savedAs = (route: Route, proposal: RouteProposal): string =>
  route.recipient === proposal.recipient ? '' : ` as: document requests go to the ${route.recipient}, a refusal to the ${proposal.recipient} (the route's note)`;

/** Whether two route recipients name the same post ("the Chair of the Council" and "Chair of the council"). */
const samePost = (a: string, b: string): boolean => {
  const post = (name: string) => name.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
  return post(a) === post(b);
};

/** `routes <council>`: who receives complaints and document disputes, proposed from the text. */
export function registerRoutesCommand(program: Command, context: CliContext): void {
  program
    .command('routes <council>')
    .description("propose a council's routes (who receives complaints and document disputes) from its protocol text, for you to confirm into <id>.json")
    .option('--from <file>', "read the protocol from this file (PDF, Word .docx, HTML, Markdown or text, as ingest reads it) instead of the library, e.g. before ingesting it")
    .option('--json', 'print the proposals as JSON')
    .action(async (council: string, options: { from?: string; json?: boolean }) => {
      let protocol: Protocol;
      if (options.from) {
        const valid = councilIdSchema.safeParse(council);
        if (!valid.success) throw new UsageError(`council "${council}": ${valid.error.issues[0].message}`);
        const { clauses, warnings } = await readProtocolForCli(options.from, valid.data, 'Nothing has been changed.');
        protocol = { council: councilMetadataSchema.parse({ id: valid.data, name: valid.data }), clauses, warnings };
      } else {
        protocol = context.library.get(council);
      }
      const proposals = proposeRoutes(protocol);
      process.stdout.write(options.json ? `${JSON.stringify(proposals, null, 2)}\n` : formatRouteProposals(protocol, proposals, path.join(context.config.PROTOCOLS_DIR, `${protocol.council.id}.json`)));
    });
}
