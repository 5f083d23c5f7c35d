import { complaintModal } from '../../src/channels/slack/blocks';
import { complaintView } from '../../src/channels/slack/modals';
import type { SlackContext } from '../../src/channels/slack/context';
import { complaintForm } from '../../src/channels/teams/cards';
import { complaintRoutings, routeRequest } from '../../src/queue/routing';
import type { Role } from '../../src/queue/types';
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
