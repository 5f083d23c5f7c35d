import { newRequest } from '../../src/queue/forms';

/** A complaint's stored subject names whom it is about; the Clerk by the council's own title (uat13: always "the Clerk"). */
describe("a complaint's subject", () => {
  const requester = { userId: 'console:jo', name: 'Jo', role: 'councillor' as const };
  const about = (who: 'officer' | 'councillor' | 'clerk', clerkTitle?: string) =>
    newRequest('complaint', 'tewkesbury', requester, { about: who, whatHappened: 'Changed the minutes afterwards' }, clerkTitle).subject;

  test("names the Clerk by the council's title", () => {
    expect(about('clerk', 'Chief Executive')).toBe('Complaint about the Chief Executive');
  });

  test('is "the Clerk" where the council has no title of its own, and others are unchanged', () => {
    expect(about('clerk')).toBe('Complaint about the Clerk');
    expect(about('officer', 'Chief Executive')).toBe('Complaint about an officer');
    expect(about('councillor', 'Chief Executive')).toBe('Complaint about a councillor');
  });
});
