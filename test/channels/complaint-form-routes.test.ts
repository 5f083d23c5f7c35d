import { complaintModal } from '../../src/channels/slack/blocks';
import { complaintView } from '../../src/channels/slack/modals';
import type { SlackContext } from '../../src/channels/slack/context';
import { complaintForm } from '../../src/channels/teams/cards';
import { complaintRoutings, routeRequest } from '../../src/queue/routing';
import type { Role } from '../../src/queue/types';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConsoleSession } from '../../src/channels/console/session';
import { ProtocolLibrary } from '../../src/protocols/library';
import { ClerkQueue } from '../../src/queue/queue';
import { library } from '../support/fixtures';
import { allText } from './slack/helpers';
import { textOf } from './teams/helpers';

/**
 * The complaint form shows beside each choice where the complaint would go, and it must be where it is filed: a route a
 * protocol sets out is for one pair (answers59), so Alsager's clause 63, the officer's route for a complaint about a
 * councillor, is not where a councillor's complaint about another councillor goes. Before, both channels' forms showed
 * every complainant the routes as if an officer were complaining about a councillor and a councillor about an officer.
 */
const alsager = () => library().get('alsager').council;

const slackForm = (role: Role) => allText(complaintModal({ council: 'alsager', clerkTitle: alsager().clerkTitle, routings: complaintRoutings(alsager(), role) }).blocks);
const teamsForm = (role: Role) =>
  textOf(complaintForm({ formId: 'f1', council: 'alsager', councilName: 'Alsager', clerkTitle: alsager().clerkTitle, values: {}, routings: complaintRoutings(alsager(), role) }));

describe("the complaint form's routes follow the complainant", () => {
  test('are the routes the complaint is filed to, for each choice and role', () => {
    for (const role of ['councillor', 'officer', 'clerk'] as const) {
      const shown = complaintRoutings(alsager(), role);
      for (const about of ['officer', 'councillor', 'clerk'] as const) expect(shown[about]).toEqual(routeRequest(alsager(), 'complaint', about, role));
    }
  });

  test("a councillor is not shown the officer's clause for a complaint about a councillor, in either channel", () => {
    for (const form of [slackForm, teamsForm]) {
      expect(form('officer')).toContain('clause alsager:63');
      expect(form('councillor')).not.toContain('clause alsager:63');
    }
  });

  test("Slack's form, as its listeners open it, is built for the complainant's role", () => {
    const ctx = { library: library(), assistant: { defaultCouncil: 'alsager' } } as unknown as Pick<SlackContext, 'library' | 'assistant'>;
    expect(allText(complaintView(ctx, 'alsager', 'councillor').blocks)).toBe(slackForm('councillor'));
    expect(allText(complaintView(ctx, 'alsager', 'officer').blocks)).toContain('clause alsager:63');
  });
});

/**
 * uat25: Alsager's clause 8 sends a member's breach to Cheshire East's Monitoring Officer, and alsager.json now routes a
 * councillor's complaint about another councillor there. The form shows it before anything is typed, in Slack, Teams and
 * the console alike, so the route is never applied unseen; an officer is still shown clause 63, the officer's route.
 */
describe("a councillor's complaint about another councillor, on each channel's form", () => {
  const monitoringOfficer = "About a councillor: Cheshire East Council's Monitoring Officer (clause alsager:8)";

  test('Slack and Teams show the Monitoring Officer to a councillor, the Town Clerk (63) to an officer', () => {
    for (const form of [slackForm, teamsForm]) {
      expect(form('councillor')).toContain(monitoringOfficer);
      expect(form('officer')).not.toContain('Monitoring Officer (clause alsager:8)');
    }
  });

  const consoleSession = (role: Role) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'complaint-routes-'));
    const shipped = ProtocolLibrary.load(path.join(__dirname, '../../data/protocols'));
    const queue = ClerkQueue.open({ path: path.join(dir, 'q.sqlite'), library: shipped });
    const session = new ConsoleSession({ defaultCouncil: 'alsager', library: shipped } as never, queue, { userId: 'console:jo', name: 'Jo', role });
    return { session, done: () => (queue.close(), fs.rmSync(dir, { recursive: true, force: true })) };
  };

  test("the console's form lists each choice's route before the first question, with the route's note", () => {
    const { session, done } = consoleSession('councillor');
    try {
      const form = session.handle('/complaint');
      expect(form).toContain('Who receives it, under your protocol:');
      expect(form).toContain(`${monitoringOfficer} — Such a complaint goes there if it appears the Members' Code of Conduct has also been breached.`);
      expect(form).toMatch(/About the Town Clerk: Town Clerk's line manager \(the Council\) \(clause alsager:61\)/);
      expect(form).toMatch(/Is the complaint about an officer, a councillor or the Town Clerk\?/);
    } finally {
      done();
    }
  });

  test("the console, for an officer: the officer's route for a complaint about a councillor", () => {
    const { session, done } = consoleSession('councillor');
    try {
      // The role as a console user sets it (the session reads the saved role on each line).
      expect(session.handle('/role officer')).toBe('You are now an officer.');
      expect(session.handle('/complaint')).toContain('About a councillor: Town Clerk (clause alsager:63)');
    } finally {
      done();
    }
  });
});
