import { replyMessages } from '../../../src/channels/slack/blocks';
import { allText, buttonIds, sampleReply } from './helpers';

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

describe('help in Slack', () => {
  // UAT: a DM "help" was answered "… Type /help for commands." In Slack, /help is Slack's own
  // command and never reaches the bot; the bot's commands are /protocol, /request-documents, …
  const help = sampleReply({
    intent: 'help',
    clauses: [],
    actions: [],
    summary: "I answer questions about Alsager Town Council's Member/Officer protocol and quote the clauses that apply. I can also file a document request for the Clerk. Type /help for commands.",
  });

  test("keeps the core's words, leaves out the command Slack does not pass on, and lists the Slack commands", () => {
    const [message] = replyMessages(help);
    const shown = allText(message.blocks);
    expect(shown).toContain("I answer questions about Alsager Town Council's Member/Officer protocol and quote the clauses that apply.");
    expect(`${message.text}\n${shown}`).not.toContain('/help');
    for (const command of ['/protocol', '/request-documents', '/complaint', '/my-requests']) expect(shown).toContain(command);
  });

  test('any other reply is rendered as before, buttons and all', () => {
    const offer = sampleReply({ intent: 'help', clauses: [], summary: 'Here is the form, filled in from what we have discussed.', actions: [{ kind: 'question', label: 'Ask the Clerk', prefill: { question: 'is the tip open on Sundays?' } }] });
    const [message] = replyMessages(offer);
    expect(allText(message.blocks)).not.toContain('/request-documents');
    expect(buttonIds(message.blocks)).toContain('offer_question');
  });
});
