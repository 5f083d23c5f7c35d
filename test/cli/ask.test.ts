import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { runCliCaptured } from '../support/runCli';
import { MODEL_CACHE_DIR } from '../support/model';

const env = { MODEL_CACHE_DIR };

describe('protocol-bot ask', () => {
  test('answers with verbatim clauses and their refs', async () => {
    const result = await runCliCaptured(['ask', 'Who do I complain to about the clerk?', '--council', 'cottingham'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\[cottingham:7\.3\] — Problem areas\n {4}If a Councillor is dissatisfied with the conduct, behaviour or performance of the Clerk/);
  });

  test('--json prints the Reply', async () => {
    const result = await runCliCaptured(['ask', 'Can I speak to the press about the flood?', '--json'], env);
    const reply = JSON.parse(result.stdout);
    expect(reply).toMatchObject({ intent: 'media_relations', council: { id: 'flitwick', name: 'Flitwick Town Council' } });
    expect(reply.clauses.length).toBeGreaterThan(0);
    expect(reply.clauses[0]).toEqual(expect.objectContaining({ council: 'flitwick', ref: expect.any(String), heading: expect.any(String), text: expect.any(String) }));
  });

  test.each([
    [['ask', '   '], /the question is empty/],
    [['ask', 'hello', '--role', 'mayor'], /--role "mayor": use one of councillor, officer, clerk/],
    [['ask', 'hello', '--council', 'atlantis'], /unknown council "atlantis"/],
    [['ask'], /missing required argument 'question'/],
  ])('bad input %j: exit 2, one line on stderr', async (args, message) => {
    const result = await runCliCaptured(args, env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('protocol-bot classify', () => {
  test('reads JSONL and writes one classification per line, best clause first', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Can I look round the depot whenever I like?', council: 'alsager' }),
      JSON.stringify({ id: 'b', text: 'how do I make a complaint', role: 'officer' }),
      JSON.stringify({ id: 'c', text: 'what is the capital of France' }),
    ].join('\n');
    const result = await runCliCaptured(['classify'], env, `${input}\n`);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 'c']);
    expect(lines[0]).toMatchObject({ intent: 'premises_access' });
    expect(lines[0].clauses[0]).toEqual({ council: 'alsager', ref: expect.any(String), score: expect.any(Number) });
    expect(lines[0].clauses.map((c: { score: number }) => c.score)).toEqual([...lines[0].clauses.map((c: { score: number }) => c.score)].sort((x, y) => y - x));
    expect(lines[1].intent).toBe('complaint_about_councillor');
    expect(lines[1].clauses.every((c: { council: string }) => c.council === 'flitwick')).toBe(true);
    expect(lines[2]).toEqual({ id: 'c', intent: 'out_of_scope', confidence: expect.any(Number), clauses: [], answer: null });
  });

  test('echoes the id as given and reads a null council or role as not given', async () => {
    const result = await runCliCaptured(['classify', '--council', 'halstead'], env, '{"id":7,"text":"Can I pass on confidential papers?","council":null,"role":null}\n');
    expect(result.code).toBe(0);
    const line = JSON.parse(result.stdout);
    expect(line.id).toBe(7);
    expect(line.clauses[0].council).toBe('halstead');
  });

  test('lines with the same thread are turns of one conversation, in input order; without a thread each stands alone', async () => {
    const turns = [
      { id: 't1', text: 'Could I read the tender documents for the pavilion roof?', council: 'flitwick', thread: 'conv-1' },
      { id: 't2', text: 'what if the clerk says no?', council: 'flitwick', thread: 'conv-1' },
      { id: 'other', text: 'what if the clerk says no?', council: 'flitwick', thread: 'conv-2' },
      { id: 'alone', text: 'what if the clerk says no?', council: 'flitwick' },
    ];
    const result = await runCliCaptured(['classify'], env, `${turns.map((t) => JSON.stringify(t)).join('\n')}\n`);
    expect(result.code).toBe(0);
    const lines = Object.fromEntries(result.stdout.trim().split('\n').map((l) => JSON.parse(l)).map((l) => [l.id, l]));
    expect(lines.t2).toMatchObject({ intent: 'document_access' });
    expect(lines.t2.clauses[0].ref).toBe('59');
    // The same words in a conversation of their own, or in none, are not read as a follow-up.
    expect(lines.other).toEqual({ ...lines.alone, id: 'other' });
    expect(lines.alone.intent).not.toBe('document_access');
  });

  test('a bad line is reported with its number and skipped; the rest are answered; exit 2', async () => {
    const input = `{"id":"x","text":"thanks very much"}\nnot json\n{"id":"y"}\n{"id":"z","text":"hello","role":"mayor"}\n`;
    const result = await runCliCaptured(['classify'], env, input);
    expect(result.code).toBe(2);
    expect(result.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['x']);
    expect(result.stderr).toMatch(/line 2 skipped/);
    expect(result.stderr).toMatch(/line 3 skipped: text/);
    expect(result.stderr).toMatch(/line 4 skipped: role/);
  });
});

describe('protocol-bot eval', () => {
  test('scores a labelled file', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'eval-')), 'mini.jsonl');
    fs.writeFileSync(
      file,
      [
        { id: '1', council: 'flitwick', role: 'councillor', text: 'Can I visit the council offices without an appointment?', intent: 'premises_access', alt: [], clauses: ['76'] },
        { id: '2', council: 'flitwick', role: 'councillor', text: 'what time is the tip open on sunday', intent: 'out_of_scope', alt: [], clauses: [] },
      ].map((r) => JSON.stringify(r)).join('\n'),
    );
    const result = await runCliCaptured(['eval', file], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/intent accuracy \d\.\d{3} {3}clause hit@3 \d\.\d{3} \(1 rows\)/);
    expect(result.stdout).toMatch(/out-of-scope recall \d\.\d{3} \(1 rows\) {3}false fallback \d\.\d{3} \(1 rows\)/);
  });

  test('scores a file of conversations: first turns and follow-ups apart, each turn read in its thread', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'eval-')), 'dialogues.jsonl');
    const conversation = {
      id: 'c1',
      council: 'flitwick',
      role: 'councillor',
      turns: [
        { text: 'Could I read the tender documents for the pavilion roof?', intent: 'document_access', alt: [], clauses: ['57', '58'] },
        { text: 'what if the clerk says no?', intent: 'document_access', alt: [], clauses: ['59'] },
      ],
    };
    fs.writeFileSync(file, `${JSON.stringify(conversation)}\n`);
    const threaded = await runCliCaptured(['eval', file], env);
    expect(threaded.code).toBe(0);
    expect(threaded.stdout).toMatch(/1 conversations, 2 turns/);
    expect(threaded.stdout).toMatch(/first turns +1 +intent 1\.000 +clause hit@3 1\.000/);
    expect(threaded.stdout).toMatch(/follow-ups +1 +intent 1\.000 +clause hit@3 1\.000/);
    // Read without its thread, the follow-up is not understood: the score can fail.
    const alone = await runCliCaptured(['eval', file, '--standalone'], env);
    expect(alone.stdout).toMatch(/follow-ups +1 +intent 0\.000/);
  });

  test.each([
    [['eval', '/nonexistent.jsonl'], /no such file/],
    [['eval', '--cv', '1'], /--cv takes a number of folds from 2 to 20/],
  ])('bad input %j: exit 2', async (args, message) => {
    const result = await runCliCaptured(args, env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
