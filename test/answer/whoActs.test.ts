import { asksWhoActs, namesConditionPost, postActs } from '../../src/answer/questionType';
import { AnswerSelector, FEATURE_NAMES } from '../../src/answer/select';
import { parseProtocol } from '../../src/protocols/parse';
import { chooseInOneClause, sideOf } from '../support/answers';

// The eleventh answer round (branch answers12): who acts, whose rule a long sentence states, and a protocol written as
// questions and answers. Clause texts and questions are written for these tests, in my own words; none
// is taken from an evaluation set.

describe('"Who decides …?" wants the post that acts, not the one that is told', () => {
  test('a question asks who acts when "who" is followed by its own verb', () => {
    expect(asksWhoActs('Who draws up the list of grant applications?')).toBe(true);
    expect(asksWhoActs('The chair is away. Between meetings, who signs the cheques?')).toBe(true);
    expect(asksWhoActs('Who should I tell about the broken swing?')).toBe(false);
    expect(asksWhoActs('Who are the grounds staff answerable to?')).toBe(false);
    // Where a matter goes: "… raised with the Clerk" answers it.
    expect(asksWhoActs('I want to complain about the treasurer. Who deals with that?')).toBe(false);
  });

  test('a post acts as the subject or the agent of a sentence, not as whom it is sent to', () => {
    expect(postActs('Grant applications are listed by the Town Clerk before each meeting.')).toBe(true);
    expect(postActs('The Deputy Clerk keeps the register of hall bookings.')).toBe(true);
    expect(postActs('When the Clerk is on leave the Deputy Clerk signs routine letters.')).toBe(true);
    expect(postActs('A councillor who wants a hall booking must ask the Deputy Clerk in writing.')).toBe(false);
    expect(postActs('The Chairman has no power to sign cheques alone.')).toBe(false);
    expect(postActs('In these cases it is the Responsible Financial Officer, not the councillor, who places the order.')).toBe(true);
  });

  test('asked who puts bookings in the diary, the sentence in which a post enters them answers, not the one that sends councillors to a post', () => {
    const clause =
      'A councillor who wants a hall booking put in the diary for a ward surgery must ask the Deputy Clerk, giving a week\'s notice. Bookings are entered by the Deputy Clerk.';
    expect(chooseInOneClause(clause, 'Who puts hall bookings in the diary?')).toContain('Bookings are entered by the Deputy Clerk.');
  });
});

describe('a rule later in a long sentence binds its own side', () => {
  test('"… and accordingly no councillor shall …" is a rule for councillors, whatever the sentence opens with', () => {
    const { clauses } = parseProtocol(
      '1. Test\n\n1.1 Grounds staff are managed by the Amenities Manager, who plans their work each week, and accordingly no councillor, whatever office he or she holds, shall give them work directly. Grounds staff must tell the Amenities Manager when a councillor gives them work.\n',
      'test',
    );
    let rows: { text: string; features: number[] }[] = [];
    new AnswerSelector().choose(clauses, 'Can I give the grounds staff some work this afternoon?', 'councillor', [{ clause: clauses[0], prior: 1 }], { onScored: (seen) => (rows = seen) });
    const side = (start: string) => rows.find((r) => r.text.startsWith(start))!.features[FEATURE_NAMES.indexOf('role')];
    expect(side('Grounds staff are managed')).toBe(1);
    expect(side('Grounds staff must tell')).toBeLessThan(0);
  });

  test('a person named by job in the question is of their side', () => {
    expect(sideOf('The bookkeeper made a mistake on the invoice. Could she correct it herself?', 'councillor')).toBe('officer');
    expect(sideOf('Could the caretaker lend me the hall keys?', 'councillor')).toBe('officer');
    expect(sideOf('Could I borrow the hall keys from the caretaker?', 'councillor')).toBe('councillor');
  });
});

describe('a protocol written as questions and answers', () => {
  const text = `1. Can a councillor borrow council equipment?

Equipment belongs to the Council and is lent only for council business. A councillor who needs equipment for such business must ask the Clerk, who keeps the loans book.

2. Who keeps the loans book?

That is the Clerk's job, and the Clerk also signs each loan out and back in.
`;
  const { clauses } = parseProtocol(text, 'faq');
  const choose = (question: string) => new AnswerSelector().choose(clauses, question, 'councillor', clauses.map((clause) => ({ clause, prior: 1 })))?.text;

  test('its question headings are read with their clause but never quoted as the answer', () => {
    expect(clauses[0]).toMatchObject({ heading: 'Can a councillor borrow council equipment?', text: expect.stringMatching(/^Equipment belongs/) });
    const answer = choose('Can I borrow the council gazebo for my daughter\'s wedding?');
    expect(answer).toBeDefined();
    expect(answer).not.toContain('?');
    expect(clauses[0].text).toContain(answer!);
  });

  test('every sentence under a question heading is read with it, not only the first', () => {
    const faq = parseProtocol(
      [
        '1. Can councillors use the council minibus?',
        'The minibus is run by the Clerk for community groups and is booked through the office. Councillors may borrow it only for council business and must record each journey in the log kept in the vehicle.',
        '2. What if a councillor disagrees with a decision of the Council?',
        'Decisions are taken by a majority of the councillors present and voting. A councillor who voted against a decision must still respect it and must not act to undermine it, but may ask for it to be reconsidered after six months.',
        "3. Who looks after the council's social media accounts?",
        "The Council has accounts on two platforms for news and events. They are run by the Deputy Clerk, and no councillor may post on them without the Deputy Clerk's agreement.",
        '4. How should a councillor raise a concern about a member of staff?',
        'Staff cannot answer criticism in public, so concerns about them are never raised at meetings or online. A councillor with a concern about a member of staff should speak to the Clerk in private.',
      ].join('\n\n'),
      'faq',
    ).clauses;
    const answer = new AnswerSelector().choose(faq, "Can I take the minibus to my grandson's football match?", 'councillor', faq.map((clause) => ({ clause, prior: 1 })))?.text;
    expect(answer).toBe('Councillors may borrow it only for council business and must record each journey in the log kept in the vehicle.');
  });

  test('a sentence that points back is quoted with the sentence before it, not with a question heading', () => {
    expect(choose('Who keeps the loans book?')).toBe("That is the Clerk's job, and the Clerk also signs each loan out and back in.");
  });
});

describe('everyday words for the family and for whom a complaint is about', () => {
  test('a niece or a nephew is a relative, as a cousin is', () => {
    const clause =
      'Staff are appointed by an interview panel of three councillors after the job has been advertised. A councillor who is related to a candidate for a job must declare it and leave the panel.';
    expect(chooseInOneClause(clause, 'My nephew has applied for the caretaker job. What should I do?')).toContain('related to a candidate');
  });

  test('"my problem is with the clerk" names the clerk as whom the case is about; "I raised it with the clerk" does not', () => {
    expect(namesConditionPost('My problem is with the clerk herself. Where does it go?', ['clerk'])).toBe(true);
    expect(namesConditionPost('I raised it with the clerk weeks ago. What now?', ['clerk'])).toBe(false);
  });
});

describe('after a setback, the sentence that offers the step answers, not the one that sets the scene', () => {
  const clause =
    'Councillors may ask the Clerk for any document they need for their duties. If the Clerk declines a request for a document, the councillor will be told why in writing. The councillor may then ask the Chair of the Council to look at the request again, and the Chair decides.';
  test('"… may then …" carries on the sentence before it, and the step it offers is the next step', () => {
    expect(chooseInOneClause(clause, 'The clerk said no when I asked for the skate park contract. What can I do now?')).toContain('may then ask the Chair of the Council to look at the request again');
  });
});
