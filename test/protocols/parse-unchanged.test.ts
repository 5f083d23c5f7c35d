import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseProtocol } from '../../src/protocols/parse';
import { PROJECT_ROOT } from '../support/fixtures';

/**
 * Every protocol text the project has (shipped, evaluation, and the older parser fixtures) must
 * parse to the same clauses (ref, heading, text) and warnings as it did before the parser learnt
 * more numbering styles. The record was written by the parser at main's cc0b78f with
 * `UPDATE_PARSE_RECORD=1 npx jest test/protocols/parse-unchanged.test.ts`; regenerate it only for
 * a change meant to alter how these protocols read, and say so in the commit.
 */

const RECORD = path.join(PROJECT_ROOT, 'test/fixtures/parse-record.json');
const FOLDERS = ['data/protocols', 'test/eval/protocols', 'test/protocols/fixtures', 'test/protocols/fixtures/unseen'];

interface Parsed {
  /** ref, heading, and a hash of the text with its length and first words (to see what moved). */
  clauses: string[];
  warnings: string[];
}

const digest = (text: string) => `${crypto.createHash('sha1').update(text).digest('hex').slice(0, 12)} ${text.length} ${text.slice(0, 40)}`;

function parseAll(): Record<string, Parsed> {
  const out: Record<string, Parsed> = {};
  for (const folder of FOLDERS) {
    const dir = path.join(PROJECT_ROOT, folder);
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      const { clauses, warnings } = parseProtocol(fs.readFileSync(path.join(dir, file), 'utf8'), 'x');
      out[`${folder}/${file}`] = { clauses: clauses.map((c) => `${c.ref} | ${c.heading} | ${digest(c.text)}`), warnings };
    }
  }
  return out;
}

describe('the protocols the project already has', () => {
  test('parse exactly as they did before (refs, headings, text, warnings)', () => {
    const now = parseAll();
    if (process.env.UPDATE_PARSE_RECORD === '1') fs.writeFileSync(RECORD, `${JSON.stringify(now, null, 1)}\n`);
    const before = JSON.parse(fs.readFileSync(RECORD, 'utf8')) as Record<string, Parsed>;
    // A protocol added later is not in the record; every recorded one must still be there.
    expect(Object.keys(before).filter((name) => !(name in now))).toEqual([]);
    for (const name of Object.keys(before)) {
      expect({ name, ...now[name] }).toEqual({ name, ...before[name] });
    }
  });
});
