import { questionType } from '../../src/answer/questionType';

// answers55 (issue #10): a chatty lead-in closed by a colon ("Quick one from a new member: Do officers …?") hid the
// question's opening, so the chatty form was typed by whatever word the sentence held ("when") and its plain form by its
// opening. Colons that close no lead-in (a clause number, a time, a heading, a list's lead-in) leave the reading as it was.
// Questions are my own wording, not taken from any evaluation set or pair file.

const plainAndChatty = (question: string, leadIn: string) => [questionType(question), questionType(`Hello, sorry to bother you. ${leadIn}: ${question}`)];

describe('a question after a lead-in closed by a colon', () => {
  test('is typed as its plain form is', () => {
    for (const [question, leadIn] of [
      ['Do officers have to stay neutral when councillors disagree?', 'Quick one from me as a fairly new member'],
      ['Can I speak at the meeting when my own planning application comes up?', 'Something I have wondered for a while'],
      ['Who decides when an item goes on the agenda?', 'My question is this'],
      ['How many days does the clerk have to reply?', 'One more from me'],
    ]) {
      const [plain, chatty] = plainAndChatty(question, leadIn);
      expect(chatty).toBe(plain);
    }
    expect(questionType('Morning all. Quick one from the new boy: Do officers have to stay neutral when councillors disagree?')).toBe('can');
  });

  test('but a colon that closes no lead-in is not taken for one', () => {
    // A clause number, a time, a heading or a list of questions: what follows is not the question's own opening.
    expect(questionType('Under clause 7.3: when a councillor disagrees, do officers stay neutral?')).toBe(questionType('Under clause 7.3 when a councillor disagrees, do officers stay neutral?'));
    expect(questionType('Re: do officers stay neutral when councillors disagree?')).toBe('when');
    expect(questionType('I have two questions: when is the agenda published and can I add an item?')).toBe('when');
  });
});
