import type { Reply } from '../../src/assistant/reply';
import { formatReply } from '../../src/channels/console/render';
import { replyMessages } from '../../src/channels/slack/blocks';
import { answerCard } from '../../src/channels/teams/cards';
import { assistantWithQueue } from '../support/assistantWithQueue';
import { PRINTING_ANSWER, printingAsked, printingClause } from '../support/furtherAnswer';
import { allText } from './slack/helpers';
import { buttons, textOf, walk } from './teams/helpers';

/**
 * A reply to two questions: every channel shows the first answer, then 'You also asked "…":' with
 * the second question's own sentence, its clauses with that sentence emphasised, and both hand-offs.
 */
const FIRST = 'Officers may give Councillors information about any matter that falls within their ward.';
const SECOND = PRINTING_ANSWER;
const reply: Reply = {
  intent: 'document_access',
  confidence: 0.8,
  uncertain: false,
  council: { id: 'halstead', name: 'Halstead Town Council', clerkTitle: 'Town Clerk', version: 1 },
  summary: `Under 3.2: ${FIRST}`,
  answer: { ref: '3.2', text: FIRST },
  clauses: [{ council: 'halstead', ref: '3.2', heading: 'Information', text: `${FIRST} Requests go through the Town Clerk.`, score: 1 }],
  actions: [
    { kind: 'document_request', label: 'Request these documents', prefill: { subject: 'the ward file' } },
    { kind: 'question', label: 'Ask the Town Clerk', prefill: { question: 'can I print my leaflets at the office' } },
  ],
  also: [printingAsked([printingClause('halstead')])],
};
const ALSO_LINE = `You also asked "can I print my leaflets at the office": Under 6.1: ${SECOND}`;

describe('console', () => {
  test('the second answer follows the first, then its own clause, its sentence in bold', () => {
    const plain = formatReply(reply, { bold: false });
    expect(plain.startsWith(`Under 3.2: ${FIRST}`)).toBe(true);
    const at = plain.indexOf(ALSO_LINE);
    expect(at).toBeGreaterThan(plain.indexOf('[halstead:3.2]'));
    expect(plain.indexOf('[halstead:6.1]')).toBeGreaterThan(at);
    expect(plain).toMatch(/You can: Request these documents \(\/request\); Ask the Town Clerk \(\/ask-clerk\)\./);
    const bold = formatReply(reply, { bold: true });
    expect(bold).toContain(`\x1b[1m${SECOND}\x1b[22m`);
    expect(bold).toContain(`\x1b[1m${FIRST}\x1b[22m`);
  });

  test("a further answer whose clause is already quoted is emphasised in that clause's quote", () => {
    const shared: Reply = { ...reply, clauses: [...reply.clauses, reply.also![0].clauses[0]], also: [{ ...reply.also![0], clauses: [] }] };
    expect(formatReply(shared, { bold: true })).toContain(`\x1b[1m${SECOND}\x1b[22m`);
  });
});

describe('Slack', () => {
  const messages = replyMessages(reply);
  const text = messages.map((m) => allText(m.blocks)).join('\n');
  test('the second answer is its own section after the first clause, then its clause with the sentence in bold', () => {
    const at = text.indexOf(`*You also asked "can I print my leaflets at the office":* *Under 6.1:* ${SECOND}`);
    expect(at).toBeGreaterThan(text.indexOf('*halstead:3.2*'));
    expect(text.indexOf('*halstead:6.1*')).toBeGreaterThan(at);
    expect(text).toContain(`*${SECOND}*`);
  });
  test("both questions' hand-offs are buttons; the preview is still the first answer", () => {
    const offered = messages.flatMap((m) => m.blocks).find((b) => b.block_id === 'offered_actions') as { elements: { text: { text: string } }[] };
    expect(offered.elements.map((e) => e.text.text)).toEqual(['Request these documents', 'Ask the Town Clerk']);
    expect(messages[0].text).toMatch(/^Under 3\.2:/);
  });
  test("the asker's words in the lead are escaped", () => {
    const odd: Reply = { ...reply, also: [{ ...reply.also![0], lead: 'You also asked "<!channel> & *you*":' }] };
    const shown = replyMessages(odd).map((m) => allText(m.blocks)).join('\n');
    expect(shown).not.toContain('<!channel>');
    expect(shown).toContain('&lt;!channel&gt; &amp;');
  });
});

describe('Teams', () => {
  const card = answerCard(reply);
  test('the second answer is its own paragraph after the first clause, then its clause with the sentence in bold', () => {
    const text = textOf(card);
    const at = text.indexOf('You also asked "can I print my leaflets at the office":');
    expect(at).toBeGreaterThan(text.indexOf('halstead:3.2'));
    expect(text.indexOf('halstead:6.1')).toBeGreaterThan(at);
    const boldRuns = walk(card).filter((el) => el.type === 'TextRun' && el.weight === 'Bolder').map((el) => el.text);
    expect(boldRuns).toEqual(expect.arrayContaining([reply.also![0].lead, ' Under 6.1: ', SECOND, FIRST]));
  });
  test("both questions' hand-offs are buttons", () => {
    const titles = buttons(card).map((b) => b.title);
    expect(titles).toEqual(expect.arrayContaining(['Request these documents', 'Ask the Town Clerk']));
  });
});

describe('a real reply to two questions says the same in every channel', () => {
  const bot = assistantWithQueue('two-questions-');
  const words = (text: string): string => text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

  test.each([
    ['flitwick', 'can the clerk send me the minutes of the last meeting? and who do I complain to about the caretaker being rude?'],
    ['tewkesbury', 'can I see the contracts file for the play area? also can I get the office to photocopy my ward newsletter?'],
  ])('%s: %s', (council, text) => {
    const real = bot.assistant.answer(text, { id: 'console:twoq', name: 'Robin', role: 'councillor' }, { council, record: false });
    expect(real.also?.length).toBeGreaterThan(0);
    const expected = real.also!.flatMap((a) => [a.lead, a.answer ? a.answer.text : a.summary, ...a.clauses.flatMap((c) => [c.ref, c.text])]).map(words);
    const shown = {
      console: words(formatReply(real, { bold: false })),
      slack: words(replyMessages(real).map((m) => allText(m.blocks)).join('\n')),
      teams: words(textOf(answerCard(real))),
    };
    for (const [channel, text] of Object.entries(shown)) for (const part of expected) expect({ channel, shows: text.includes(part) ? part : `(missing) ${part}` }).toEqual({ channel, shows: part });
  });

  // twoq18: the first question offers nothing, the second a document request. The buttons are the second's,
  // filled from its own words. twoq19: the thread keeps that offer too, so "yes please" opens its form.
  test.each(['flitwick', 'tewkesbury'])('%s: a first question with no hand-off and a second with one', (council) => {
    const asker = { id: 'console:twoq', name: 'Robin', role: 'councillor' as const };
    const first = 'can I speak to the press about the budget?';
    const text = `${first} also can the clerk send me the minutes of the last meeting?`;
    expect(bot.assistant.answer(first, asker, { council, record: false }).actions).toEqual([]);

    const thread = `twoq18-${council}`;
    const real = bot.assistant.answer(text, asker, { council, record: false, thread });
    expect(real.intent).toBe('media_relations');
    expect(real.also?.map((a) => a.intent)).toEqual(['document_access']);
    expect(real.actions).toEqual([{ kind: 'document_request', label: 'Request these documents', forQuestion: 1, prefill: { subject: 'can the clerk send me the minutes of the last meeting' } }]);

    // Every channel offers it, carrying the second question's subject; 👎 points to it.
    const slackOffer = replyMessages(real).flatMap((m) => m.blocks).find((b) => b.block_id === 'offered_actions') as { elements: { text: { text: string }; value: string }[] };
    expect(slackOffer.elements.map((e) => [e.text.text, (JSON.parse(e.value) as { s?: string }).s])).toEqual([['Request these documents', 'can the clerk send me the minutes of the last meeting']]);
    expect(buttons(answerCard(real)).map((b) => b.title)).toEqual(expect.arrayContaining(['Request these documents', '👎 Not helpful']));
    expect(formatReply(real, { bold: false })).toContain('You can: Request these documents (/request).');

    // The thread remembers the second question's offer: "yes" opens its form, filled from that question.
    const yes = bot.assistant.answer('yes please', asker, { council, record: false, thread });
    expect(yes.open).toEqual({ kind: 'document_request', label: 'Request these documents', prefill: { subject: 'can the clerk send me the minutes of the last meeting' } });
  });
});
