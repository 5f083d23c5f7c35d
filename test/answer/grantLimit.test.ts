import { LIMIT } from '../../src/answer/select';
import { chooseInOneClause } from '../support/answers';

// answers34: a "can I" question answered by a sentence that grants ("may", "can", "is entitled to") is quoted on to the
// sentence of the same clause that limits the grant, since a yes without its limit misleads. Clause texts and questions
// are written for these tests, in my own words; none is taken from an evaluation set or from the design or check pairs.

const GRANT = 'The Council may lend councillors a laptop and a printer for their council work.';
const ASIDE = 'The equipment remains the property of the Council.';
const LIMIT_SENTENCE = 'It must not be used for an election campaign or for private business.';
const QUESTION = 'Can I borrow a laptop and printer from the council?';

describe('a grant and the sentence that limits it', () => {
  test('the grant is quoted on to its limit, one sentence between', () => {
    expect(chooseInOneClause(`${GRANT} ${ASIDE} ${LIMIT_SENTENCE}`, QUESTION)).toBe(`${GRANT} ${ASIDE} ${LIMIT_SENTENCE}`);
  });

  test('without the rule the grant is quoted alone (the test above checks the rule, not the scorer)', () => {
    const reach = LIMIT.reach;
    LIMIT.reach = 0;
    try {
      expect(chooseInOneClause(`${GRANT} ${ASIDE} ${LIMIT_SENTENCE}`, QUESTION)).toBe(GRANT);
    } finally {
      LIMIT.reach = reach;
    }
  });

  test('a limit further on than the reach is not quoted', () => {
    const far = `${GRANT} ${ASIDE} The Clerk keeps a list of what is on loan. ${LIMIT_SENTENCE}`;
    expect(chooseInOneClause(far, QUESTION)).toBe(GRANT);
  });

  test('a limit on something else (no word shared, not pointing back) is not quoted', () => {
    expect(chooseInOneClause(`${GRANT} Visitors must not park in the yard behind the depot.`, QUESTION)).toBe(GRANT);
  });

  test('a sentence that limits and shares the grant\'s words is quoted though it does not point back', () => {
    const shared = `${GRANT} A laptop is lent only for the length of a councillor's term.`;
    expect(chooseInOneClause(shared, QUESTION)).toBe(shared);
  });

  test('a grant that states its own limit is quoted alone', () => {
    const own = 'The Council may lend councillors a laptop and a printer, but only for their council work.';
    // A limit that does not lean on the grant, so only the limit rule could quote it. ("It must not be used …" leans, and
    // since answers51 a passive rule on "it" takes the councillors' side from the grant, so it is quoted as the next
    // sentence that carries on, as "They must not …" always was; that is not the limit rule.)
    const unleaning = 'A laptop must not be used for an election campaign or for private business.';
    expect(chooseInOneClause(`${GRANT} ${unleaning}`, QUESTION)).toBe(`${GRANT} ${unleaning}`);
    expect(chooseInOneClause(`${own} ${unleaning}`, QUESTION)).toBe(own);
  });

  test('only a "can I" question: asked who lends them, the grant is quoted alone', () => {
    expect(chooseInOneClause(`${GRANT} ${ASIDE} ${LIMIT_SENTENCE}`, 'Who lends laptops and printers to councillors?')).toBe(GRANT);
  });
});
