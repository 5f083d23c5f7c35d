import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Reply } from '../../src/assistant/reply';
import { formatReply } from '../../src/channels/console/render';
import { quotedFromLine } from '../../src/channels/labels';
import { replyMessages } from '../../src/channels/slack/blocks';
import { answerCard } from '../../src/channels/teams/cards';
import { MODEL_CACHE_DIR } from '../support/model';
import { killChildren, MAIN, runProcess } from '../support/process';
import { runCliCaptured } from '../support/runCli';
import { PROJECT_ROOT } from '../support/fixtures';
import { allText } from './slack/helpers';
import { textOf } from './teams/helpers';

/** "An answer names the version it quotes (adopted date)", in every channel. */

jest.setTimeout(90_000);

const reply = (council: Reply['council']): Reply => ({
  intent: 'complaint_about_officer',
  confidence: 0.95,
  uncertain: false,
  council,
  summary: 'Under 7.3: It goes to the Chair of the Staffing Committee.',
  answer: { ref: '7.3', text: 'It goes to the Chair of the Staffing Committee.' },
  clauses: [{ council: 'cottingham', ref: '7.3', heading: 'Problem areas', text: 'It goes to the Chair of the Staffing Committee.', score: 1 }],
  actions: [],
});
const revised = { id: 'cottingham', name: 'Cottingham Parish Council', version: 2, adopted: '1 March 2026' };
const LINE = "Quoted from Cottingham Parish Council's protocol (version 2, adopted 1 March 2026)";

describe('the line naming the protocol version an answer quotes', () => {
  test.each([
    [{ name: 'Cottingham Parish Council', version: 1, adopted: '21 February 2013' }, "Quoted from Cottingham Parish Council's protocol (adopted 21 February 2013)"],
    [{ name: 'Cottingham Parish Council', version: 2, adopted: '1 March 2026' }, LINE],
    [{ name: 'Flitwick Town Council', version: 1 }, "Quoted from Flitwick Town Council's protocol (version 1)"],
    [{ name: 'Flitwick Town Council' }, "Quoted from Flitwick Town Council's protocol"],
  ])('%j → %s', (council, line) => expect(quotedFromLine(council)).toBe(line));

  test('the console says it above the quoted clauses', () => {
    expect(formatReply(reply(revised), { bold: false })).toContain(`\n${LINE}:\n`);
  });

  test('Slack says it in the context line under the quotes', () => {
    const blocks = replyMessages(reply(revised)).flatMap((m) => m.blocks);
    const context = blocks.find((b) => b.type === 'context');
    expect(allText(context)).toBe(LINE);
  });

  test('the Teams answer card says it above the quoted clauses', () => {
    expect(textOf(answerCard(reply(revised)))).toContain(`${LINE}:`);
  });
});

describe('end to end: a council re-ingests its protocol, and the console answer names the new version', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quoted-version-'))));
  afterEach(() => {
    killChildren();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('npm start (console) quotes "version 2, adopted 1 March 2026" after the ingest', async () => {
    const protocols = path.join(dir, 'protocols');
    fs.mkdirSync(protocols);
    for (const file of ['cottingham.txt', 'cottingham.json']) fs.copyFileSync(path.join(PROJECT_ROOT, 'data', 'protocols', file), path.join(protocols, file));
    const text = path.join(dir, 'revised.txt');
    fs.writeFileSync(text, fs.readFileSync(path.join(protocols, 'cottingham.txt'), 'utf8').replace('Chair of the Personnel Committee', 'Chair of the Staffing Committee'));
    const ingest = await runCliCaptured(['ingest', text, '--council', 'cottingham', '--adopted', '1 March 2026'], { PROTOCOLS_DIR: protocols });
    expect(ingest.code).toBe(0);

    const env = { COUNCIL: 'cottingham', PROTOCOLS_DIR: protocols, DATABASE_PATH: path.join(dir, 'queue.sqlite'), MODEL_CACHE_DIR, LOG_LEVEL: 'error' };
    const run = await runProcess(MAIN, [], env, { ms: 80_000, stdin: 'who do I complain to about the clerk?\n/quit\n' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${LINE}:`);
    expect(run.stdout).toContain('Chair of the Staffing Committee');
  });
});
