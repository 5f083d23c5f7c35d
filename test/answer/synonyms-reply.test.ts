import { chooseInOneClause } from '../support/answers';

// "Get back to me" is a reply. Before, it added only "response" (and "quickly" added "timely", whose stem "time" is also
// that of "at all times"), so a protocol that says "reply" lost to a courtesy rule kept "at all times". The clause and
// questions are my own wording, not taken from any evaluation set or pair file.

const CLAUSE =
  'Members and staff shall treat one another with courtesy at all times. Staff will acknowledge an email from a member within three working days and send a full reply within ten working days.';

describe('"get back to me" asks when a reply comes', () => {
  test.each(['How quickly should staff get back to me?', 'when will the office get back to me?'])('%s', (question) => {
    expect(chooseInOneClause(CLAUSE, question)).toMatch(/^Staff will acknowledge/);
  });
});
