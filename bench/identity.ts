/**
 * `node dist/bench/identity.js > outputs.jsonl`: everything the classify path decides, at full
 * precision, for every message of the evaluation sets (test/eval/*.jsonl, test/eval/dev/*.jsonl;
 * not test/eval/blind) and for bench/messages.ts in every council and role. A speed change must
 * leave this output byte-identical: run it on the build before and after and compare the files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Assistant } from '../src/assistant/assistant';
import { loadConfig } from '../src/config';
import { ROLES, Role } from '../src/domain/types';
import { ProtocolLibrary } from '../src/protocols/library';
import { classifyOne } from '../src/cli/ask';
import { councilMetadataSchema } from '../src/protocols/metadata';
import { parseProtocol } from '../src/protocols/parse';
import { BENCH_MESSAGES } from './messages';

const PROJECT = path.resolve(__dirname, '..', '..');
const EVAL_DIRS = [path.join(PROJECT, 'test', 'eval'), path.join(PROJECT, 'test', 'eval', 'dev')];

interface Row {
  id: string | number;
  text?: string;
  council?: string;
  role?: Role | null;
  turns?: { text: string }[];
}

function main(): void {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const library = ProtocolLibrary.load(config.PROTOCOLS_DIR);
  // The protocol no council of the project has (ashdown), in memory, as `eval --with-protocol` adds it.
  const unseen = path.join(PROJECT, 'test', 'eval', 'protocols');
  for (const file of fs.readdirSync(unseen).filter((f) => f.endsWith('.txt'))) {
    const id = path.basename(file, '.txt');
    library.add({ council: councilMetadataSchema.parse({ id, name: id }), ...parseProtocol(fs.readFileSync(path.join(unseen, file), 'utf8'), id) });
  }
  const assistant = Assistant.create({ config, library });
  const write = (line: unknown) => process.stdout.write(`${JSON.stringify(line)}\n`);
  const everything = (key: string, text: string, council: string, role: Role | undefined) => {
    const result = assistant.classify(text, role);
    const clauses3 = assistant.clausesFor(council, result, text).map((c) => [c.council, c.ref, c.score]);
    const clauses5 = assistant.clausesFor(council, result, text, 5).map((c) => [c.council, c.ref, c.score]);
    const read = assistant.read(text, { council, role });
    write({ key, result, clauses3, clauses5, answer: read.answer, cited: read.clauses.map((c) => [c.council, c.ref, c.score]) });
    write({ key, cli: classifyOne(assistant, key, text, council, role) });
  };
  for (const dir of EVAL_DIRS) {
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
      const rows = fs
        .readFileSync(path.join(dir, file), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as Row);
      for (const row of rows) {
        const council = row.council ?? config.COUNCIL;
        const role = row.role ?? undefined;
        if (row.turns) {
          row.turns.forEach((turn, i) => {
            everything(`${file}:${row.id}:${i}`, turn.text, council, role);
            write({ key: `${file}:${row.id}:${i}`, turn: classifyOne(assistant, `${row.id}`, turn.text, council, role, `${file}:${row.id}`) });
          });
        } else if (row.text !== undefined) everything(`${file}:${row.id}`, row.text, council, role);
      }
    }
  }
  for (const council of library.ids()) {
    for (const role of [...ROLES, undefined]) BENCH_MESSAGES.forEach((text, i) => everything(`bench:${council}:${role}:${i}`, text, council, role));
  }
}

main();
