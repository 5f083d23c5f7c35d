import type { Reply } from '../../src/assistant/reply';
import { AnswerSelector } from '../../src/answer/select';
import { answerLine, OMITTED } from '../../src/answer/wording';
import { formatReply } from '../../src/channels/console/render';
import { replyMessages } from '../../src/channels/slack/blocks';
import { answerCard } from '../../src/channels/teams/cards';
import { parseProtocol } from '../../src/protocols/parse';
import { walk } from './teams/helpers';

// answers23: a long list answer leads with its lead-in and the item that answers, and each channel emphasises that
// item inside the quoted clause, which stays whole. The clause text is my own wording.

const LIST = [
  'Hirers of the village hall must:',
  '• return the keys to the Clerk by noon on the day after the booking ends;',
  '• leave the kitchen clean and take all rubbish away with them;',
  '• not exceed the number of people shown on the fire certificate in the entrance;',
  '• report any breakage to the Clerk before leaving the building.',
].join('\n');
const CLAUSE_TEXT = `Bookings are made through the office. ${LIST}`;

function reply(): Reply {
  const { clauses } = parseProtocol(`1. Hall\n\n1.1 ${CLAUSE_TEXT}\n`, 'test');
  const chosen = new AnswerSelector().choose(clauses, 'How many people am I allowed to bring into the village hall, is there a limit on the fire certificate?', 'councillor', [{ clause: clauses[0], prior: 1 }])!;
  const answer = { ref: chosen.ref, text: chosen.text, ...(chosen.focus ? { focus: chosen.focus } : {}) };
  return {
    intent: 'premises_use',
    confidence: 0.9,
    uncertain: false,
    council: { id: 'testham', name: 'Testham Parish Council' },
    summary: answerLine(answer),
    answer,
    clauses: [{ council: 'testham', ref: '1.1', heading: 'Hall', text: clauses[0].text, score: 1 }],
    actions: [],
  };
}
const ITEM = 'not exceed the number of people shown on the fire certificate in the entrance;';
const LINE = `Hirers of the village hall must: ${OMITTED} not exceed the number of people shown on the fire certificate in the entrance ${OMITTED}`;

test('the core narrows the answer to the item on the fire certificate, and keeps the whole list as the answer text', () => {
  const r = reply();
  expect(r.answer?.text).toBe(LIST);
  expect(r.answer?.focus?.item).toBe(ITEM);
  expect(r.summary).toBe(`Under 1.1: ${LINE}`);
});

describe('console', () => {
  test('the first line is the narrowed line; the clause is quoted whole', () => {
    const out = formatReply(reply(), { bold: false });
    expect(out.split('\n')[0]).toBe(`Under 1.1: ${LINE}`);
    for (const line of CLAUSE_TEXT.split('\n')) expect(out).toContain(`    ${line}`);
  });

  test('on a terminal only the item is bold inside the quote', () => {
    const out = formatReply(reply(), { bold: true });
    expect(out).toContain(`    • \x1b[1m${ITEM}\x1b[22m`);
    expect(out.split('\x1b[1m')).toHaveLength(2);
  });
});

describe('Slack', () => {
  const text = (block: unknown): string => (block as { text?: { text?: string } }).text?.text ?? '';
  test('the first block reads the narrowed line, and only the item is bold in the quote', () => {
    const [message] = replyMessages(reply());
    expect(text(message.blocks[0])).toBe(`*Under 1.1:* ${LINE}`);
    const quote = message.blocks.map(text).find((t) => t.startsWith('*testham:1.1*'))!;
    expect(quote).toContain(`>• *${ITEM}*`);
    expect(quote).toContain('>• return the keys to the Clerk by noon on the day after the booking ends;');
    expect(quote.match(/\*[^*\n]+\*/g)?.filter((bold) => !bold.startsWith('*testham'))).toEqual([`*${ITEM}*`]);
  });
});

describe('Teams', () => {
  test('the card leads with the narrowed line, and only the item is a bolder run in the quote', () => {
    const card = answerCard(reply());
    const runs = walk(card).filter((e) => e.type === 'TextRun');
    const first = runs.findIndex((e) => e.text === 'Under 1.1: ');
    expect(runs[first + 1].text).toBe(LINE);
    const bolderQuoted = runs.slice(first + 2).filter((e) => e.weight === 'Bolder' && e.text !== 'testham:1.1');
    expect(bolderQuoted.map((e) => e.text)).toEqual([ITEM]);
    expect(runs.map((e) => e.text)).toEqual(expect.arrayContaining(['Bookings are made through the office. Hirers of the village hall must:', '• ']));
  });
});
