/**
 * One test over all three channels: every field of every request form has the same limits in
 * the console, in Slack's modals and in Teams' cards, because each reads the core's forms
 * (src/queue/forms.ts). An answer one character too long is refused next to its field (or asked
 * again) in each; one at the limit is taken.
 */
import path from 'node:path';
import type { ViewOutput } from '@slack/bolt';
import { ConsoleSession } from '../../src/channels/console/session';
import { complaintModal, documentRequestModal, FIELDS, questionModal } from '../../src/channels/slack/blocks';
import { readComplaint, readDocumentRequest, readQuestion } from '../../src/channels/slack/listeners/views/forms';
import { complaintForm, documentRequestForm, questionForm } from '../../src/channels/teams/cards';
import { parseComplaint, parseDocumentRequest, parseQuestion } from '../../src/channels/teams/forms';
import { FormField, FORMS } from '../../src/queue/forms';
import { ClerkQueue } from '../../src/queue/queue';
import type { RequestKind } from '../../src/queue/types';
import { library, removeTempDirs, tempDir } from '../support/fixtures';
import { stateValues } from './slack/helpers';
import { inputs } from './teams/helpers';
import { inCouncilWords } from '../../src/channels/labels';

const NOW = new Date('2025-03-03T09:00:00Z');
const routing = { recipient: 'Town Clerk' };

const SLACK_BLOCK: Record<string, string> = {
  what: FIELDS.what, meeting: FIELDS.meeting, reason: FIELDS.reason, whatHappened: FIELDS.whatHappened, outcomeSought: FIELDS.outcome, question: FIELDS.question,
};

const slackModal = (kind: RequestKind) =>
  kind === 'document_access'
    ? documentRequestModal({ council: 'flitwick', clerkTitle: 'Town Clerk', routing })
    : kind === 'complaint'
      ? complaintModal({ council: 'flitwick', clerkTitle: 'Town Clerk', routings: { officer: routing, councillor: routing, clerk: routing } })
      : questionModal({ council: 'flitwick', clerkTitle: 'Town Clerk' });
const slackRead = (kind: RequestKind, view: ViewOutput) =>
  kind === 'document_access' ? readDocumentRequest(view, NOW) : kind === 'complaint' ? readComplaint(view, NOW) : readQuestion(view, NOW);

const teamsCard = (kind: RequestKind) => {
  const options = { formId: 'form-1', council: 'flitwick', councilName: 'Flitwick Town Council', clerkTitle: 'Town Clerk', values: {} };
  return kind === 'document_access' ? documentRequestForm(options) : kind === 'complaint' ? complaintForm(options) : questionForm(options);
};
const teamsParse = (kind: RequestKind, data: Record<string, unknown>) =>
  kind === 'document_access' ? parseDocumentRequest(data, NOW) : kind === 'complaint' ? parseComplaint(data, NOW) : parseQuestion(data, NOW);

const CONSOLE_COMMAND: Record<RequestKind, string> = { document_access: '/request', complaint: '/complaint', question: '/ask-clerk' };

/** A valid answer to a field that is not under test. */
const validAnswer = (field: FormField): string =>
  field.type === 'choice' ? 'officer' : field.type === 'date' ? '' : field.required ? 'y'.repeat(Math.max(field.min ?? 1, 12)) : '';
/** Valid answers to every field, with `value` for the one under test. */
function answersWith(kind: RequestKind, name: string, value: string): Record<string, string> {
  return Object.fromEntries(FORMS[kind].fields.map((f) => [f.name, f.name === name ? value : validAnswer(f)]));
}

const limited = (Object.keys(FORMS) as RequestKind[]).flatMap((kind) =>
  FORMS[kind].fields.filter((f) => f.max !== undefined).map((field) => ({ kind, field, max: field.max! })),
);

let queue: ClerkQueue;
beforeAll(() => {
  queue = ClerkQueue.open({ path: path.join(tempDir(), 'forms.sqlite'), library: library() });
});
afterAll(() => {
  queue.close();
  removeTempDirs();
});

test('every text field has a limit to test', () => {
  expect(limited.map(({ kind, field }) => `${kind}.${field.name}`)).toEqual([
    'document_access.what', 'document_access.meeting', 'document_access.reason',
    'complaint.whatHappened', 'complaint.outcomeSought', 'question.question',
  ]);
});

describe.each(limited)('$kind: $field.name (at most $max characters)', ({ kind, field, max }) => {
  const tooLong = 'x'.repeat(max + 1);
  const atLimit = 'x'.repeat(max);

  test('Slack: the modal allows that many, and a longer answer is refused next to its field', () => {
    const block = slackModal(kind).blocks.find((b) => b.block_id === SLACK_BLOCK[field.name]) as { element: { max_length: number } };
    expect(block.element.max_length).toBe(max);
    const view = (answers: Record<string, string>) =>
      ({ state: { values: stateValues(Object.fromEntries(Object.entries(answers).map(([name, text]) => [name === 'about' ? FIELDS.about : SLACK_BLOCK[name] ?? FIELDS.neededBy, name === 'about' ? { option: text } : name === 'neededBy' ? { date: text } : { text }]))) } }) as unknown as ViewOutput;
    const refused = slackRead(kind, view(answersWith(kind, field.name, tooLong)));
    expect(refused).toEqual({ ok: false, errors: { [SLACK_BLOCK[field.name]]: expect.stringMatching(/too long/) } });
    expect(slackRead(kind, view(answersWith(kind, field.name, atLimit))).ok).toBe(true);
  });

  test('Teams: the card allows that many, and a longer answer comes back with the problem and the answers kept', () => {
    const input = inputs(teamsCard(kind)).find((i) => i.id === field.name);
    expect(input?.maxLength).toBe(max);
    const refused = teamsParse(kind, answersWith(kind, field.name, tooLong));
    expect(refused).toMatchObject({ ok: false, problems: { [field.name]: expect.stringMatching(/too long/) }, values: { [field.name]: tooLong } });
    expect(teamsParse(kind, answersWith(kind, field.name, atLimit)).ok).toBe(true);
  });

  test('console: a longer answer is asked again; one at the limit is taken and filed', () => {
    const session = new ConsoleSession({ defaultCouncil: 'flitwick', library: library() } as never, queue, { userId: 'console:forms', name: 'Forms', role: 'councillor' }, () => NOW);
    let reply = session.handle(CONSOLE_COMMAND[kind]);
    for (const f of FORMS[kind].fields) {
      if (f.name !== field.name) {
        reply = session.handle(validAnswer(f));
        continue;
      }
      expect(session.handle(tooLong)).toMatch(new RegExp(`too long.*${inCouncilWords(f.prompt, 'Town Clerk').replace(/[?()]/g, '\\$&')}`));
      reply = session.handle(atLimit);
    }
    expect(reply).toMatch(/is filed as #\d+\./);
  });
});

describe('the document request form states no rule of its own', () => {
  // UAT: Slack's hint said "Councillors may see what they need to know to do their job" and
  // Teams' "the protocol lets the Clerk ask whether you need it for your role": two different
  // rules, neither quoted from the council's protocol. A form only asks; the answers quote.
  const claims = /protocol|may see|need to know|entitled|right to/i;
  test('Slack', () => expect(JSON.stringify(slackModal('document_access'))).not.toMatch(claims));
  test('Teams', () => expect(JSON.stringify(teamsCard('document_access'))).not.toMatch(claims));
});
