/**
 * A complaint is "not upheld", not refused, on the Clerk's button too (uat23 left it, section 5): the complaint's update
 * said "not upheld" while the button that sent it said "Refuse". The core's `clerkMoveLabel` names the move by kind and
 * both channels use it; the action ids and the stored status stay `refused`.
 */
import { consoleHelp } from '../../src/channels/console/session';
import { clerkMoveLabel } from '../../src/channels/labels';
import { ACTIONS, clerkChannelMessage, clerkComplaintMessage, refuseModal } from '../../src/channels/slack/blocks';
import { clerkComplaintCard, clerkRequestCard } from '../../src/channels/teams/cards';
import { flitwickRequest } from '../support/requests';

const complaint = flitwickRequest({
  id: 2,
  kind: 'complaint',
  status: 'in_progress',
  confidential: true,
  subject: 'Complaint about an officer',
  details: { about: 'officer', whatHappened: 'Shouted at me at the front desk' },
});
const aboutTheClerk = { ...complaint, details: { about: 'clerk' as const, whatHappened: 'Changed the minutes' } };
const documentRequest = flitwickRequest({ status: 'in_progress' });

/** Every button (Slack) or action (Teams) title in a message, with the action id or data it carries. */
function slackButtons(message: unknown): Array<{ text: string; action_id: string }> {
  const found: Array<{ text: string; action_id: string }> = [];
  JSON.stringify(message, (_key, value: unknown) => {
    const element = value as { type?: string; text?: { text: string }; action_id?: string };
    if (element && element.type === 'button' && element.action_id) found.push({ text: element.text!.text, action_id: element.action_id });
    return value;
  });
  return found;
}
function teamsActionTitles(card: unknown): string[] {
  const titles: string[] = [];
  JSON.stringify(card, (_key, value: unknown) => {
    const action = value as { type?: string; title?: string };
    if (action && typeof action.type === 'string' && action.type.startsWith('Action.') && action.title) titles.push(action.title);
    return value;
  });
  return titles;
}

test('the core names the move by kind: "Not upheld" on a complaint, "Refuse" on others', () => {
  expect(clerkMoveLabel('refused', 'complaint')).toBe('Not upheld');
  expect(clerkMoveLabel('refused', 'document_access')).toBe('Refuse');
  expect(clerkMoveLabel('refused', 'question')).toBe('Refuse');
  expect(clerkMoveLabel('resolved', 'complaint')).toBe('Resolve');
  expect(clerkMoveLabel('acknowledged', 'complaint')).toBe('Acknowledge');
});

test("Slack: a complaint's button and modal say \"Not upheld\", with the same action id as Refuse", () => {
  for (const message of [clerkChannelMessage(complaint), clerkComplaintMessage(aboutTheClerk)]) {
    const buttons = slackButtons(message);
    expect(buttons).toContainEqual({ text: 'Not upheld', action_id: ACTIONS.refuse });
    expect(buttons.map((b) => b.text)).not.toContain('Refuse');
  }
  const modal = JSON.stringify(refuseModal(complaint));
  expect(modal).toContain('Not upheld #2');
  expect(modal).toContain('Why it is not upheld');
  expect(modal).not.toMatch(/Refus/);
  expect(slackButtons(clerkChannelMessage(documentRequest))).toContainEqual({ text: 'Refuse', action_id: ACTIONS.refuse });
  expect(JSON.stringify(refuseModal(documentRequest))).toContain('Reason for refusing');
});

test("Teams: a complaint's action says \"Not upheld\"; a document request's still says \"Refuse\"", () => {
  for (const card of [clerkRequestCard(complaint), clerkComplaintCard(aboutTheClerk)]) {
    const titles = teamsActionTitles(card);
    expect(titles).toContain('Not upheld…');
    expect(titles).not.toContain('Refuse…');
    expect(JSON.stringify(card)).toContain('"to":"refused"');
  }
  expect(teamsActionTitles(clerkRequestCard(documentRequest))).toContain('Refuse…');
});

test("the console's help names /move's refused as closing a complaint as not upheld (the code stays what is typed)", () => {
  expect(consoleHelp('Clerk')).toMatch(/\/move <id> <status> \[note\] .*refused closes a complaint as "not upheld"/);
});
