import { answerCard } from '../../../src/channels/teams/cards';
import type { Reply } from '../../../src/assistant/reply';
import { Json, walk } from './helpers';

const reply: Reply = {
  intent: 'complaint_about_officer',
  confidence: 0.9,
  uncertain: false,
  council: { id: 'cottingham', name: 'Cottingham Parish Council' },
  summary: 'Under 7.3: It goes to the **Chair**.',
  answer: { ref: '7.3', text: 'It goes to the **Chair**.' },
  clauses: [
    { council: 'cottingham', ref: '7.3', heading: 'Problem areas', text: 'If unhappy, speak up. It goes to the **Chair**. Advice is available.', score: 1 },
    { council: 'cottingham', ref: '7.1', heading: 'Problem areas', text: 'Relationships may break down.', score: 0.5 },
  ],
  actions: [],
};

describe('Teams answer card', () => {
  test('the answer is at the top, in literal runs: the clause in bold, then its sentence', () => {
    const card = answerCard(reply);
    const first = (card.body as Json[])[0];
    expect(first.type).toBe('RichTextBlock');
    expect(first.inlines).toEqual([
      { type: 'TextRun', text: 'Under 7.3: ', weight: 'Bolder' },
      { type: 'TextRun', text: 'It goes to the **Chair**.' },
    ]);
  });

  test('inside the quote, the answering sentence is bold and the rest is plain', () => {
    const quotes = (answerCard(reply).body as Json[]).filter((e) => e.type === 'Container');
    const runs = walk(quotes).filter((e) => e.type === 'TextRun');
    const quoted = runs.filter((r) => ['If unhappy, speak up. ', 'It goes to the **Chair**.', ' Advice is available.'].includes(String(r.text)));
    expect(quoted.map((r) => [r.text, r.weight ?? null])).toEqual([
      ['If unhappy, speak up. ', null],
      ['It goes to the **Chair**.', 'Bolder'],
      [' Advice is available.', null],
    ]);
    expect(runs.find((r) => r.text === 'Relationships may break down.')?.weight).toBeUndefined();
  });

  test('without an answer the card opens with the council and the summary, as before', () => {
    const card = answerCard({ ...reply, answer: null, summary: 'No direct answer.' });
    const body = card.body as Json[];
    expect(body[0]).toMatchObject({ type: 'TextBlock', text: 'Cottingham Parish Council' });
    expect(body[1]).toMatchObject({ type: 'TextBlock', text: 'No direct answer.' });
  });
});
