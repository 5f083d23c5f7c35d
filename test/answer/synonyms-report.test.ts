import { AnswerSelector } from '../../src/answer/select';
import { protocolWordsFor } from '../../src/answer/synonyms';
import { parseProtocol } from '../../src/protocols/parse';

// answers24: "report" added "complaint concern raise" to every message that said it, but in councils a report is most
// often a document. Questions and clause texts are my own wording, not taken from any evaluation set or pair file.

const COMPLAINT_WORDS = 'complaint concern raise';
const addsComplaintWords = (message: string) => protocolWordsFor(message).includes(COMPLAINT_WORDS);

describe('the two senses of "report"', () => {
  test.each([
    'Can I read the finance officer report on the cemetery extension before Tuesday?',
    "The clerk's report to committee on the skate park is out of date.",
    'Who writes the report that goes to the annual meeting?',
    'Our group wants the officer’s report on the allotments changed.',
    'officers report on the bus shelter is late again',
  ])('a report as a document adds no complaint words: %s', (message) => {
    expect(addsComplaintWords(message)).toBe(false);
  });

  test.each([
    'Who do I report it to?',
    'The chairman swore at me. Can I report him?',
    'I want to report a councillor for breaking the protocol.',
    'If we report the treasurer, what happens next?',
    'Report it to the clerk, or to the chair?',
  ])('a report as telling someone of a wrong adds the complaint words: %s', (message) => {
    expect(addsComplaintWords(message)).toBe(true);
  });

  test('one sentence telling of a wrong is enough, even beside a report as a document', () => {
    expect(addsComplaintWords('The draft report was leaked to the press. Who should I report that to?')).toBe(true);
  });

  test('words with one sense keep their protocol words wherever they stand', () => {
    expect(protocolWordsFor('I want to complain about the hall')).toContain('complaint concern');
  });
});

describe('a question about seeing a report, answered from a list of what members can expect', () => {
  const LIST = [
    'Every member of the Council can expect from its staff:',
    '• a reply to letters and emails within five working days of receipt;',
    '• regular, up to date information on matters coming before the committees they sit on;',
    '• training on the Code of Conduct and on how the Council takes its decisions;',
    '• a fair hearing of any concern they raise about staff;',
    '• courtesy and respect at all times, in private and in public.',
  ].join('\n');

  test('the first line is the item about information, not the one about raising a concern', () => {
    const { clauses } = parseProtocol(`1. Test\n\n1.1 ${LIST}\n`, 'test');
    const chosen = new AnswerSelector().choose(clauses, 'Can I get the planning officer report on the depot site before the committee meets?', 'councillor', [{ clause: clauses[0], prior: 1 }]);
    expect(chosen?.focus?.item).toContain('up to date information');
    expect(chosen?.focus?.item).not.toContain('concern they raise');
  });
});
