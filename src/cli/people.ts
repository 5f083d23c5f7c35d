import { Command } from 'commander';
import { z } from 'zod';
import { ROLES } from '../domain/types';
import { CliContext } from './context';
import { UsageError } from './errors';
import { oneLineErrors, USER_ID_FORM, withQueue } from './queue';
import { terminalSafe } from '../channels/console/terminal';

/**
 * `people list|set|remove`: who the bot knows and their roles, for whoever runs it. The command
 * line acts as the deployer: it may make anyone a Clerk. Bad input exits 2 with one line and
 * changes nothing (everything is checked before the database is opened).
 */
export function registerPeopleCommands(program: Command, context: CliContext): void {
  const people = oneLineErrors(new Command('people').description('people and their roles (councillor, officer, clerk)'));
  program.addCommand(people);

  people
    .command('list')
    .description('everyone the bot knows, with their role (and where a configured list sets it)')
    .option('--json', 'print a JSON array')
    .action((raw: unknown) => {
      const options = parse(z.object({ json: z.boolean().optional() }), raw);
      const known = withQueue(context, (q) => q.listPeople());
      if (options.json) {
        process.stdout.write(`${JSON.stringify(known, null, 2)}\n`);
        return;
      }
      const lines = known.map((p) =>
        terminalSafe(`${p.userId.padEnd(24)} ${p.role.padEnd(10)} ${p.name}${p.role !== p.savedRole ? `  (saved as ${p.savedRole}; a configured list makes them ${p.role})` : ''}`),
      );
      process.stdout.write(`${lines.length ? lines.join('\n') : 'Nobody yet: people are added when they first use the bot, or with `people set`.'}\n`);
    });

  people
    .command('set <user-id>')
    .description('give someone a role, e.g. people set slack:U0123ABCD --role officer --name "Sam Jones"')
    .option('--role <role>', `the role: ${ROLES.join(', ')}`)
    .option('--name <name>', 'their name (kept if not given)')
    .option('--json', 'print the result as JSON')
    .action((userId: string, raw: unknown) => {
      const target = parseUserId(userId);
      const options = parse(setSchema, raw);
      const result = withQueue(context, (q) => q.setRole({ userId: target, role: options.role, name: options.name }, 'operator'));
      if (options.json) {
        process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        return;
      }
      const note = result.effective !== result.person.role ? ` (they remain ${result.effective}: a configured list — CLERK_USER_IDS, OFFICER_USER_IDS or a Slack group — says so)` : '';
      // Not a refusal: roles may be given before people first use the bot. But a mistyped id saves a role for nobody.
      const unseen = result.wasKnown ? '' : ' They have not used the bot yet: the role applies when they first do. If they have, check the id.';
      process.stdout.write(`${terminalSafe(`${result.person.name} (${result.person.userId}) is now ${result.person.role}${note}.${unseen}`)}\n`);
    });

  people
    .command('remove <user-id>')
    .description('forget someone\'s saved name and role (their requests are kept)')
    .action((userId: string) => {
      const target = parseUserId(userId);
      const removed = withQueue(context, (q) => q.removePerson(target, 'operator'));
      if (!removed) throw new UsageError(`nobody with the id ${target} is known; nothing was changed`);
      process.stdout.write(`${target} removed.\n`);
    });
}

const setSchema = z.object({
  role: z.enum(ROLES, { error: (issue) => (issue.input === undefined ? `is required: use one of ${ROLES.join(', ')}` : `must be one of ${ROLES.join(', ')}`) }),
  name: z.string().trim().min(1, 'must not be empty').max(200, 'is too long (at most 200 characters)').optional(),
  json: z.boolean().optional(),
});

function parse<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new UsageError(`--${String(issue.path[0] ?? '')} ${issue.message}; nothing was changed`);
}

function parseUserId(text: string): string {
  const id = text.trim();
  if (!USER_ID_FORM.test(id)) {
    throw new UsageError(`"${terminalSafe(text)}" is not a user id: use the form slack:U0123ABCD, teams:<id> or console:<name> (as \`people list\` shows them); nothing was changed`);
  }
  // Slack never issues a member id with small letters: "slack:unew" would be saved for nobody, and UNEW keep their role.
  if (id.startsWith('slack:') && !/^slack:[A-Z0-9]+$/.test(id)) {
    throw new UsageError(`"${terminalSafe(text)}" is not a Slack member id: those are capital letters and digits, such as slack:U0123ABCD (in Slack: their profile → ⋮ → Copy member ID); nothing was changed`);
  }
  return id;
}
