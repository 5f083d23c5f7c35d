import fs from 'node:fs';
import path from 'node:path';
import { Assistant } from '../../src/assistant/assistant';
import { subjectOf } from '../../src/answer/select';
import { asksForNextStep, conditionPosts, namesConditionPost, remedyCue, typeCue } from '../../src/answer/questionType';
import { parseProtocol } from '../../src/protocols/parse';
import { ProtocolLibrary } from '../../src/protocols/library';
import { councilMetadataSchema } from '../../src/protocols/metadata';
import { MODEL_CACHE_DIR } from '../support/model';
import { PROJECT_ROOT, PROTOCOLS_DIR } from '../support/fixtures';
import { chooseInOneClause, sideOf } from '../support/answers';

// Which sentence of the right clause answers (the tenth answer round). Clause texts and questions are
// written for these tests, in my own words; none is taken from an evaluation set.
const choose = chooseInOneClause;
// Two protocols with no clause map, read as freshly ingested (the design texts test/eval/protocols/brindlecombe.txt, hollinsford.txt).
const library = ProtocolLibrary.load(PROTOCOLS_DIR);
for (const id of ['brindlecombe', 'hollinsford']) {
  const text = fs.readFileSync(path.join(PROJECT_ROOT, `test/eval/protocols/${id}.txt`), 'utf8');
  library.add({ council: councilMetadataSchema.parse({ id, name: id }), ...parseProtocol(text, id) });
}
const officer = { id: 'test:officer', name: 'Officer Test', role: 'officer' as const };
let assistant: Assistant;
beforeAll(() => {
  assistant = Assistant.create({ config: { COUNCIL: 'cottingham', INTENTS_DIR: path.join(PROJECT_ROOT, 'intents'), MODEL_CACHE_DIR }, library });
});
const side = sideOf;

describe('"will …?" asks what will be done, and by whom is rarely the asker', () => {
  test('the side is the one the question names, not the asker\'s, unless it happens to the asker', () => {
    expect(side('After I complain about an officer, will I be told the outcome?', 'councillor')).toBe('officer');
    expect(side('Once I have sent my request in, will I get an answer this week?', 'councillor')).toBeUndefined();
    // What will happen happens to the asker: the protocol says it of the asker's side.
    expect(side('If I report a councillor for shouting at me, will it be held against me?', 'officer')).toBe('officer');
    // "Can I …?" is still about the asker.
    expect(side('After I complain about an officer, can I see the file?', 'councillor')).toBe('councillor');
  });

  test('asked whether they will hear the outcome of a complaint, a councillor gets what the Clerk will do, not how to complain', () => {
    const answer = choose(
      'A councillor who wishes to complain about the conduct of an officer should write to the Clerk. The Clerk will look into the complaint and tell the councillor what happens.',
      'After I complain about an officer, will anything happen?',
    );
    expect(answer).toBe('The Clerk will look into the complaint and tell the councillor what happens.');
  });
});

describe('a sentence whose condition names the post the question is about is the rule for that case', () => {
  test('the posts of a condition that says whom the case is about', () => {
    expect(conditionPosts('If the councillor concerned is the Mayor, or if the member of staff is the Town Manager, speak to the Chair.')).toEqual(['mayor', 'manager']);
    expect(conditionPosts('Members should raise it with the Clerk or, if it concerns the Clerk, with the Chair of the Staffing Committee.')).toEqual(['clerk']);
    // A condition that does not say whom the case is about names no case.
    expect(conditionPosts('If a councillor is unhappy with the work of the Clerk, they should say so privately.')).toEqual([]);
  });

  test('the question must speak of the post as its case, not as someone the asker tells, and a deputy is not the post', () => {
    expect(namesConditionPost('The mayor keeps shouting at me. Who do I tell?', ['mayor'])).toBe(true);
    expect(namesConditionPost('Can we tell the clerk what the group decided?', ['clerk'])).toBe(false);
    expect(namesConditionPost('The deputy clerk lost my papers. Who do I tell?', ['clerk'])).toBe(false);
  });

  test('end to end on two unmapped protocols: an officer mistreated by the Mayor, or by the chair of the council, is sent where that case goes', () => {
    const mayor = assistant.answer("As town clerk, I've had the mayor swearing at me after meetings. Who do I report it to?", officer, { council: 'brindlecombe', record: false });
    expect(mayor.answer?.ref).toBe('26');
    expect(mayor.answer?.text).toContain('Chair of the Staffing Committee');
    const chair = assistant.answer('The chair of the council was abusive to me on the phone. Who can I go to about it?', officer, { council: 'hollinsford', record: false });
    expect(chair.answer?.ref).toBe('9.3');
    expect(chair.answer?.text).toContain('Vice-Chair of the HR Panel');
  });
});

describe('a leading condition that names the case is not who acts', () => {
  test('"If the concern is about the Chair, …" is not a sentence about councillors; "If a councillor …, …" still is', () => {
    expect(subjectOf('If the concern is about the Mayor, or if the employee is the Clerk, it should be raised with the Chair of the Staffing Committee.')).not.toMatch(/mayor|clerk|councillor/i);
    expect(subjectOf('If the councillor concerned is the Chair, staff should tell the Vice-Chair.')).toMatch(/^staff/);
    expect(subjectOf('If a councillor is unhappy with a member of staff, they should tell the Clerk.')).toMatch(/councillor/i);
    // After the case, an instruction to the reader ("tell the Vice-Chair") names whom to go to, not who acts.
    expect(subjectOf('If the councillor concerned is the Chair, or if you are the Manager, tell the Vice-Chair of the Panel.')).toBe('');
  });
});

describe('a question about "him" or "them" asks about whom the message spoke of', () => {
  test('"One of the councillors keeps breaking the rules. What happens to him?" is about a councillor', () => {
    expect(side('One of the councillors keeps breaking the rules. What happens to him?', 'officer')).toBe('councillor');
    expect(side('Two of the office staff leaked the minutes. What happens to them?', 'councillor')).toBe('officer');
  });
});

describe('a protocol that "declines" a request offers the same next step as one that refuses it', () => {
  test('"declines" names the setback, and "look at the decision again" is a review', () => {
    expect(remedyCue('If the Manager declines to release a report, you will be told why.')).toBe(1);
    expect(remedyCue('You may then ask the committee to look at the decision again.')).toBeGreaterThan(0);
    expect(remedyCue('The Manager keeps the register of reports.')).toBe(0);
  });
});

describe('"at its next meeting" is a time', () => {
  test('a "when" question finds "The panel will hear the appeal at its next meeting"', () => {
    expect(typeCue('when', 'The panel will hear the appeal at its next meeting.')).toBe(1);
    expect(typeCue('when', 'The panel hears appeals.')).toBe(0);
  });
});

describe('a setback told as "it carried on" or "got nowhere", and a protocol\'s "does not settle"', () => {
  test('these ask for the next step, and "If talking does not settle the matter" offers it', () => {
    expect(asksForNextStep("I told the manager about the councillor's comments and it carried on. What can I do now?")).toBe(true);
    expect(asksForNextStep('I took the caretaker\'s attitude up with the clerk and got nowhere. What are my options?')).toBe(true);
    expect(asksForNextStep('What can I do about a rude councillor?')).toBe(false);
    expect(remedyCue('If talking it over does not settle the matter, a formal complaint may be made.')).toBe(1);
  });
});

describe('everyday words for what a protocol says formally (tenth round)', () => {
  test('"my brother" meets "related to"; "the closed session" meets the part of a meeting the public were excluded from', () => {
    expect(choose('Councillors must treat staff with respect. A councillor who is related to an employee must tell the Clerk.', 'My brother has a job in the office. What must I do?')).toBe(
      'A councillor who is related to an employee must tell the Clerk.',
    );
    expect(
      choose(
        'Councillors must read their papers. Papers for any part of a meeting from which the public were excluded must not be disclosed until the Council decides otherwise.',
        'Can I talk about what was said in the closed session to my neighbours?',
      ),
    ).toContain('must not be disclosed');
  });
});
