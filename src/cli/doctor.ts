import { Command } from 'commander';
import { z } from 'zod';
import { ReportedFailure, UsageError } from './errors';

/** `protocol-bot doctor [--json]`: exit 0 when every check passes, 1 otherwise. */
export function registerDoctorCommand(program: Command, env: NodeJS.ProcessEnv = process.env): void {
  program
    .command('doctor')
    .description('check the set-up (configuration, data, database, outbox, Slack, Teams) and say what to fix')
    .option('--json', 'print {ok, checks:[{name, ok, detail, fix}]} as JSON, for monitoring')
    .action(async (raw: unknown) => {
      const parsed = z.object({ json: z.boolean().optional() }).safeParse(raw);
      if (!parsed.success) throw new UsageError('doctor takes only --json');
      // Loaded here, not at the top: the doctor pulls in Slack's SDK, YAML and SQLite, which every
      // other command (and its start-up time) can do without.
      const { formatChecks, runDoctor } = await import('../ops/doctor');
      const checks = await runDoctor(env);
      const ok = checks.every((c) => c.ok);
      process.stdout.write(parsed.data.json ? `${JSON.stringify({ ok, checks }, null, 2)}\n` : `${formatChecks(checks)}\n`);
      if (!ok) throw new ReportedFailure(`${checks.filter((c) => !c.ok).length} check(s) failed`);
    });
}
