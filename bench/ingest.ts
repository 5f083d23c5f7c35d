import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractProtocol } from '../src/protocols/formats/extract';
import { parseProtocol } from '../src/protocols/parse';
import { PROJECT_ROOT } from '../src/config';

/**
 * `npm run bench:ingest`: how ingest time grows with a protocol's size, how fast an oversized
 * file is refused, and whether one large council slows commands about the others.
 * Prints a Markdown report; progress on stderr.
 */

const CLI = path.join(PROJECT_ROOT, 'dist', 'src', 'cli.js');
const SIZES = [5_000, 10_000, 20_000];
const BODY =
  'Councillors and staff will treat one another with courtesy and respect, and the Town Clerk will decide any question about the responsibilities of staff that a councillor raises, reporting to the next meeting of the committee';

/** A protocol of `clauses` clauses in "SECTION n – TITLE" style, wrapped at 90 columns as copied from a PDF, with words broken by hyphens. */
export function syntheticProtocol(clauses: number): string {
  const lines = ['Benchmark Town Council', 'Member/Officer Protocol', 'Adopted by the Council on 12 May 2025 (Minute 25/048)', ''];
  let made = 0;
  for (let section = 1; made < clauses; section++) {
    lines.push(`SECTION ${section} – MATTERS OF KIND ${section}`, '');
    for (let n = 1; n <= 50 && made < clauses; n++, made++) {
      const words = `${section}.${n} ${BODY} (case ${made}).`.split(' ');
      let line = '';
      for (const word of words) {
        if (`${line} ${word}`.length <= 90) line = line ? `${line} ${word}` : word;
        else if (made % 4 === 0 && word.length > 9 && !line.endsWith('-')) {
          lines.push(`${line} ${word.slice(0, 5)}-`);
          line = word.slice(5);
        } else {
          lines.push(line);
          line = word;
        }
      }
      lines.push(line, '');
    }
  }
  return lines.join('\n');
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);

function time<T>(run: () => T): { value: T; ms: number } {
  const started = process.hrtime.bigint();
  const value = run();
  return { value, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

async function timeAsync<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = process.hrtime.bigint();
  const value = await run();
  return { value, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

function cli(args: string[], env: NodeJS.ProcessEnv): { ms: number; code: number } {
  const started = process.hrtime.bigint();
  let code = 0;
  try {
    execFileSync(process.execPath, [CLI, ...args], { env: { ...process.env, ...env, LOG_LEVEL: 'silent' }, stdio: 'ignore' });
  } catch (error) {
    code = (error as { status?: number }).status ?? 1;
  }
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, code };
}

async function main(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-ingest-'));
  const out: string[] = ['# Ingest benchmark', '', `node ${process.version}, ${os.cpus().length} cores`, ''];
  try {
    out.push('## Time against size (in process: read + clean + parse; best of 3; and the whole `protocol-bot ingest` command)', '');
    out.push('| clauses | MB | read+parse s | µs per clause | `ingest` command s |', '|---|---|---|---|---|');
    for (const size of SIZES) {
      const file = path.join(work, `protocol-${size}.txt`);
      fs.writeFileSync(file, syntheticProtocol(size));
      const bytes = fs.readFileSync(file);
      let best = Infinity;
      let found = 0;
      for (let run = 0; run < 3; run++) {
        const { value, ms } = await timeAsync(async () => parseProtocol((await extractProtocol(bytes, file)).text, 'bench'));
        best = Math.min(best, ms);
        found = value.clauses.length;
      }
      if (found !== size) throw new Error(`parsed ${found} clauses of ${size}`);
      const command = cli(['ingest', file, '--council', `bench-${size}`, '--name', 'Benchmark Town Council'], { PROTOCOLS_DIR: path.join(work, 'protocols') });
      out.push(`| ${size} | ${(bytes.length / 1e6).toFixed(1)} | ${seconds(best)} | ${((best * 1000) / size).toFixed(0)} | ${seconds(command.ms)} |`);
      process.stderr.write(`[bench:ingest] ${size} clauses: ${seconds(best)} s\n`);
    }

    out.push('', '## The shape that was quadratic: one clause continued over many lines', '');
    out.push('(Text whose numbering the parser cannot follow, e.g. numbers above 999, piles into one clause; each line used to be tested against the whole clause so far.)', '');
    out.push('| continuation lines | MB | parse s |', '|---|---|---|');
    for (const count of [10_000, 20_000, 40_000]) {
      const lines = ['1.1 The start of a clause that goes on'];
      for (let i = 0; i < count; i++) lines.push(`and on with more words on line number ${i}`);
      const text = lines.join('\n');
      const { ms } = time(() => parseProtocol(text, 'bench'));
      out.push(`| ${count} | ${(text.length / 1e6).toFixed(1)} | ${seconds(ms)} |`);
    }

    const huge = path.join(work, 'huge.pdf');
    fs.writeFileSync(huge, '%PDF-1.7\n');
    fs.truncateSync(huge, 50 * 1024 * 1024);
    const refused = cli(['ingest', huge, '--council', 'huge', '--name', 'Huge'], { PROTOCOLS_DIR: path.join(work, 'refused') });
    out.push('', `A 50 MB file is refused (exit ${refused.code}) in ${seconds(refused.ms)} s, the whole command.`, '');

    out.push('## One large council and commands about the others', '');
    const withBig = path.join(work, 'with-big');
    fs.mkdirSync(withBig);
    for (const f of fs.readdirSync(path.join(PROJECT_ROOT, 'data', 'protocols'))) {
      if (/\.(txt|json)$/.test(f)) fs.copyFileSync(path.join(PROJECT_ROOT, 'data', 'protocols', f), path.join(withBig, f));
    }
    const shipped = { PROTOCOLS_DIR: path.join(PROJECT_ROOT, 'data', 'protocols'), DATABASE_PATH: path.join(work, 'queue.sqlite') };
    const big = path.join(work, 'protocol-10000.txt');
    const add = cli(['ingest', big, '--council', 'bigtown', '--name', 'Big Town Council'], { PROTOCOLS_DIR: withBig });
    if (add.code !== 0) throw new Error('could not add the large council');
    const loaded = { ...shipped, PROTOCOLS_DIR: withBig };
    out.push(`With a ${(fs.statSync(big).size / 1e6).toFixed(1)} MB council (10,000 clauses) added beside the five shipped ones; each command run 3 times, best shown:`, '');
    out.push('| command | shipped councils only s | with the large council s |', '|---|---|---|');
    const commands: [string, string[]][] = [
      ['queue list', ['queue', 'list']],
      ['clauses --council alsager', ['clauses', '--council', 'alsager', '--json']],
      ['ask (alsager), loads the assistant as the console does', ['ask', 'can I tell the clerk what to do', '--council', 'alsager']],
      ['clauses --council bigtown (the large one itself)', ['clauses', '--council', 'bigtown', '--json']],
    ];
    for (const [label, args] of commands) {
      const best = (env: NodeJS.ProcessEnv) => Math.min(...[0, 1, 2].map(() => cli(args, env).ms));
      const before = args.includes('bigtown') ? NaN : best(shipped);
      out.push(`| ${label} | ${Number.isNaN(before) ? '–' : seconds(before)} | ${seconds(best(loaded))} |`);
      process.stderr.write(`[bench:ingest] ${label}\n`);
    }
    const metadataOnly = time(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { ProtocolLibrary } = require('../src/protocols/library') as typeof import('../src/protocols/library');
      return ProtocolLibrary.load(withBig).ids().length;
    });
    out.push('', `Loading the library with the large council (metadata only): ${metadataOnly.ms.toFixed(1)} ms for ${metadataOnly.value} councils.`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${(error as Error).stack}\n`);
    process.exitCode = 1;
  });
}
