import path from 'node:path';
import { Assistant } from '../../src/assistant/assistant';
import { AnswerSelector } from '../../src/answer/select';
import { answerLine, answerWords, OMITTED, splitAtAnswer } from '../../src/answer/wording';
import { listLayout } from '../../src/answer/sentences';
import { parseProtocol } from '../../src/protocols/parse';
import { ProtocolLibrary } from '../../src/protocols/library';
import { MODEL_CACHE_DIR } from '../support/model';
import { PROJECT_ROOT, PROTOCOLS_DIR } from '../support/fixtures';

// answers23: a lead-in ending in a colon and its list are one answer unit, so a reply could lead with a dozen bullets.
// The first line now reads the lead-in and the item that answers. Questions and clause texts are my own wording, not
// taken from any evaluation set or from the design or check pairs.

const councillor = { id: 'test:cllr', name: 'Cllr Test', role: 'councillor' as const };
let assistant: Assistant;
beforeAll(() => {
  assistant = Assistant.create({ config: { COUNCIL: 'cottingham', INTENTS_DIR: path.join(PROJECT_ROOT, 'intents'), MODEL_CACHE_DIR }, library: ProtocolLibrary.load(PROTOCOLS_DIR) });
});

/** A one-clause protocol's answer, chosen by the selector alone. */
function chooseIn(clauseText: string, question: string) {
  const { clauses } = parseProtocol(`1. Test\n\n1.1 ${clauseText}\n`, 'test');
  return new AnswerSelector().choose(clauses, question, 'councillor', [{ clause: clauses[0], prior: 1 }]);
}

const GARDEN_RULES = [
  'Volunteers working in the memorial garden should:',
  '• wear the gloves and boots kept in the shed behind the pavilion whenever they handle tools or compost;',
  '• sign the visitors book at the gate before starting and again when they leave the garden;',
  '• report any damage to the benches, fences or planting to the Groundsman the same day it is seen;',
  '• keep the garden gate shut at all times so that dogs from the recreation ground cannot get in;',
  '• never use weedkiller or any other chemical unless the Groundsman has given written permission first.',
].join('\n');

describe('the first line of a long list answer', () => {
  test('a question about one item leads with the lead-in and that item; the answer text stays the whole list', () => {
    const chosen = chooseIn(GARDEN_RULES, 'Am I allowed to use weedkiller on the memorial garden paths?')!;
    expect(chosen.text).toBe(GARDEN_RULES);
    expect(chosen.focus?.leadIn).toBe('Volunteers working in the memorial garden should:');
    expect(chosen.focus?.item).toBe('never use weedkiller or any other chemical unless the Groundsman has given written permission first.');
    expect(answerLine(chosen)).toBe(`Under 1.1: Volunteers working in the memorial garden should: ${OMITTED} never use weedkiller or any other chemical unless the Groundsman has given written permission first.`);
  });

  test('items left out on either side are marked, and an item\'s closing semicolon is not read out', () => {
    const chosen = chooseIn(GARDEN_RULES, 'Do I have to sign a visitors book when I arrive at the memorial garden?')!;
    expect(chosen.focus?.item).toMatch(/^sign the visitors book/);
    expect(answerWords(chosen)).toBe(`Volunteers working in the memorial garden should: ${OMITTED} sign the visitors book at the gate before starting and again when they leave the garden ${OMITTED}`);
  });

  test('every piece of the line is a verbatim slice of the answer, where the focus says it is', () => {
    const chosen = chooseIn(GARDEN_RULES, 'What should I do about damage to a fence in the memorial garden?')!;
    const focus = chosen.focus!;
    expect(chosen.text.startsWith(focus.leadIn)).toBe(true);
    expect(chosen.text.slice(focus.itemAt, focus.itemAt + focus.item.length)).toBe(focus.item);
    for (const piece of answerWords(chosen).split(OMITTED).map((p) => p.trim()).filter(Boolean)) expect(chosen.text).toContain(piece);
  });

  test('the first item reads on from the lead-in with its bullet, as the clause prints it', () => {
    const chosen = chooseIn(GARDEN_RULES, 'Do volunteers have to wear gloves and boots in the memorial garden?')!;
    expect(chosen.focus?.item).toMatch(/^wear the gloves/);
    expect(answerWords(chosen)).toBe(`Volunteers working in the memorial garden should: • wear the gloves and boots kept in the shed behind the pavilion whenever they handle tools or compost ${OMITTED}`);
  });

  test('a short list is read whole', () => {
    const short = 'Volunteers should:\n• wear gloves;\n• sign the book;\n• shut the gate.';
    const chosen = chooseIn(short, 'Should volunteers wear gloves?')!;
    expect(chosen.text).toBe(short);
    expect(chosen.focus).toBeUndefined();
    expect(answerWords(chosen)).toBe('Volunteers should: • wear gloves; • sign the book; • shut the gate.');
  });

  test('when no word of the question tells the items apart, the whole list is the line', () => {
    const chosen = chooseIn(GARDEN_RULES, 'What should volunteers in the memorial garden do?');
    expect(chosen?.focus).toBeUndefined();
  });

  test('listLayout finds the lead-in and each item without its bullet, and nothing in a unit that is not a list', () => {
    const layout = listLayout(GARDEN_RULES)!;
    expect(layout.items).toHaveLength(5);
    expect(GARDEN_RULES.slice(layout.leadIn.start, layout.leadIn.end)).toBe('Volunteers working in the memorial garden should:');
    expect(GARDEN_RULES.slice(layout.items[4].start, layout.items[4].end)).toMatch(/^never use weedkiller/);
    expect(listLayout('The Clerk decides. Members may appeal.')).toBeNull();
  });

  test('a quoted clause emphasises the item, not the whole list', () => {
    const chosen = chooseIn(GARDEN_RULES, 'Am I allowed to use weedkiller on the memorial garden paths?')!;
    const parts = splitAtAnswer({ ref: '1.1', text: `Some opening words. ${GARDEN_RULES}` }, chosen)!;
    expect(parts.answer).toBe(chosen.focus!.item);
    expect(parts.before.endsWith('• ')).toBe(true);
    expect(`${parts.before}${parts.answer}${parts.after}`).toBe(`Some opening words. ${GARDEN_RULES}`);
  });

  test('a focus that no longer lies where it says in the text is ignored: the whole answer is the line', () => {
    const chosen = chooseIn(GARDEN_RULES, 'Am I allowed to use weedkiller on the memorial garden paths?')!;
    const stale = { ...chosen, focus: { ...chosen.focus!, itemAt: 3 } };
    expect(answerWords(stale)).toBe(GARDEN_RULES.replace(/\s*\n\s*/g, ' '));
    expect(splitAtAnswer({ ref: '1.1', text: GARDEN_RULES }, stale)?.answer).toBe(GARDEN_RULES);
  });
});

describe('through the assistant, on a shipped protocol', () => {
  test('Cottingham 5.1\'s twelve expectations: asked how quickly staff should reply, the reply leads with the timely-response item', () => {
    const reply = assistant.answer('How soon should an officer get back to me when I send the office a query?', councillor, { council: 'cottingham', record: false });
    expect(reply.answer?.ref).toBe('5.1');
    expect(reply.answer?.text).toContain('Training and development opportunities');
    expect(reply.summary).toBe(`Under 5.1: All Councillors can expect: ${OMITTED} A timely response from Officers to enquiries and complaints ${OMITTED}`);
    expect(reply.clauses[0].text).toContain(reply.answer!.text);
  });
});
