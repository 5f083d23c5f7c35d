import type { Reply } from '../../src/assistant/reply';
import { formatReply } from '../../src/channels/console/render';
import { replyMessages } from '../../src/channels/slack/blocks';
import { answerCard } from '../../src/channels/teams/cards';
import { assistantWithQueue } from '../support/assistantWithQueue';
import { allText } from './slack/helpers';
import { textOf } from './teams/helpers';

/**
 * The core owns what a reply says; a channel only translates it. For real replies (questions of
 * the UAT's own wording, on several councils), every channel shows the same answer sentence, the
 * same notice, the same clauses in full and the same offers. Words are compared with markup and
 * spacing taken out, since each channel marks bold and escapes characters its own way.
 */
const bot = assistantWithQueue('same-reply-');

/** Letters and digits only, lower case: what a reader sees, whatever the markup. */
const words = (text: string): string =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const QUESTIONS: [council: string, role: 'councillor' | 'officer', text: string][] = [
  ['flitwick', 'councillor', 'Am I allowed to see the papers for a committee I do not sit on?'],
  ['cottingham', 'officer', 'A councillor keeps phoning me at home about parish business in the evenings, is that ok?'],
  ['halstead', 'councillor', 'Can my political group ask the clerk to write us a briefing paper?'],
  ['alsager', 'councillor', 'Who should I tell if I think a member of staff has behaved badly?'],
  ['tewkesbury', 'councillor', 'may i talk to the local paper about a decision the council made'],
  ['flitwick', 'councillor', 'where is the nearest recycling centre'],
  ['cottingham', 'councillor', 'what are my requests doing?'],
  // Vague enough that the bot says it is unsure: the notice must travel too.
  ['flitwick', 'councillor', 'is it ok to ask staff about stuff'],
];

describe('a reply says the same in the console, Slack and Teams', () => {
  test('the questions cover an answer, a notice of doubt, an out-of-scope reply and offers', () => {
    const replies = QUESTIONS.map(([council, role, text]) => bot.assistant.answer(text, { id: `console:uat-${role}`, name: 'Sam', role }, { council }));
    expect(replies.some((r) => r.answer)).toBe(true);
    expect(replies.some((r) => r.notice)).toBe(true);
    expect(replies.some((r) => r.intent === 'out_of_scope')).toBe(true);
    expect(replies.some((r) => r.actions.length > 0)).toBe(true);
  });

  test.each(QUESTIONS)('%s (%s): %s', (council, role, text) => {
    const reply: Reply = bot.assistant.answer(text, { id: `console:uat-${role}`, name: 'Sam', role }, { council });
    const consoleText = words(formatReply(reply, { bold: false }));
    const slackText = words(replyMessages(reply).map((m) => `${m.text ?? ''}\n${allText(m.blocks)}`).join('\n'));
    const teamsText = words(textOf(answerCard(reply)));
    const expected = [
      ...(reply.answer ? [reply.answer.ref, reply.answer.text] : []),
      ...(reply.notice ? [reply.notice] : []),
      ...(reply.answer ? [] : [reply.summary]),
      ...reply.clauses.flatMap((c) => [c.ref, c.text]),
      ...reply.actions.map((a) => a.label),
    ].map(words);
    for (const [channel, shown] of [['console', consoleText], ['slack', slackText], ['teams', teamsText]] as const) {
      for (const part of expected) expect({ channel, shows: shown.includes(part) ? part : `(missing) ${part}` }).toEqual({ channel, shows: part });
    }
  });
});

describe('when the bot is unsure, every channel says so before the sentence it offers', () => {
  // UAT: "I'm not sure I've understood" came after a confident "Under 1.4: …", so the first line read as the answer.
  const unsure: Reply = {
    intent: 'instructing_officers',
    confidence: 0.4,
    uncertain: true,
    council: { id: 'halstead', name: 'Halstead Town Council', version: 1 },
    summary: 'These are the closest parts.',
    notice: "I'm not sure I've understood. These are the closest parts of the protocol; if they don't answer your question, I can pass it to the Town Clerk.",
    answer: { ref: '1.4', text: 'Members who would like to ask for assistance from a particular officer must make that request through the Clerk.' },
    clauses: [{ council: 'halstead', ref: '1.4', heading: 'Roles', text: 'Members who would like to ask for assistance from a particular officer must make that request through the Clerk.', score: 1 }],
    actions: [{ kind: 'question', label: 'Ask the Town Clerk', prefill: {} }],
  };
  const before = (text: string) => {
    const notice = text.indexOf("not sure I've understood");
    const answer = text.indexOf('Under 1.4');
    expect(notice).toBeGreaterThanOrEqual(0);
    expect(answer).toBeGreaterThan(notice);
  };
  test('console', () => before(formatReply(unsure, { bold: false })));
  test('Slack', () => before(allText(replyMessages(unsure)[0].blocks)));
  test('Teams', () => before(textOf(answerCard(unsure))));
  test("Slack's notification preview is the doubt when unsure, and the answer when sure (not an aside)", () => {
    expect(replyMessages(unsure)[0].text).toMatch(/^I'm not sure I've understood/);
    const aside = { ...unsure, uncertain: false, summary: 'Under 1.4: Members who would like …', notice: 'You also asked: "when are the bins collected". The protocol doesn\'t cover that.' };
    expect(replyMessages(aside)[0].text).toMatch(/^Under 1\.4:/);
  });

  test('a sure answer still leads', () => {
    const sure = { ...unsure, uncertain: false, notice: undefined };
    expect(formatReply(sure, { bold: false }).startsWith('Under 1.4:')).toBe(true);
    expect(allText(replyMessages(sure)[0].blocks[0])).toMatch(/Under 1\.4:/);
    expect(textOf(answerCard(sure)).startsWith('Under 1.4:')).toBe(true);
  });
});

describe('no channel adds a rule of its own to an answer', () => {
  // UAT: Slack alone ended every answer "The Clerk's interpretation prevails.", even under a
  // complaint about the Clerk; no protocol's quoted text says it, and neither the console nor
  // Teams did.
  test.each(QUESTIONS)('%s (%s): %s', (council, role, text) => {
    const reply: Reply = bot.assistant.answer(text, { id: `console:uat-${role}`, name: 'Sam', role }, { council });
    const slackText = replyMessages(reply).map((m) => `${m.text ?? ''}\n${allText(m.blocks)}`).join('\n');
    expect(slackText).not.toMatch(/interpretation prevails/i);
  });
});
