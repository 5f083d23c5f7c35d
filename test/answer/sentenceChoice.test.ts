import { AnswerSelector, FEATURE_NAMES, subjectOf } from '../../src/answer/select';
import { answeringPosts, postsNamed, questionType, typeCue } from '../../src/answer/questionType';
import { sideOf } from '../support/answers';
import { ProtocolLibrary } from '../../src/protocols/library';
import { PROTOCOLS_DIR } from '../support/fixtures';

// The right clause, the wrong sentence: which sentence of a clause answers. Questions written for
// these tests, in my own words; none is taken from an evaluation set.
const library = ProtocolLibrary.load(PROTOCOLS_DIR);
const only = (council: string, ref: string) => {
  const clauses = library.get(council).clauses;
  return { clauses, candidates: [{ clause: clauses.find((c) => c.ref === ref)!, prior: 1 }] };
};

describe('"who" wants a post the question does not already name', () => {
  test('the posts a sentence answers with are those of its main clause, not of its condition', () => {
    expect(answeringPosts('If the complaint is against the Chief Executive personally, it must be lodged in writing with the Monitoring Officer.')).toEqual(['monitoring officer']);
    expect(answeringPosts('Disputes will be determined by the Town Clerk.')).toEqual(['clerk']);
    expect(postsNamed('I have a gripe about one of the chief officers')).toEqual(['chief officer']);
  });

  test("a deputy or assistant clerk is a post of its own, not the clerk a question names (\"the clerk is away, who do I contact?\")", () => {
    expect(postsNamed('When the Town Clerk is on leave, contact the Assistant Town Clerk.')).toEqual(['clerk', 'assistant clerk']);
    expect(postsNamed('the Deputy Town Clerk and the Deputy Clerk')).toEqual(['deputy clerk', 'deputy clerk']);
    expect(postsNamed('the Parish Clerk')).toEqual(['clerk']);
  });

  test('asked who takes a complaint about a chief officer, the rule for chief officers answers, not the general one that sends it to a chief officer', () => {
    const { clauses, candidates } = only('tewkesbury', '2.25');
    const chosen = new AnswerSelector().choose(clauses, 'The head of the planning directorate is a chief officer and I want to complain about how he handled my query. Who should my complaint be lodged with?', 'councillor', candidates);
    expect(chosen?.text).toContain('must be lodged in writing with the Chief Executive');
  });

  test('asked who takes a complaint about the chief executive, a sentence sending complaints to the chief executive loses its "who" cue', () => {
    const { clauses, candidates } = only('tewkesbury', '2.25');
    let rows: { text: string; features: number[] }[] = [];
    new AnswerSelector().choose(clauses, 'I want to complain about the chief executive himself. Who deals with that?', 'councillor', candidates, { onScored: (seen) => (rows = seen) });
    const cue = (start: string) => rows.find((r) => r.text.startsWith(start))!.features[FEATURE_NAMES.indexOf('type')];
    expect(cue('If a complaint is against the Chief Officer')).toBeLessThan(cue('If the complaint is against the Chief Executive personally'));
    expect(cue('If the complaint is against the Chief Executive personally')).toBe(1);
  });
});

describe('whose side a sentence and a question are about', () => {
  test('a sentence\'s subject ends where a preposition starts its modifier, except an agent "by …"', () => {
    expect(subjectOf('Any request for Officer support should therefore be made to the Chief Executive in advance.')).not.toMatch(/officer/i);
    expect(subjectOf('Breaches by an Officer may lead to disciplinary action.')).toMatch(/officer/i);
    expect(subjectOf('Members of the Council must not pressurise Officers.')).toMatch(/^Members/);
  });

  test('"If I …" asks about the asker, not about the person the condition names', () => {
    const side = sideOf;
    expect(side('If I report a councillor for shouting at me, will it be held against me?', 'officer')).toBe('officer');
    // …but "she" still points back to who the message named.
    expect(side('The clerk drafted the minutes. If I object, will she change them?', 'councillor')).toBe('officer');
  });

  test('"Is it OK to ring the clerk…?" asks whether the asker may, so a councillor gets the councillors\' rule', () => {
    const side = sideOf;
    expect(side('Is it OK to phone the clerk late on a Friday night?', 'councillor')).toBe('councillor');
    expect(side('Would it be alright to email the deputy clerk on Christmas Day?', 'councillor')).toBe('councillor');
    expect(side('Will the clerk reply over the weekend?', 'councillor')).toBe('officer');
  });
});

describe('question types and cues (fifth round)', () => {
  test('"What can staff expect from …?" asks what, not whether they may', () => {
    expect(questionType('What can officers expect from the chairman?')).toBe('other');
    expect(questionType('Can officers expect help from the chairman?')).toBe('can');
  });

  test('a post reached through "their …" or "accountable to" answers "who" as fully as "with the …"', () => {
    expect(typeCue('who', 'Staff are accountable to their Line Manager for their day-to-day work.')).toBe(1);
    expect(typeCue('who', 'Requests should be sent to the appropriate officer.')).toBeGreaterThan(0);
  });
});

describe('an answer that reads on its own', () => {
  test('a sentence opening with "These …" is quoted with the sentence it points back to, verbatim', () => {
    const { clauses, candidates } = only('halstead', '1.7');
    const clause = candidates[0].clause;
    const chosen = new AnswerSelector().choose(clauses, 'Is the forum allowed to take key decisions by law?', 'councillor', candidates);
    expect(chosen?.text).toMatch(/^The Town Clerk has regular informal meetings/);
    expect(chosen?.text).toContain('precluded by law from taking key decisions');
    expect(clause.text).toContain(chosen!.text);
  });

  test('a sentence that opens "However, …" is quoted with the sentence it turns against', () => {
    const { clauses, candidates } = only('flitwick', '36');
    const chosen = new AnswerSelector().choose(clauses, 'Is it ok to put unreasonable requests on officers?', 'councillor', candidates);
    expect(chosen?.text).toMatch(/^officers will do their best to give timely responses/);
    expect(chosen?.text).toMatch(/However, officers should not have unreasonable requests placed on them\.$/);
  });

  test('a sentence that only mentions "such …" later on is quoted alone', () => {
    const { clauses, candidates } = only('tewkesbury', '5.6');
    const chosen = new AnswerSelector().choose(clauses, 'Can an officer attend a meeting a councillor has called, and who can authorise it?', 'officer', candidates);
    expect(chosen?.text).toMatch(/^An Officer shall not attend such a meeting/);
  });
});

describe('two adjacent sentences that answer together', () => {
  test('who the rule is about in one sentence, the consequence in the next: both are quoted', () => {
    const clauses = library.get('alsager').clauses;
    const text = 'Where a councillor ignores the rules on visiting the depot, the Chair may have a quiet word. A repeated lapse may be reported to the Council.';
    const clause = { ...clauses[0], ref: 'x1', text };
    const chosen = new AnswerSelector().choose([clause], 'What happens to a councillor who keeps ignoring the depot visiting rules?', 'councillor', [{ clause, prior: 1 }]);
    expect(chosen?.text).toBe(text);
  });

  test('a next sentence about someone else, or opening a new case, is not taken with it', () => {
    const clauses = library.get('alsager').clauses;
    const text = 'Where a councillor ignores the rules on visiting the depot, the Chair may have a quiet word. If an officer ignores them, the matter may be reported to the Council.';
    const clause = { ...clauses[0], ref: 'x2', text };
    const chosen = new AnswerSelector().choose([clause], 'What happens to a councillor who keeps ignoring the depot visiting rules?', 'councillor', [{ clause, prior: 1 }]);
    expect(chosen?.text).not.toContain('Where a councillor ignores the rules on visiting the depot, the Chair may have a quiet word. If');
  });
});

test('"turn it down" meets the protocol\'s "decline" and "refuse"', () => {
  const protocol = library.get('alsager').clauses;
  const clause = { ...protocol[0], ref: 'x3', text: 'The Clerk may decline a request that would take a great deal of staff time.' };
  const chosen = new AnswerSelector().choose([...protocol, clause], 'Am I able to turn that down?', 'officer', [{ clause, prior: 1 }]);
  expect(chosen?.text).toMatch(/^The Clerk may decline/);
});
