import path from 'node:path';
import { Assistant } from '../../src/assistant/assistant';
import { canonicalWords } from '../../src/nlu/normalize';
import { ProtocolLibrary } from '../../src/protocols/library';
import { MODEL_CACHE_DIR } from '../support/model';
import { COUNCILLOR_ASKER } from '../support/shippedAssistant';

const root = path.join(__dirname, '../..');

describe('a formal register ("is it the case that…", "I should be obliged if you would…")', () => {
  test('reads as the plain ask it wraps, while "am I obliged to" keeps its word', () => {
    expect(canonicalWords('is it the case that the pool is shut').join(' ')).toBe('the pool is shut');
    expect(canonicalWords('is it true that the pool is shut').join(' ')).toBe('the pool is shut');
    expect(canonicalWords('i should be obliged if you would send the minutes').join(' ')).toBe('could you send the minutes');
    expect(canonicalWords('we would be most grateful if you could reply').join(' ')).toBe('could you reply');
    expect(canonicalWords('i should be grateful to know the date').join(' ')).toBe('could you tell me the date');
    expect(canonicalWords('am i obliged to reply').join(' ')).toBe('am i obliged to reply');
    expect(canonicalWords('would you be so kind as to advise me of the deadline').join(' ')).toBe('would you tell me the deadline');
    expect(canonicalWords('could you kindly inform us as to the date').join(' ')).toBe('could you tell us the date');
    // Being kept informed is a topic of its own: only a request to the reader is rewritten.
    expect(canonicalWords('nobody would inform me of the works').join(' ')).toBe('nobody would inform me of the works');
  });

  const library = ProtocolLibrary.load(path.join(root, 'data/protocols'));
  const assistant = (council: string) =>
    Assistant.create({ config: { COUNCIL: council, INTENTS_DIR: path.join(root, 'intents'), MODEL_CACHE_DIR }, library });

  test('does not pull a question about the town into a protocol topic', () => {
    const councillor = COUNCILLOR_ASKER;
    expect(assistant('halstead').answer('Is it true that the chip shop on the square has closed for good?', councillor).intent)
      .toBe('out_of_scope');
    expect(assistant('cottingham').answer(
      'We would be grateful if you could tell us the closing date for the best-kept village competition.', councillor,
    ).intent).toBe('out_of_scope');
  });

  test('still answers a protocol question asked in it', () => {
    const councillor = COUNCILLOR_ASKER;
    expect(assistant('alsager').answer(
      'I should be grateful to know whether I can ask the caretaker to unlock the pavilion for my residents\' meeting.', councillor,
    ).intent).toBe('instructing_officers');
    expect(assistant('alsager').answer('Is it the case that the Clerk can turn down work a councillor asks for?', councillor).intent)
      .toBe('instructing_officers');
  });
});
