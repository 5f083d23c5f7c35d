import { AnswerSelector } from '../../src/answer/select';
import { protocolWordsFor } from '../../src/answer/synonyms';
import { THING_KINDS, kindWordsFor } from '../../src/answer/thingKinds';
import { parseProtocol } from '../../src/protocols/parse';

const words = (message: string) => kindWordsFor(message).join(' ').split(' ');

/**
 * The clause that answers a question on a small protocol of my own: the rule given, and a clause that shares the
 * question's general words ("a firm", "council") but not its thing, which the rule must beat.
 */
function answeringRef(rule: string, question: string): string | undefined {
  const { clauses } = parseProtocol([rule, '2. A firm that tenders for council work must be told the outcome in writing.'].join('\n\n'), 'test');
  return new AnswerSelector().choose(clauses, question, 'councillor', clauses.map((clause) => ({ clause, prior: 1 })))?.ref;
}

describe('a thing a story tells in everyday words, read as its kind (thingKinds.ts, answers37)', () => {
  it('reads a drink, food and a meal given or offered as a gift or hospitality', () => {
    expect(words('A supplier dropped off a crate of lager at reception. Can we keep it?')).toContain('hospitality');
    expect(words('Someone sent me a Christmas hamper. Is that OK?')).toContain('gift');
    expect(words('The builder wants to take me out for a curry. Should I go?')).toContain('hospitality');
  });

  it('does not read a meal or an outing as hospitality when nothing was given or offered', () => {
    expect(kindWordsFor('I play golf every week with the clerk. Should I declare that?')).toEqual([]);
    expect(kindWordsFor('We have lunch together most Fridays. Is that a problem?')).toEqual([]);
  });

  it('reads a vehicle, an item of equipment, a document and an email in the protocol words for them, given or not', () => {
    expect(words('The tipper is parked up. Can I borrow it?')).toContain('vehicles');
    expect(words('My son wants the council laptop. Can he use it?')).toContain('equipment');
    expect(words('There is a spreadsheet of the bids. Can I see it?')).toContain('documents');
    expect(words('A member sent me an email about it. Can I pass it on?')).toContain('correspondence');
  });

  it('reads a thing named in the asking sentence itself only when it is a council resource the sentence asks to use', () => {
    expect(kindWordsFor('Can I see the emails between the clerk and the contractor?')).toEqual([]);
    expect(kindWordsFor('Can I pop into the depot to check on the new mower?')).toEqual([]);
    expect(kindWordsFor('Someone left a spreadsheet on my desk. Can I use the spreadsheet for my campaign?')).toEqual(['document documents information']);
  });

  it('reads the council van, laptop or printer the asking sentence asks to borrow, keep at home or use as its kind (answers39)', () => {
    expect(words('Can I borrow the van for the weekend?')).toContain('vehicles');
    expect(words('Am I allowed the office laptop at home?')).toContain('equipment');
    expect(words("Is it ok to use the council's printer for my leaflets?")).toContain('equipment');
    expect(words("May I take the council's projector home for a quiz night?")).toContain('equipment');
    expect(words('Can I run my posters off on the photocopier?')).toContain('equipment');
    // A thing told in the story is read once, not again in the question.
    expect(kindWordsFor('The van is parked up. Can I borrow the van?')).toEqual(['vehicle vehicles']);
  });

  it('finds a plural made with -s from its singular, and gives a thing of two kinds the words of both', () => {
    expect(words('A supplier gave us two mugs. Can we keep them?')).toContain('gift');
    expect(words('Two vans are parked up all weekend. Can I use one?')).toContain('vehicle');
    expect(words('A rep gave me a branded biro. Can I keep it?')).toEqual(expect.arrayContaining(['gift', 'stationery']));
  });

  it('adds nothing for a story naming no thing, nor for the words left out on purpose or the press', () => {
    expect(kindWordsFor('The clerk was rude to me. Who do I complain to?')).toEqual([]);
    expect(kindWordsFor('I have the papers and the report. Can I share them?')).toEqual([]);
    expect(kindWordsFor('The Gazette rang me about the budget. Can I speak for the council?')).toEqual([]);
  });

  it('is not part of protocolWordsFor, which the clause ranking also reads', () => {
    expect(protocolWordsFor('A developer sent me a case of wine. Can I keep it?').join(' ')).not.toContain('hospitality');
  });

  it('lists each thing in lower case, as one word', () => {
    for (const { things } of Object.values(THING_KINDS)) for (const thing of things) expect(thing).toMatch(/^[a-z]+$/);
  });

  it("answers a story's everyday thing with the rule on its kind, which without the kind shares too little with the question to answer", () => {
    // My own small protocol: the gift rule shares no word with the question but its kind.
    expect(answeringRef('1. Members must not accept a gift or hospitality from anyone seeking work from the council.', 'A firm gave me a case of wine at Christmas. Can I keep it?')).toBe('1');
  });

  it('answers a question asking to borrow a council thing with the rule on its kind, which shares no word with the question as asked (answers39)', () => {
    // My own small protocol: the rule says vehicles are not lent; the question asks to borrow the van.
    expect(answeringRef('1. Council vehicles are not lent to members.', 'Can I borrow the van on Saturday?')).toBe('1');
  });
});

