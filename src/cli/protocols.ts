import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { CliContext } from './context';
import { UsageError } from './errors';
import { councilIdSchema, CouncilMetadata, councilMetadataSchema } from '../protocols/metadata';
import { parseProtocol } from '../protocols/parse';
import { parseClauseName } from '../protocols/library';
import { formatClause } from '../channels/console/render';

/** `ingest`, `clauses`, `clause`: adding a council's protocol and reading it back. */
export function registerProtocolCommands(program: Command, context: CliContext): void {
  program
    .command('ingest <file>')
    .description("add a council's protocol from a plain-text file")
    .requiredOption('--council <id>', 'council id to file it under, e.g. "stoke-gifford"')
    .requiredOption('--name <name>', 'the council\'s full name, e.g. "Stoke Gifford Parish Council"')
    .option('--clerk-title <title>', 'what the council calls its Clerk', 'Clerk')
    .option('--adopted <date>', 'when the protocol was adopted')
    .option('--force', 'replace a council that already exists')
    .action((file: string, options: { council: string; name: string; clerkTitle: string; adopted?: string; force?: boolean }) => {
      const id = councilIdSchema.safeParse(options.council);
      if (!id.success) throw new UsageError(`--council "${options.council}": ${id.error.issues[0].message}`);
      if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new UsageError(`no such file: ${file}`);
      const text = fs.readFileSync(file, 'utf8');
      const { clauses, warnings } = parseProtocol(text, id.data);
      if (clauses.length === 0) {
        throw new UsageError(`${file}: found no numbered clauses; is it a Member/Officer protocol in plain text? Nothing was added.`);
      }
      const directory = context.config.PROTOCOLS_DIR;
      const textPath = path.join(directory, `${id.data}.txt`);
      if (fs.existsSync(textPath) && !options.force) {
        throw new UsageError(`council "${id.data}" already exists in ${directory}; use --force to replace it. Nothing was added.`);
      }
      const metadata: CouncilMetadata = councilMetadataSchema.parse({
        id: id.data,
        name: options.name,
        clerkTitle: options.clerkTitle,
        ...(options.adopted ? { adopted: options.adopted } : {}),
        routes: {},
      });
      fs.mkdirSync(directory, { recursive: true });
      fs.writeFileSync(textPath, text);
      fs.writeFileSync(path.join(directory, `${id.data}.json`), `${JSON.stringify(metadata, null, 2)}\n`);
      for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
      const refs = clauses.map((c) => c.ref);
      process.stdout.write(`Added ${metadata.name} (${id.data}): ${clauses.length} clauses, ${refs[0]} … ${refs[refs.length - 1]}` +
        `${warnings.length ? `, ${warnings.length} warning(s)` : ''}.\n`);
    });

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
