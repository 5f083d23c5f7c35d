import { answeringPosts, questionType, typeCue } from '../../src/answer/questionType';
import { chooseInOneClause } from '../support/answers';

// How a question is read before its answer is chosen (the seventh answer round). Clause texts and
// questions are written for these tests, in my own words; none is taken from an evaluation set.
const choose = chooseInOneClause;

describe('a yes/no question of fact is not a question of permission', () => {
  test('"Does …?" and "Do I get …?" ask what is so; "Do I have to …?" and "Is it OK …?" still ask may / must', () => {
    expect(questionType('Does the guide cover agency workers?')).toBe('fact');
    expect(questionType('Do committee chairs get any extra say over staff?')).toBe('fact');
    expect(questionType('Do I have to declare it?')).toBe('can');
    expect(questionType('Is it OK to ring the clerk at home?')).toBe('can');
    expect(questionType('Is a councillor allowed to sign cheques?')).toBe('can');
  });

  test('a question typed with a typographic apostrophe is read as the same question', () => {
    for (const apostrophe of ["'", '\u2019']) {
      expect(questionType(`What${apostrophe}s the process if a councillor is rude to me?`)).toBe('how');
      expect(questionType(`Who${apostrophe}s responsible for press releases?`)).toBe('who');
    }
  });

  test('a yes/no question can still ask when or who', () => {
    expect(questionType('Is there a deadline for getting my expenses in?')).toBe('when');
    expect(questionType('Is anyone told who made the complaint?')).toBe('who');
  });

  test('asked whether the protocol covers agency workers, the sentence saying whom it covers answers, not the rule that happens to say "must"', () => {
    const answer = choose(
      'This protocol covers agency workers as well as employees. Agency workers covered by it must not be asked to work extra hours.',
      'Does this protocol cover agency workers?',
    );
    expect(answer).toBe('This protocol covers agency workers as well as employees.');
  });
});

describe('the question after a leading phrase', () => {
  test('"Between meetings, who …?" asks who; "As vice-chair, do I …?" is read after the comma', () => {
    expect(questionType('Between meetings, who takes urgent decisions when the chairman is away?')).toBe('who');
    expect(questionType('As vice-chair of planning, do I get more say over the clerk than the others?')).toBe('fact');
    expect(questionType('As vice-chair of planning, can I tell the clerk what to put in the report?')).toBe('can');
  });
});

describe('who answers, when the sentence names a post', () => {
  test('"If … then …" is a condition: the post in it is not the answer; a deputy is a post of its own', () => {
    expect(answeringPosts('If the complaint concerns the Mayor then it should be drawn to the attention of the Deputy Mayor.')).toEqual(['deputy mayor']);
    expect(answeringPosts('If the concern is about a group leader then it should go to the deputy group leader.')).toEqual(['deputy group leader']);
  });

  test('"drawn to the attention of the Deputy Mayor" names who acts', () => {
    expect(typeCue('who', 'It should be drawn to the attention of the Deputy Mayor.')).toBe(1);
  });
});

describe('everyday words in a question meet the protocol\'s own', () => {
  test('"in front of residents" is in public', () => {
    const answer = choose(
      'Criticism of an employee by a councillor should be constructive and made to the Clerk. An employee must never be criticised in public.',
      'Is it alright to have a go at the caretaker in front of residents?',
    );
    expect(answer).toMatch(/never be criticised in public/);
  });

  test('"backs our plan" is support', () => {
    const answer = choose(
      'An officer may explain the figures to a party group at its meeting. Attending does not mean that the officer is supportive of the group\'s plan.',
      'The clerk came and explained the figures to our group. Does that mean she backs our plan?',
    );
    expect(answer).toMatch(/supportive of the group's plan/);
  });
});
