/**
 * One set of words for every request form: each field of Slack's modal and of Teams' card carries the label the
 * core's form gives it (src/queue/forms.ts), in the council's words ("…the Chief Executive"), and in the order the
 * core lists the fields (the order the console asks them in). UAT (uat16): Teams' document card said "What
 * documents or information", "Which committee or meeting (if any)" and "Why you need them" where Slack's modal said
 * "What documents or information do you need?", "Which meeting or committee are they for?" and "Why do you need
 * them?"; Slack's complaint asked "Who is it about?" where Teams asked "Who is the complaint about?"; Slack's
 * question box said "Your question for the Chief Executive", Teams' "Your question".
 */
import { complaintModal, documentRequestModal, FIELDS, questionModal } from '../../src/channels/slack/blocks';
import { complaintForm, documentRequestForm, questionForm } from '../../src/channels/teams/cards';
import { fieldLabel } from '../../src/channels/labels';
import { FORMS } from '../../src/queue/forms';
import type { RequestKind } from '../../src/queue/types';
import { inputs } from './teams/helpers';

const CLERK_TITLE = 'Chief Executive';
const routing = { recipient: 'Chief Executive' };
const KINDS = Object.keys(FORMS) as RequestKind[];

/** The Slack block id of each core field. */
const SLACK_BLOCK: Record<string, string> = {
  what: FIELDS.what, meeting: FIELDS.meeting, reason: FIELDS.reason, neededBy: FIELDS.neededBy,
  about: FIELDS.about, whatHappened: FIELDS.whatHappened, outcomeSought: FIELDS.outcome, question: FIELDS.question,
};

function slackLabels(kind: RequestKind): Array<[string, string]> {
  const modal =
    kind === 'document_access'
      ? documentRequestModal({ council: 'tewkesbury', clerkTitle: CLERK_TITLE, routing })
      : kind === 'complaint'
        ? complaintModal({ council: 'tewkesbury', clerkTitle: CLERK_TITLE, routings: { officer: routing, councillor: routing, clerk: routing } })
        : questionModal({ council: 'tewkesbury', clerkTitle: CLERK_TITLE });
  const byBlock = Object.fromEntries(Object.entries(SLACK_BLOCK).map(([name, block]) => [block, name]));
  return (modal.blocks as Array<{ type: string; block_id?: string; label?: { text: string } }>)
    .filter((b) => b.type === 'input')
    .map((b) => [byBlock[b.block_id ?? ''] ?? String(b.block_id), b.label?.text ?? '']);
}

function teamsLabels(kind: RequestKind): Array<[string, string]> {
  const options = { formId: 'form-1', council: 'tewkesbury', councilName: 'Tewkesbury Borough Council', clerkTitle: CLERK_TITLE, values: {} };
  const card = kind === 'document_access' ? documentRequestForm(options) : kind === 'complaint' ? complaintForm(options) : questionForm(options);
  return inputs(card).map((input) => [String(input.id), String(input.label)]);
}

describe.each(KINDS)('the %s form', (kind) => {
  const core = FORMS[kind].fields.map((field) => [field.name, fieldLabel(kind, field.name, CLERK_TITLE)] as [string, string]);

  test("Slack's modal: the core's fields, in its order, with its labels", () => {
    expect(slackLabels(kind)).toEqual(core);
  });

  test("Teams' card: the core's fields, in its order, with its labels (an optional one says so, as Slack's modal does by itself)", () => {
    const optional = new Set(FORMS[kind].fields.filter((f) => !f.required).map((f) => f.name));
    expect(teamsLabels(kind)).toEqual(core.map(([name, label]) => [name, optional.has(name) ? `${label} (optional)` : label]));
  });

  test("Teams' card: a required field left empty is named in the core's words", () => {
    const card = kind === 'document_access' ? documentRequestForm : kind === 'complaint' ? complaintForm : questionForm;
    const required = inputs(card({ formId: 'f', council: 'tewkesbury', councilName: 'Tewkesbury Borough Council', clerkTitle: CLERK_TITLE, values: {} })).filter((i) => i.isRequired);
    expect(required.map((i) => [i.id, i.errorMessage])).toEqual(FORMS[kind].fields.filter((f) => f.required).map((f) => [f.name, f.missing.replace(/the Clerk\b/g, `the ${CLERK_TITLE}`)]));
  });
});

test('a label names the Clerk by the council\'s title', () => {
  expect(fieldLabel('question', 'question', CLERK_TITLE)).toBe('Your question for the Chief Executive');
  expect(fieldLabel('question', 'question', 'Clerk')).toBe('Your question for the Clerk');
});
