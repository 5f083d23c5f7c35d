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

  test.each([
    [['eval', '/nonexistent.jsonl'], /no such file/],
    [['eval', '--cv', '1'], /--cv takes a number of folds from 2 to 20/],
  ])('bad input %j: exit 2', async (args, message) => {
    const result = await runCliCaptured(args, env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
