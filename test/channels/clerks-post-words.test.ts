/**
 * The Clerks' post shows a request's subject once (`subjectAndDetails`, src/channels/labels.ts). uat22 (section 3):
 * Slack's post said a document request filed from the form twice, as "Subject" and again under "What", because the
 * form makes the subject from the "what"; Teams' card did the same.
 */
import { subjectAndDetails } from '../../src/channels/labels';
import { clerkChannelMessage } from '../../src/channels/slack/blocks';
import { clerkRequestCard } from '../../src/channels/teams/cards';
import { subjectFrom } from '../../src/queue/forms';
import { flitwickRequest } from '../support/requests';
import { textOf } from './teams/helpers';

const WHAT = 'The contract file for the pavilion roof repairs';
const fromTheForm = flitwickRequest({ subject: subjectFrom(WHAT), details: { what: WHAT, meeting: 'Amenities', reason: 'Ward member' } });
const count = (text: string, words: string) => text.split(words).length - 1;

test('the core: a subject the form made from a detail is not shown apart; one typed apart is', () => {
  expect(subjectAndDetails(fromTheForm)).toEqual({ facts: expect.arrayContaining([{ label: 'What', value: WHAT }]) });
  expect(subjectAndDetails(fromTheForm)).not.toHaveProperty('subject');
  // The subject cut short from a long "what" is still the "what"'s.
  const long = `${WHAT}, ${'with every quote and letter since 2019 '.repeat(5)}`;
  expect(subjectAndDetails(flitwickRequest({ subject: subjectFrom(long), details: { what: long } }))).not.toHaveProperty('subject');
  expect(subjectAndDetails(flitwickRequest())).toMatchObject({ subject: 'Pavilion tender' });
  const question = flitwickRequest({ kind: 'question', subject: 'Is the December meeting moving?', details: { question: 'Is the December meeting moving?' } });
  expect(subjectAndDetails(question)).not.toHaveProperty('subject');
});

test("Slack's and Teams' posts say the \"what\" once", () => {
  const slack = JSON.stringify(clerkChannelMessage(fromTheForm).blocks);
  const teams = textOf(clerkRequestCard(fromTheForm));
  expect(count(slack, WHAT)).toBe(1);
  expect(count(teams, WHAT)).toBe(1);
  expect(slack).not.toContain('Subject');
  expect(teams).not.toContain('Subject');
});

test('a subject typed apart from the details is still shown in both', () => {
  const typed = flitwickRequest();
  expect(JSON.stringify(clerkChannelMessage(typed).blocks)).toContain('*Subject*\\nPavilion tender');
  expect(textOf(clerkRequestCard(typed))).toMatch(/Subject: *\n?Pavilion tender/);
});
