import { OPERATOR, SEE_ALL } from '../support/operator';
import fs from 'node:fs';
import path from 'node:path';
import { runCliCaptured } from '../support/runCli';
import { dumpDatabase, openQueue, removeTempDirs, tempDir } from '../queue/helpers';

/**
 * `protocol-bot queue …` and `db backup` are a contract for outside checks: `--json` prints the
 * request(s) on stdout; bad input exits 2 with exactly one line on stderr and writes nothing.
 */

let dir: string;
let database: string;
let env: NodeJS.ProcessEnv;

beforeEach(() => {
  dir = tempDir();
  database = path.join(dir, 'var', 'queue.sqlite');
  env = { DATABASE_PATH: database, CLERK_USER_IDS: 'console:pat' };
});
afterEach(removeTempDirs);

const run = (args: string[]) => runCliCaptured(args, env);

const FILE_JO = ['queue', 'file', '--kind', 'document_access', '--from', 'console:jo', '--name', 'Jo Bloggs', '--role', 'councillor',
  '--council', 'flitwick', '--subject', 'Planning papers', '--details', 'The officer report on Station Road'];

async function fileJson(args: string[] = FILE_JO): Promise<{ id: number; [key: string]: unknown }> {
  const result = await run([...args, '--json']);
  expect(result).toMatchObject({ code: 0, stderr: '' });
  return JSON.parse(result.stdout);
}

describe('the happy path', () => {
  test('list flags a complaint about the Clerk that nobody is configured to receive', async () => {
    const complaintAboutTheClerk = ['queue', 'file', '--kind', 'complaint', '--about', 'clerk', '--from', 'console:jo', '--name', 'Jo Bloggs',
      '--role', 'councillor', '--council', 'cottingham', '--subject', 'Complaint about the Clerk', '--details', 'Ignored my emails for months'];
    const filed = await fileJson(complaintAboutTheClerk);
    let list = await run(['queue', 'list']);
    expect(list.stdout).toMatch(new RegExp(`#${filed.id} .*UNDELIVERABLE: nobody in CLERK_COMPLAINTS_USER_IDS receives it`));
    expect(JSON.parse((await run(['queue', 'list', '--json'])).stdout)[0]).toMatchObject({ id: filed.id, undeliverable: true });
    env = { ...env, CLERK_COMPLAINTS_USER_IDS: 'UCHAIR' };
    list = await run(['queue', 'list']);
    expect(list.stdout).toContain(`#${filed.id}`);
    expect(list.stdout).not.toContain('UNDELIVERABLE');
  });

  test("a complaint about the Clerk is filed under the council's title for its Clerk, as the channels file it", async () => {
    const filed = await fileJson(['queue', 'file', '--kind', 'complaint', '--about', 'clerk', '--from', 'console:jo', '--name', 'Jo Bloggs',
      '--role', 'councillor', '--council', 'tewkesbury', '--details', 'Changed the minutes after they were approved']);
    expect(filed).toMatchObject({ subject: 'Complaint about the Chief Executive' });
  });

  test('file, list, show, move to resolved, with JSON on stdout at each step', async () => {
    const filed = await fileJson();
    expect(fs.existsSync(database)).toBe(true);
    expect(filed).toMatchObject({
      kind: 'document_access',
      status: 'new',
      council: 'flitwick',
      requester: { userId: 'console:jo', name: 'Jo Bloggs', role: 'councillor' },
      subject: 'Planning papers',
      details: { what: 'The officer report on Station Road' },
      routing: { recipient: 'Town Clerk', clause: '59' },
      confidential: false,
      overdue: false,
    });

    // Pat is a Clerk by CLERK_USER_IDS (see beforeEach), not by filing with --role clerk.
    await fileJson(['queue', 'file', '--kind', 'question', '--from', 'console:pat', '--name', 'Pat Clerk', '--role', 'clerk',
      '--council', 'flitwick', '--subject', 'Note to self']);

    const list = await run(['queue', 'list', '--from', 'console:jo', '--json']);
    expect(JSON.parse(list.stdout).map((r: { id: number }) => r.id)).toEqual([filed.id]);

    for (const to of ['acknowledged', 'in_progress', 'resolved']) {
      const moved = await run(['queue', 'move', String(filed.id), '--to', to, '--by', 'console:pat', '--note', `now ${to}`, '--json']);
      expect(moved).toMatchObject({ code: 0, stderr: '' });
      expect(JSON.parse(moved.stdout)).toMatchObject({ id: filed.id, status: to });
    }

    const shown = JSON.parse((await run(['queue', 'show', String(filed.id), '--json'])).stdout);
    expect(shown.history.map((h: { by: string; to: string }) => `${h.by}:${h.to}`)).toEqual([
      'console:jo:new',
      'console:pat:acknowledged',
      'console:pat:in_progress',
      'console:pat:resolved',
    ]);
    expect(JSON.parse((await run(['queue', 'list', '--status', 'open', '--json'])).stdout)).toHaveLength(1);
    expect(JSON.parse((await run(['queue', 'list', '--status', 'resolved', '--json'])).stdout)).toHaveLength(1);
  });

  test('the form rules of every channel: a long request is filed whole under a short subject, and a complaint\'s subject says only whom it is about', async () => {
    const what = `The minutes, officer reports and correspondence ${'about the Station Road allotments '.repeat(5)}since 2023`;
    expect(what.length).toBeGreaterThan(200);
    const filed = await fileJson(['queue', 'file', '--kind', 'document_access', '--from', 'console:jo', '--name', 'Jo', '--role', 'councillor',
      '--council', 'flitwick', '--details', what]);
    expect(filed).toMatchObject({ details: { what } });
    expect(String(filed.subject).length).toBeLessThanOrEqual(120);
    expect(what.startsWith(String(filed.subject).replace(/…$/, ''))).toBe(true);

    const complaint = await fileJson(['queue', 'file', '--kind', 'complaint', '--about', 'officer', '--from', 'console:jo', '--name', 'Jo', '--role', 'councillor',
      '--council', 'flitwick', '--subject', 'Sam in the office was rude', '--details', 'Sam shouted at me at the front desk on Monday']);
    expect(complaint).toMatchObject({ subject: 'Complaint about an officer', details: { whatHappened: 'Sam shouted at me at the front desk on Monday' } });
  });

  test('a complaint is routed by whom it is about and is confidential', async () => {
    const filed = await fileJson(['queue', 'file', '--kind', 'complaint', '--about', 'clerk', '--from', 'slack:U1', '--name', 'Ann',
      '--role', 'councillor', '--council', 'cottingham', '--subject', 'Minutes altered']);
    expect(filed).toMatchObject({ confidential: true, routing: { recipient: 'Chair of the Personnel Committee', clause: '7.3' },
      details: { about: 'clerk', whatHappened: 'Minutes altered' } });
  });

  test('an unknown person may withdraw their own request, found by their id', async () => {
    const filed = await fileJson();
    const result = await run(['queue', 'move', String(filed.id), '--to', 'withdrawn', '--by', 'console:jo', '--json']);
    expect(JSON.parse(result.stdout)).toMatchObject({ status: 'withdrawn' });
  });

  test('the status may follow the id, as in the chat\'s /move', async () => {
    const filed = await fileJson();
    const result = await run(['queue', 'move', String(filed.id), 'withdrawn', '--by', 'console:jo']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`Document request #${filed.id} is now withdrawn.\n`);
  });

  test('a complaint closed with "refused" is "not upheld", in the words the chat tells the complainant (uat23)', async () => {
    const filed = await fileJson(['queue', 'file', '--kind', 'complaint', '--about', 'officer', '--from', 'console:jo', '--name', 'Jo', '--role', 'councillor',
      '--council', 'flitwick', '--details', 'Sam shouted at me at the front desk on Monday']);
    for (const to of ['acknowledged', 'in_progress']) expect(await run(['queue', 'move', String(filed.id), to, '--by', 'console:pat'])).toMatchObject({ code: 0 });
    const result = await run(['queue', 'move', String(filed.id), 'refused', '--by', 'console:pat', '--note', 'Sam acted within the protocol.']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`Complaint #${filed.id} is now not upheld.\n`);
    // Stored as the queue's status, which --status and /move take.
    expect(JSON.parse((await run(['queue', 'show', String(filed.id), '--json'])).stdout)).toMatchObject({ status: 'refused' });
  });

  test("show names the route as the chat does, its note's clause in the same form (uat23)", async () => {
    const filed = await fileJson();
    const shown = await run(['queue', 'show', String(filed.id)]);
    expect(shown.stdout).toMatch(/\n {2}for: Town Clerk \(clause flitwick:59\) — /);
  });

  test('without --json the output is a sentence for people', async () => {
    const result = await run(FILE_JO);
    // The kind in words and the route as the chat receipts give them, not the kind's code (uat20, journey 19).
    expect(result.stdout).toBe('Document request #1 filed. Goes to Town Clerk (clause flitwick:59).\n');
    expect((await run(['queue', 'list'])).stdout).toMatch(/^#1 +new +document_access +flitwick +Jo Bloggs \(console:jo\) — Planning papers → Town Clerk\n$/);
    expect((await run(['queue', 'show', '1'])).stdout).toMatch(/history:\n .*console:jo: \(filed\) → new/);
  });

  test("a question's receipt names the Clerk by the council's own title, as the chat does", async () => {
    const result = await run(['queue', 'file', '--kind', 'question', '--from', 'console:jo', '--name', 'Jo Bloggs', '--role', 'councillor',
      '--council', 'flitwick', '--details', 'When is the allotments committee next meeting?']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^Question for the Town Clerk #1 filed\. Goes to Town Clerk\b.*\.\n$/);
  });

  test('export prints everything held about one person', async () => {
    const filed = await fileJson();
    const result = await run(['queue', 'export', '--from', 'console:jo']);
    expect(result.code).toBe(0);
    const held = JSON.parse(result.stdout);
    expect(held.person).toMatchObject({ userId: 'console:jo', name: 'Jo Bloggs', role: 'councillor' });
    expect(held.requests.map((r: { id: number; history: unknown[] }) => [r.id, r.history.length])).toEqual([[filed.id, 1]]);
    expect(held).toHaveProperty('feedback', []);
    expect(held).toHaveProperty('unanswered', []);
  });

  test('purge deletes closed requests only', async () => {
    const open = await fileJson();
    const closed = await fileJson();
    await run(['queue', 'move', String(closed.id), '--to', 'withdrawn', '--by', 'console:jo']);
    const result = await run(['queue', 'purge', '--older-than', '0', '--json']);
    expect(JSON.parse(result.stdout)).toMatchObject({ requests: 1, history: 2, outbox: 3 });
    expect(JSON.parse((await run(['queue', 'list', '--json'])).stdout).map((r: { id: number }) => r.id)).toEqual([open.id]);
    expect((await run(['queue', 'purge', '--older-than', '30'])).stdout).toMatch(/^Purged 0 closed request\(s\)/);
  });

  test('db backup copies the database while it is open elsewhere', async () => {
    const filed = await fileJson();
    const running = openQueue(database); // the bot, still running
    try {
      const target = path.join(dir, 'backups', 'nightly.sqlite');
      const result = await run(['db', 'backup', target]);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toMatch(/^Backed up .* to .*nightly\.sqlite \(\d+ pages\)\.\n$/);
      const copy = openQueue(target);
      try {
        expect(copy.integrityCheck()).toBe('ok');
        expect(copy.list({}, OPERATOR, SEE_ALL).map((r) => r.id)).toEqual([filed.id]);
      } finally {
        copy.close();
      }
    } finally {
      running.close();
    }
  });
});

describe('bad input: exit 2, one line on stderr, nothing on stdout, nothing written', () => {
  const fileWith = (change: Record<string, string | null>, extra: string[] = []): string[] => {
    const options: Record<string, string> = {
      '--kind': 'document_access', '--from': 'console:jo', '--name': 'Jo', '--role': 'councillor',
      '--council': 'flitwick', '--subject': 'Papers',
    };
    for (const [flag, value] of Object.entries(change)) {
      if (value === null) delete options[flag];
      else options[flag] = value;
    }
    return ['queue', 'file', ...Object.entries(options).flat(), ...extra];
  };

  const CASES: Array<[string, string[], RegExp]> = [
    ['file without --kind', fileWith({ '--kind': null }), /--kind is required: use one of document_access, complaint, question/],
    ['file with an unknown kind', fileWith({ '--kind': 'grievance' }), /--kind must be one of document_access, complaint, question/],
    ['file without --from', fileWith({ '--from': null }), /--from is required/],
    ['file with an empty --name', fileWith({ '--name': '  ' }), /--name must not be empty/],
    ['file with an unknown role', fileWith({ '--role': 'mayor' }), /--role must be one of councillor, officer, clerk/],
    ['file without --council', fileWith({ '--council': null }), /--council is required/],
    ['file for an unknown council', fileWith({ '--council': 'atlantis' }), /--council "atlantis" is not a known council; known councils: alsager/],
    ['file with a council id that is not one', fileWith({ '--council': 'Flit Wick' }), /--council must be a council id/],
    ['file without --subject or --details', fileWith({ '--subject': null }), /--details or --subject is required/],
    ['file a question too short to be one', fileWith({ '--kind': 'question', '--subject': 'x' }), /--subject: Please write your question for the Clerk; nothing was changed/],
    ['file details longer than the form allows', fileWith({ '--details': 'y'.repeat(2001) }), /--details: That is too long \(2001 characters\): please keep it to 2,000; nothing was changed/],
    ['file with a 201-character subject', fileWith({ '--subject': 'x'.repeat(201) }), /--subject is too long/],
    ['file a complaint without --about', fileWith({ '--kind': 'complaint' }), /--about is required for a complaint/],
    ['file a complaint about the mayor', fileWith({ '--kind': 'complaint', '--about': 'mayor' }), /--about must be one of officer, councillor, clerk/],
    ['file a question with --about', fileWith({ '--kind': 'question', '--about': 'officer' }), /--about only applies to --kind complaint/],
    ['file with an unknown option', fileWith({}, ['--urgent']), /unknown option '--urgent'/],
    ['file with a stray argument', fileWith({}, ['now']), /too many arguments/],
    ['list with an unknown status', ['queue', 'list', '--status', 'lost'], /--status must be one of open, new, acknowledged/],
    ['list for an unknown council', ['queue', 'list', '--council', 'atlantis'], /not a known council/],
    ['list with an unknown option', ['queue', 'list', '--everything'], /unknown option '--everything'/],
    ['list with a page size of nothing', ['queue', 'list', '--limit', '0'], /--limit must be at least 1/],
    ['list with a cursor it never gave out', ['queue', 'list', '--cursor', 'nonsense'], /cursor is not one this queue gave out/],
    ['show without an id', ['queue', 'show'], /missing required argument 'id'/],
    ['show with a word for an id', ['queue', 'show', 'first'], /"first" is not a request id/],
    ['show request 0', ['queue', 'show', '0'], /"0" is not a request id/],
    ['show a request that does not exist', ['queue', 'show', '99'], /there is no request #99/],
    ['move without --to', ['queue', 'move', '1', '--by', 'console:pat'], /--to is required/],
    ['move to an unknown status', ['queue', 'move', '1', '--to', 'done', '--by', 'console:pat'], /--to must be one of new, acknowledged/],
    ['move without --by', ['queue', 'move', '1', '--to', 'acknowledged'], /--by is required/],
    ['move with the status twice, differently', ['queue', 'move', '1', 'acknowledged', '--to', 'refused', '--by', 'console:pat'], /the new status is given twice, as "acknowledged" and as --to refused/],
    ['move to an unknown status after the id', ['queue', 'move', '1', 'done', '--by', 'console:pat'], /--to must be one of new, acknowledged/],
    ['move with a bad id', ['queue', 'move', '-3', '--to', 'acknowledged', '--by', 'console:pat'], /unknown option '-3'/],
    ['move a request that does not exist', ['queue', 'move', '99', '--to', 'acknowledged', '--by', 'console:pat'], /there is no request #99/],
    ['move skipping a step', ['queue', 'move', '1', '--to', 'resolved', '--by', 'console:pat'], /request #1 is new: it can move to acknowledged next, not resolved/],
    ['move by someone unknown', ['queue', 'move', '1', '--to', 'acknowledged', '--by', 'console:sam'], /request #1 is not yours/],
    ['move by the requester beyond withdrawal', ['queue', 'move', '1', '--to', 'acknowledged', '--by', 'console:jo'], /only the Clerk can move document request #1 to acknowledged/],
    ['withdraw by the Clerk for someone else', ['queue', 'move', '1', '--to', 'withdrawn', '--by', 'console:pat'], /only the person who filed document request #1 can withdraw it/],
    ['export without --from', ['queue', 'export'], /--from is required/],
    ['export with an empty --from', ['queue', 'export', '--from', ''], /--from must not be empty/],
    // uat12: an id without its platform matched nobody, and the export said "nothing held".
    ['export of a bare id, naming the one meant', ['queue', 'export', '--from', 'jo'], /--from "jo" is not a user id: did you mean console:jo\? Ids look like slack:U0123ABCD, teams:<id> or console:<name>, as `people list` shows them/],
    ['export of a bare id nobody has', ['queue', 'export', '--from', 'U0NOBODY'], /--from "U0NOBODY" is not a user id: ids look like slack:U0123ABCD/],
    ['move by a bare id', ['queue', 'move', '1', '--to', 'acknowledged', '--by', 'pat'], /--by "pat" is not a user id: did you mean console:pat\?/],
    ['list by a bare id', ['queue', 'list', '--from', 'jo'], /--from "jo" is not a user id: did you mean console:jo\?/],
    ['file from a bare id', fileWith({ '--from': 'jo' }), /--from "jo" is not a user id: did you mean console:jo\?/],
    ['purge without --older-than', ['queue', 'purge'], /--older-than is required/],
    ['purge with a negative age', ['queue', 'purge', '--older-than', '-5'], /--older-than must be a whole number of days/],
    ['purge with words for days', ['queue', 'purge', '--older-than', 'a year'], /--older-than must be a whole number of days/],
    ['backup without a file', ['db', 'backup'], /missing required argument 'file'/],
    ['an unknown queue command', ['queue', 'delete', '1'], /unknown command 'delete'/],
  ];

  test.each(CASES)('%s', async (_what, args, message) => {
    // A queue with one request of Jo's and the Clerk known, so moves have something to refuse.
    await fileJson();
    await fileJson(['queue', 'file', '--kind', 'question', '--from', 'console:pat', '--name', 'Pat', '--role', 'clerk', '--council', 'flitwick', '--subject', 'Note to self']);
    const before = dumpDatabase(database);
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.split('\n')).toEqual([expect.any(String), '']);
    expect(dumpDatabase(database)).toBe(before);
  });

  test('refusing without a reason is refused and the request stays in progress', async () => {
    await fileJson();
    await fileJson(['queue', 'file', '--kind', 'question', '--from', 'console:pat', '--name', 'Pat', '--role', 'clerk', '--council', 'flitwick', '--subject', 'Note to self']);
    for (const to of ['acknowledged', 'in_progress']) await run(['queue', 'move', '1', '--to', to, '--by', 'console:pat']);
    const before = dumpDatabase(database);
    let result = await run(['queue', 'move', '1', '--to', 'refused', '--by', 'console:pat']);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(/^protocol-bot: refusing document request #1 needs a reason: add a note saying why\n$/);
    result = await run(['queue', 'move', '1', '--to', 'refused', '--by', 'console:pat', '--note', '  ']);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(/^protocol-bot: --note must not be empty; nothing was changed\n$/);
    expect(dumpDatabase(database)).toBe(before);
  });

  test('filing bad input into no database yet does not create one', async () => {
    const result = await run(fileWith({ '--council': 'atlantis' }));
    expect(result.code).toBe(2);
    expect(fs.existsSync(database)).toBe(false);
    expect(fs.existsSync(path.dirname(database))).toBe(false);
  });

  test('backup with no database, or onto an existing file, is refused', async () => {
    const target = path.join(dir, 'backup.sqlite');
    let result = await run(['db', 'backup', target]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(/^protocol-bot: there is no database at .* yet, so nothing to back up\n$/);
    expect(fs.existsSync(database)).toBe(false);

    await fileJson();
    fs.writeFileSync(target, 'last week\'s backup');
    result = await run(['db', 'backup', target]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(/^protocol-bot: .*backup\.sqlite already exists; name a new file so no backup is overwritten\n$/);
    expect(fs.readFileSync(target, 'utf8')).toBe('last week\'s backup');
  });
});

test('queue move --help says refused closes a complaint as "not upheld" (the buttons\' and the update\'s words)', async () => {
  const result = await run(['queue', 'move', '--help']);
  expect(`${result.stdout}${result.stderr}`.replace(/\s+/g, ' ')).toContain('refused closes a complaint as "not upheld"');
});
