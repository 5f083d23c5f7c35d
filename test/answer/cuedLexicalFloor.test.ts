import { chooseInOneClause } from '../support/answers';

// The sixty-third answer round (branch answers63): a sentence sharing only the protocol's word for the message's everyday
// word ("rude" read as "conduct", at half weight) falls under MIN_LEXICAL however well it answers. In the clause ranked
// first and with the kind of answer the question type asks for, it answers (CUED_LEXICAL). Clause texts and questions are
// my own wording, from no evaluation, design or check set.

const CLAUSE =
  'Staff who meet poor conduct should tell the Clerk. Conduct at meetings is a matter for the Chair. The hall is let to local groups on weekday evenings. Papers are kept in the office.';

describe('the lexical floor for a sentence with the asked kind of answer', () => {
  test('"who do I go to?" after rudeness is answered by the sentence naming the post, though it shares only "conduct"', () => {
    expect(chooseInOneClause(CLAUSE, 'Someone was rude to me at the fair. Who do I go to?', 'officer')).toBe('Staff who meet poor conduct should tell the Clerk.');
  });

  // Not lowered for "can" (nearly every rule has its cue) nor for a cue met in part: this one stays without a direct answer.
  test('"can I complain?" after rudeness, which the same sentence meets only in part, is still not answered', () => {
    expect(chooseInOneClause(CLAUSE, 'Someone was rude to me at the fair. Can I complain?', 'officer')).toBeUndefined();
  });
});
