import fs from 'node:fs';
import path from 'node:path';
import { Assistant } from '../../src/assistant/assistant';
import { complaintRouteAsked, notThisPairsRoute } from '../../src/answer/complaintRoute';
import { routeForAnotherPair } from '../../src/answer/routes';
import { parseProtocol } from '../../src/protocols/parse';
import { ProtocolLibrary } from '../../src/protocols/library';
import { councilMetadataSchema } from '../../src/protocols/metadata';
import { routeRequest } from '../../src/queue/routing';
import { MODEL_CACHE_DIR } from '../support/model';
import { PROJECT_ROOT, PROTOCOLS_DIR } from '../support/fixtures';

// answers59 (docs/uat-twentieth-session.md section 4): a route the protocol sets out is for one pair, who complains about
// whom. A councillor's complaint about another councillor was offered an officer's route, and an officer's complaint about
// the Clerk was answered from the route for complaints about councillors. Questions are my own wording.
const OFFICERS_ROUTE = 'An officer who wishes to complain about a councillor should raise it with the Town Clerk, who will refer it to the Monitoring Officer.';

describe('the pair a complaint is', () => {
  test('who complains is read with whom it is about', () => {
    expect(complaintRouteAsked('Another councillor was rude to me at the meeting. Who do I complain to?', 'councillor')).toEqual({ about: 'councillor', kind: 'complaint_about_councillor_by_councillor', by: 'councillor' });
    expect(complaintRouteAsked("I'm unhappy with the way the clerk is managing me. Who can I complain to?", 'officer')).toEqual({ about: 'clerk', kind: null, by: 'officer' });
  });

  test("a route sentence is another pair's when its sender or whom it is about differs", () => {
    expect(routeForAnotherPair(OFFICERS_ROUTE, 'councillor', 'councillor')).toBe(true);
    expect(routeForAnotherPair(OFFICERS_ROUTE, 'officer', 'councillor')).toBe(false);
    expect(routeForAnotherPair('A councillor who is unhappy with the conduct of an officer should raise it with the Town Clerk.', 'councillor', 'councillor')).toBe(true);
    // "the Clerk's own treatment" is whom the wrong is done to, not whose doing it is.
    const bullied = "An Officer who feels that a Member has bullied them should tell the Clerk, or, where the complaint concerns the Clerk's own treatment, the Chair.";
    expect(routeForAnotherPair(bullied, 'officer', 'officer')).toBe(true);
    expect(routeForAnotherPair('A complaint about the Town Clerk must be made in writing to the Chair of the Council.', 'officer', 'officer')).toBe(false);
  });

  test('only a complaint no route kind covers is filtered', () => {
    expect(notThisPairsRoute('A councillor shouted at me. Who do I complain to?', 'officer')).toBeNull();
    const filter = notThisPairsRoute('Another councillor was rude to me. Who do I complain to?', 'councillor')!;
    expect(filter(OFFICERS_ROUTE)).toBe(false);
    expect(filter('Councillors should send apologies to the Clerk before the meeting.')).toBe(false);
    expect(filter('A breach of this protocol by a councillor may be reported to the Monitoring Officer.')).toBe(true);
  });

  // answers64: the councillor-by-councillor kind is asked, and still filtered, so its own route (the Monitoring Officer)
  // is a cue and an officer's route never the answer, whether the protocol sets the route out or not.
  test("a councillor's complaint about another councillor asks its own kind and keeps other pairs' routes out", () => {
    const asked = complaintRouteAsked('A fellow member keeps ignoring the code of conduct. Where should my complaint go?', 'councillor');
    expect(asked?.kind).toBe('complaint_about_councillor_by_councillor');
    const filter = notThisPairsRoute('A fellow member keeps ignoring the code of conduct. Where should my complaint go?', 'councillor')!;
    expect(filter('A councillor who is unhappy with the conduct of an officer should raise it with the Town Clerk.')).toBe(false);
    expect(filter('A breach of this protocol by a councillor may result in a complaint to the Monitoring Officer.')).toBe(true);
  });
});

describe('Fernleigh: the answer follows the pair', () => {
  const text = fs.readFileSync(path.join(__dirname, '../../data/answers/design/fernleigh.txt'), 'utf8');
  const protocol = { council: councilMetadataSchema.parse({ id: 'fernleigh', name: 'Fernleigh Town Council', clerkTitle: 'Town Clerk' }), ...parseProtocol(text, 'fernleigh') };
  let assistant: Assistant;
  beforeAll(() => {
    const library = ProtocolLibrary.load(PROTOCOLS_DIR);
    library.add(protocol);
    assistant = Assistant.create({ config: { COUNCIL: 'fernleigh', INTENTS_DIR: path.join(PROJECT_ROOT, 'intents'), MODEL_CACHE_DIR }, library });
  });

  test("an officer's complaint about the Clerk is answered with 5.2, not the route for complaints about councillors", () => {
    // Before: 5.3, "An officer who wishes to complain about a councillor …".
    expect(assistant.read("I'm unhappy with the way the clerk is managing me. Who can I complain to?", { council: 'fernleigh', role: 'officer' }).answer?.ref).toBe('5.2');
  });

  test("a councillor's complaint about another councillor is not answered with the officer's route", () => {
    // Before: 5.3. The protocol does not say; no sentence answers.
    const read = assistant.read("Another councillor was really rude to me at last night's meeting. Who do I complain to?", { council: 'fernleigh', role: 'councillor' });
    expect(read.answer?.ref).not.toBe('5.3');
    expect(read.answer).toBeNull();
  });

  test("an officer's complaint about a councillor keeps its route", () => {
    expect(assistant.read('A councillor shouted at me in the office this morning, who do I complain to?', { council: 'fernleigh', role: 'officer' }).answer?.ref).toBe('5.3');
  });
});

describe('the route a complaint is filed to follows the pair', () => {
  const cottingham = ProtocolLibrary.load(PROTOCOLS_DIR).get('cottingham').council;

  test("a councillor's complaint about another councillor: the Clerk, with no clause, and says it is not set out", () => {
    // Before: Clerk (clause 7.1), the route cottingham.json sets for an officer's complaint about a councillor.
    const routing = routeRequest(cottingham, 'complaint', 'councillor', 'councillor');
    expect(routing.recipient).toBe('Clerk');
    expect(routing.clause).toBeUndefined();
    expect(routing.note).toMatch(/does not set out where a councillor's complaint about another councillor goes/);
  });

  test("an officer's complaint about a councillor, and anyone's about the Clerk, keep their routes", () => {
    expect(routeRequest(cottingham, 'complaint', 'councillor', 'officer')).toMatchObject({ recipient: 'Clerk', clause: '7.1' });
    expect(routeRequest(cottingham, 'complaint', 'clerk', 'officer')).toMatchObject({ recipient: 'Chair of the Personnel Committee', clause: '7.3' });
    expect(routeRequest(cottingham, 'complaint', 'officer', 'councillor')).toMatchObject({ recipient: 'Clerk', clause: '7.3' });
    expect(routeRequest(cottingham, 'complaint', 'councillor')).toMatchObject({ clause: '7.1' });
  });

  test("a member of staff's complaint about a colleague is not given the councillors' route", () => {
    expect(routeRequest(cottingham, 'complaint', 'officer', 'officer')).toEqual({ recipient: 'Clerk', note: expect.stringMatching(/member of staff's complaint about a colleague/) });
  });
});

test("a route's condition that names who complains is read as its sender", () => {
  const instead = 'If the councillor concerned is the Mayor, or if the employee making the complaint is the Clerk, the matter should instead be taken to the Chairman of the Staffing Committee.';
  expect(routeForAnotherPair(instead, 'councillor', 'councillor')).toBe(true);
  expect(routeForAnotherPair(instead, 'officer', 'councillor')).toBe(false);
});
