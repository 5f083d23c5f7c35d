import path from 'node:path';
import { ProtocolLibrary } from '../../src/protocols/library';
import { councilMetadataSchema } from '../../src/protocols/metadata';
import { ClerkQueue } from '../../src/queue/queue';
import { routeRequest } from '../../src/queue/routing';
import { undeliverableNotice } from '../../src/queue/forms';
import { ComplaintSubject, RequestKind } from '../../src/queue/types';
import { complaint, documentRequest, jo, library, officer, PROTOCOLS_DIR, question, removeTempDirs, tempDir } from './helpers';

type Case = [council: string, kind: RequestKind, about: ComplaintSubject | undefined, recipient: RegExp, clause: string | undefined];

/**
 * Who receives each kind of request in each shipped council, and the clause shown to the
 * requester. The first rows are the examples named in issue 4, checked against the texts.
 */
const CASES: Case[] = [
  // Cottingham: a complaint about the Clerk goes to the Chair of the Personnel Committee (7.3).
  ['cottingham', 'complaint', 'clerk', /^Chair of the Personnel Committee$/, '7.3'],
  ['cottingham', 'complaint', 'officer', /^Clerk$/, '7.3'],
  ['cottingham', 'complaint', 'councillor', /^Clerk$/, '7.1'],
  ['cottingham', 'document_access', undefined, /^Clerk$/, undefined],
  ['cottingham', 'question', undefined, /^Clerk$/, undefined],
  // Tewkesbury: about a Chief Officer to the Chief Executive; about the Chief Executive to the Monitoring Officer (2.25).
  ['tewkesbury', 'complaint', 'officer', /Chief Executive/, '2.25'],
  ['tewkesbury', 'complaint', 'clerk', /^Monitoring Officer$/, '2.25'],
  ['tewkesbury', 'complaint', 'councillor', /Senior Officer/, '2.26'],
  ['tewkesbury', 'document_access', undefined, /Chief Executive/, '3.1'],
  ['tewkesbury', 'question', undefined, /^Chief Executive$/, '3.1'],
  // Alsager: an officer's concern about a councillor goes to the Town Clerk (63).
  ['alsager', 'complaint', 'councillor', /^Town Clerk$/, '63'],
  ['alsager', 'complaint', 'officer', /Line Manager/, '61'],
  ['alsager', 'complaint', 'clerk', /line manager/, '61'],
  ['alsager', 'document_access', undefined, /^Town Clerk$/, '53'],
  ['alsager', 'question', undefined, /^Town Clerk$/, '60'],
  // Flitwick: disputed document requests are decided by the Town Clerk, with reasons on request (59).
  ['flitwick', 'document_access', undefined, /^Town Clerk$/, '59'],
  ['flitwick', 'complaint', 'officer', /^Town Clerk/, '80'],
  ['flitwick', 'complaint', 'clerk', /^Personnel Committee$/, '80'],
  ['flitwick', 'complaint', 'councillor', /^Town Clerk$/, '8'],
  ['flitwick', 'question', undefined, /^Town Clerk$/, '78'],
  // Halstead.
  ['halstead', 'complaint', 'clerk', /^Monitoring Officer$/, 'fn1'],
  ['halstead', 'complaint', 'officer', /^Town Clerk$/, 'fn1'],
  ['halstead', 'complaint', 'councillor', /^Town Clerk$/, '4.3'],
  ['halstead', 'document_access', undefined, /^Town Clerk$/, undefined],
  ['halstead', 'question', undefined, /^Town Clerk$/, '1.4'],
];

describe('routing from each shipped council\'s metadata', () => {
  let queue: ClerkQueue;
  beforeAll(() => {
    queue = ClerkQueue.open({ path: path.join(tempDir(), 'queue.sqlite'), library: library() });
  });
  afterAll(() => {
    queue.close();
    removeTempDirs();
  });

  test('every shipped council is covered', () => {
    expect([...new Set(CASES.map(([council]) => council))].sort()).toEqual(library().ids());
  });

  test.each(CASES)('%s: %s %s → %s (clause %s)', (council, kind, about, recipient, clause) => {
    // A complaint about a councillor is filed by an officer, the side its route is for (answers59: a councillor's is not).
    const requester = about === 'councillor' ? officer : jo;
    const request = kind === 'complaint' ? complaint(about!, requester, council) : kind === 'question' ? question(jo, council) : documentRequest(jo, council);
    const filed = queue.file(request);
    expect(filed.routing.recipient).toMatch(recipient);
    expect(filed.routing.clause).toBe(clause);
    // What the requester is shown is what the Clerk's queue keeps.
    expect(queue.get(filed.id, requester).routing).toEqual(filed.routing);
  });

  test('the clause shown to a requester exists in that council\'s protocol', () => {
    for (const council of library().ids()) {
      const { council: metadata } = library().get(council);
      for (const route of Object.values(metadata.routes)) {
        if (route?.clause) expect(library().clause(council, route.clause)).toBeDefined();
      }
    }
  });

  test('a route\'s note travels with the request', () => {
    const filed = queue.file(documentRequest(jo, 'tewkesbury'));
    expect(filed.routing.note).toMatch(/Monitoring Officer \(3\.6\)/);
  });
});

describe('a council without a route for a kind', () => {
  test('sends it to the council\'s own Clerk, under the title it uses, claiming no clause', () => {
    const metadata = councilMetadataSchema.parse({
      id: 'stoke-gifford',
      name: 'Stoke Gifford Parish Council',
      clerkTitle: 'Parish Clerk',
      routes: { complaint_about_clerk: { recipient: 'Chair of the Staffing Committee', clause: '9' } },
    });
    expect(routeRequest(metadata, 'document_access')).toEqual({ recipient: 'Parish Clerk' });
    expect(routeRequest(metadata, 'question')).toEqual({ recipient: 'Parish Clerk' });
    expect(routeRequest(metadata, 'complaint', 'officer')).toEqual({ recipient: 'Parish Clerk' });
    expect(routeRequest(metadata, 'complaint', 'clerk')).toEqual({ recipient: 'Chair of the Staffing Committee', clause: '9' });
  });

  test('a complaint about the Clerk with no route is never sent to the Clerk, nor claimed by the protocol', () => {
    const metadata = councilMetadataSchema.parse({ id: 'marlbury', name: 'Marlbury Parish Council', clerkTitle: 'Parish Clerk', routes: {} });
    const routing = routeRequest(metadata, 'complaint', 'clerk');
    expect(routing.clause).toBeUndefined();
    expect(routing.recipient).not.toBe('Parish Clerk');
    expect(routing.recipient).toBe('whoever Marlbury Parish Council names for complaints about its Parish Clerk');
    const notice = undeliverableNotice({ id: 3, kind: 'complaint', council: 'marlbury', details: { about: 'clerk', whatHappened: 'x' }, routing }, false, 'Parish Clerk')!;
    expect(notice).not.toMatch(/protocol says/i);
    expect(notice).not.toMatch(/send it to the Parish Clerk/);
    expect(notice).toMatch(/#3/);
    // The Clerk by the council's title, as the rest of the receipt names them.
    expect(notice).toMatch(/about the Parish Clerk goes to .* the Parish Clerk cannot see it/);
    expect(notice).not.toMatch(/the Clerk\b/);
  });

  test('and the queue files it that way', () => {
    const shipped = ProtocolLibrary.load(PROTOCOLS_DIR);
    const flitwick = shipped.get('flitwick');
    shipped.add({ ...flitwick, council: { ...flitwick.council, id: 'no-routes', clerkTitle: 'Proper Officer', routes: {} } });
    const queue = ClerkQueue.open({ path: path.join(tempDir(), 'queue.sqlite'), library: shipped });
    try {
      const filed = queue.file(complaint('officer', jo, 'no-routes'));
      expect(filed.routing).toEqual({ recipient: 'Proper Officer' });
      // Nobody set up to receive complaints about the Clerk: the notice names the Clerk by the council's title.
      const aboutTheClerk = queue.file(complaint('clerk', jo, 'no-routes'));
      expect(queue.filedNotice(aboutTheClerk)).toMatch(/the Proper Officer cannot see it/);
    } finally {
      queue.close();
      removeTempDirs();
    }
  });
});

describe("a councillor's complaint about another councillor (uat25)", () => {
  // Alsager's and Flitwick's clause 8 send a member's breach to the district's Monitoring Officer; clause 63 (Alsager) and
  // flitwick.json's complaint_about_councillor are where an officer takes a complaint about a councillor.
  test.each([
    ['alsager', "Cheshire East Council's Monitoring Officer"],
    ['flitwick', "Central Bedfordshire Council's Monitoring Officer"],
  ])('%s files it along its own route, with the clause that says so', (council, recipient) => {
    const { council: metadata } = library().get(council);
    expect(routeRequest(metadata, 'complaint', 'councillor', 'councillor')).toMatchObject({ recipient, clause: '8' });
    // An officer's complaint about a councillor keeps the officer's route.
    expect(routeRequest(metadata, 'complaint', 'councillor', 'officer')).toEqual(routeRequest(metadata, 'complaint', 'councillor'));
    expect(routeRequest(metadata, 'complaint', 'councillor', 'officer').recipient).toBe('Town Clerk');
  });

  test('the queue files it so, and a council without the route still sends it to the Clerk, saying the protocol does not set it out', () => {
    const queue = ClerkQueue.open({ path: path.join(tempDir(), 'queue.sqlite'), library: library() });
    try {
      expect(queue.file(complaint('councillor', jo, 'alsager')).routing).toMatchObject({ recipient: "Cheshire East Council's Monitoring Officer", clause: '8' });
      expect(queue.file(complaint('councillor', jo, 'halstead')).routing).toEqual({ recipient: 'Town Clerk', note: expect.stringMatching(/does not set out where a councillor's complaint about another councillor goes/) });
    } finally {
      queue.close();
      removeTempDirs();
    }
  });

  test('only a councillor complaining is sent there: a member of staff complaining about a colleague is not', () => {
    const metadata = councilMetadataSchema.parse({
      id: 'marlbury',
      name: 'Marlbury Parish Council',
      routes: { complaint_about_councillor_by_councillor: { recipient: 'Monitoring Officer', clause: '9' } },
    });
    expect(routeRequest(metadata, 'complaint', 'councillor', 'councillor')).toEqual({ recipient: 'Monitoring Officer', clause: '9' });
    expect(routeRequest(metadata, 'complaint', 'councillor', 'clerk')).toEqual({ recipient: 'Clerk' });
    expect(routeRequest(metadata, 'complaint', 'officer', 'officer').recipient).toBe('Clerk');
  });
});
