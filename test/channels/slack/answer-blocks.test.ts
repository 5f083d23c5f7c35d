import { replyMessages } from '../../../src/channels/slack/blocks';
import { sampleReply } from './helpers';

const text = (block: unknown): string => ((block as { text?: { text?: string } }).text?.text ?? '');

describe('Slack leads with the answer', () => {
  const reply = sampleReply({
    answer: { ref: '53', text: 'Disputes are determined by the Town Clerk.' },
    summary: 'Under 53: Disputes are determined by the Town Clerk.',
    clauses: [
      { council: 'alsager', ref: '53', heading: 'Access to information', text: 'Disputes are determined by the Town Clerk. Officers should seek <advice> & help.', score: 1 },
      { council: 'alsager', ref: '52', heading: 'Access to information', text: 'Councillors have a right to information they need.', score: 0.8 },
    ],
  });

  test('the first block is the answer, under its clause', () => {
    const [message] = replyMessages(reply);
    expect(text(message.blocks[0])).toBe('*Under 53:* Disputes are determined by the Town Clerk.');
  });

  test('the answering sentence is bold inside its quote; the rest of the clause is quoted, escaped, as it is', () => {
    const [message] = replyMessages(reply);
    const quote = message.blocks.map(text).find((t) => t.startsWith('*alsager:53*'))!;
    expect(quote).toContain('>*Disputes are determined by the Town Clerk.* Officers should seek &lt;advice&gt; &amp; help.');
    const other = message.blocks.map(text).find((t) => t.startsWith('*alsager:52*'))!;
    expect(other).not.toMatch(/>\*/);
  });

  test('a list answer is bold line by line, since mrkdwn bold does not span lines', () => {
    const list = 'Members should:\n• Notify the officer\n• Follow safety rules';
    const [message] = replyMessages(
      sampleReply({ answer: { ref: '58', text: list }, clauses: [{ council: 'alsager', ref: '58', heading: 'Premises', text: `Members may visit. ${list}`, score: 1 }] }),
    );
    const quote = message.blocks.map(text).find((t) => t.startsWith('*alsager:58*'))!;
    expect(quote).toContain('>Members may visit. *Members should:*\n>*• Notify the officer*\n>*• Follow safety rules*');
  });

  test('without an answer the summary leads as before', () => {
    const [message] = replyMessages(sampleReply({ answer: null }));
    expect(text(message.blocks[0])).toBe('Councillors can ask for the documents they need to know about.');
  });
});
