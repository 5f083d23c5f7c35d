import { formatReply } from '../../../src/channels/console/render';
import type { Reply } from '../../../src/assistant/reply';

const answered: Reply = {
  intent: 'complaint_about_officer',
  confidence: 0.95,
  uncertain: false,
  council: { id: 'cottingham', name: 'Cottingham Parish Council' },
  summary: 'Under 7.3: It goes to the Chair of the Personnel Committee.',
  answer: { ref: '7.3', text: 'It goes to the Chair of the Personnel Committee.' },
  clauses: [
    { council: 'cottingham', ref: '7.3', heading: 'Problem areas', text: 'If unhappy, speak up. It goes to the Chair of the Personnel Committee. Advice is available.', score: 1 },
    { council: 'cottingham', ref: '7.1', heading: 'Problem areas', text: 'Relationships may break down.', score: 0.5 },
  ],
  actions: [],
};

describe('console rendering of an answer', () => {
  test('the first line is the answer, under its clause; the clauses follow in full', () => {
    const out = formatReply(answered, { bold: false });
    const lines = out.split('\n');
    expect(lines[0]).toBe('Under 7.3: It goes to the Chair of the Personnel Committee.');
    expect(out).toContain('    If unhappy, speak up. It goes to the Chair of the Personnel Committee. Advice is available.');
    expect(out).toContain('[cottingham:7.1] — Problem areas');
    expect(out).not.toContain('\x1b[');
  });

  test('on a terminal the answering sentence is bold inside its quote, and only there', () => {
    const out = formatReply(answered, { bold: true });
    expect(out).toContain('    If unhappy, speak up. \x1b[1mIt goes to the Chair of the Personnel Committee.\x1b[22m Advice is available.');
    expect(out.split('\n')[0]).toBe('Under 7.3: It goes to the Chair of the Personnel Committee.');
    expect(out.split('\x1b[1m')).toHaveLength(2);
  });

  test('without an answer, the reply says so first and no sentence is bold', () => {
    const out = formatReply({ ...answered, answer: null, summary: 'None of them answers your question directly.' }, { bold: true });
    expect(out.split('\n')[0]).toBe('None of them answers your question directly.');
    expect(out).not.toContain('\x1b[1m');
  });
});
