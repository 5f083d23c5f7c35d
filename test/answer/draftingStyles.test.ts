import { AnswerSelector, FEATURE_NAMES, subjectOf } from '../../src/answer/select';
import { conditionPosts, remedyCue } from '../../src/answer/questionType';
import { definedPosts, withDefinedTerms } from '../../src/answer/definedTerms';
import type { Clause } from '../../src/protocols/parse';

// The answers45 round: a protocol drafted as a borough constitution (defined terms, rules whose subject is an act or a
// case, legal adjectives) read as a councillor or officer asks of it. Clause texts and questions are my own, written for
// these tests; none is taken from an evaluation set.
const clause = (ref: string, text: string): Clause => ({ council: 'testborough', ref, heading: '', text });
const all = (clauses: Clause[]) => clauses.map((c) => ({ clause: c, prior: 1 }));

describe('a rule whose subject is an act is about the one who does it', () => {
  test('"An alleged breach … by an Officer" is about officers; "A complaint by a member of the public" about neither side', () => {
    expect(subjectOf('An alleged breach of this Protocol by an Officer shall be dealt with under the disciplinary procedure.')).toMatch(/Officer/);
    expect(subjectOf('Any serious breach by a Councillor may be reported to the Standards Committee.')).toMatch(/Councillor/);
    expect(subjectOf('A complaint by a member of the public that a Councillor has broken the Code shall go to the Monitoring Officer.')).not.toMatch(/Councillor|Officer/);
  });

  test("an officer asking what happens when an officer breaks the rules: the officers' rule is the asker's side, the councillors' the other", () => {
    const breaches = [
      clause('9(a)', 'An alleged breach of this Protocol by a Councillor shall be reported to the Monitoring Officer, who may refer it to the Standards Committee.'),
      clause('9(b)', 'An alleged breach of this Protocol by an Officer shall be dealt with under the disciplinary procedure of the Council.'),
    ];
    const side = new Map<string, number>();
    const role = FEATURE_NAMES.indexOf('role');
    new AnswerSelector().choose(breaches, 'What happens to an officer who breaches the protocol?', 'officer', all(breaches), {
      minScore: 0,
      onScored: (rows) => rows.forEach((r) => side.set(r.ref, r.features[role])),
    });
    expect(side.get('9(b)')).toBe(1);
    expect(side.get('9(a)')).toBeLessThan(0);
  });
});

describe('a rule whose subject is a case is the rule for that post', () => {
  test('"A complaint about the Head of Paid Service, the Monitoring Officer or …" names its posts as its case', () => {
    expect(conditionPosts('A complaint about the Head of Paid Service or the Monitoring Officer shall be made in writing to the Leader of the Council.')).toEqual(
      expect.arrayContaining(['monitoring officer']),
    );
    expect(conditionPosts('Complaints are dealt with by the Leader of the Council.')).toEqual([]);
  });

  test('asked where a complaint about the Monitoring Officer goes, the rule for that case answers, not the general route', () => {
    const complaints = [
      clause('8(b)', 'A complaint about the Head of Paid Service or the Monitoring Officer shall be made in writing to the Leader of the Council.'),
      clause('8(c)', 'A Councillor who is unhappy with an Officer shall tell the Officer\'s Director; the Director shall inform the Monitoring Officer, who may treat it as a complaint.'),
    ];
    const chosen = new AnswerSelector().choose(complaints, 'Where does a complaint about the Monitoring Officer go?', 'councillor', all(complaints));
    expect(chosen?.ref).toBe('8(b)');
  });
});

describe("the protocol's own definitions rename posts", () => {
  const glossary = clause('1(a)', 'In this Protocol, "the Head of Paid Service" means the Chief Executive; "the Proper Officer" means the Town Clerk; and "Staff" means every person the Council employs.');

  test('a capitalised term defined as a named post is read; a class of people is not', () => {
    expect(definedPosts([glossary])).toEqual([
      { term: 'the Head of Paid Service', meaning: 'the Chief Executive' },
      { term: 'the Proper Officer', meaning: 'the Town Clerk' },
    ]);
  });

  test('the question is read with the defined term beside the name it used; not the deputy clerk, nor a question already in the term', () => {
    const posts = definedPosts([glossary]);
    expect(withDefinedTerms('Who do I complain to about the chief executive?', posts)).toBe('Who do I complain to about the chief executive (the Head of Paid Service)?');
    expect(withDefinedTerms('Can I email the clerk at home?', posts)).toBe('Can I email the clerk (the Proper Officer) at home?');
    expect(withDefinedTerms('Can I email the deputy clerk at home?', posts)).toBe('Can I email the deputy clerk at home?');
    expect(withDefinedTerms('Who manages the Proper Officer?', posts)).toBe('Who manages the Proper Officer?');
  });

  test('asked about the Chief Executive, the rule written for the Head of Paid Service answers', () => {
    const clauses = [
      glossary,
      clause('8(a)', 'A Councillor who is dissatisfied with an Officer shall raise the matter with that Officer\'s Director, who shall reply within ten working days.'),
      clause('8(b)', 'Any concern relating to the Head of Paid Service shall be put in writing to the Leader of the Council.'),
    ];
    const candidates = all(clauses.slice(1));
    const chosen = new AnswerSelector().choose(clauses, "I'm unhappy with the chief executive's attitude. Who do I take it to?", 'councillor', candidates);
    expect(chosen?.ref).toBe('8(b)');
  });
});

test('"no substantive reply" names the setback a next step answers, as "no reply" does', () => {
  expect(remedyCue('Where a Member has had no substantive reply within twenty working days, the Member may raise the matter with the Chief Executive.')).toBe(1);
});
