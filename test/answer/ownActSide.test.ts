import { WEIGHTS } from '../../src/answer/select';
import { chooseInOneClause } from '../support/answers';

// answers68: asked of the asker's own act ("Can I ask …?"), the other side's rule on the same matter is the wrong rule, not
// merely a sentence about someone else, so it loses the whole side weight (WEIGHTS.otherSideOwnAct) where a question about a
// party keeps WEIGHTS.otherSide. It only chooses between sentences: whether any sentence answers is decided without it.
// Clause texts and questions are my own wording, not taken from any evaluation set or pair file.

const STAFF_RULE = 'Staff who are asked by a councillor to fix the gate or a bench must pass the request to the Clerk.';
const COUNCILLOR_RULE = 'Councillors should not ask staff directly for jobs.';

/** Runs `check` with WEIGHTS.otherSideOwnAct set to `value`, restoring it after. */
function withOwnActShare(value: number, check: () => void): void {
  const saved = WEIGHTS.otherSideOwnAct;
  WEIGHTS.otherSideOwnAct = value;
  try {
    check();
  } finally {
    WEIGHTS.otherSideOwnAct = saved;
  }
}

describe("the other side's rule to an asker asking of their own act", () => {
  test("gives way to the asker's own side's rule", () => {
    expect(chooseInOneClause(`${STAFF_RULE} ${COUNCILLOR_RULE}`, 'Can I ask the handyman to fix the gate?', 'councillor')).toBe(COUNCILLOR_RULE);
  });

  test('the own-act share is what decides it', () => {
    withOwnActShare(WEIGHTS.otherSide, () => {
      expect(chooseInOneClause(`${STAFF_RULE} ${COUNCILLOR_RULE}`, 'Can I ask the handyman to fix the gate?', 'councillor')).toBe(STAFF_RULE);
    });
  });

  test('is still the answer when the protocol has no other', () => {
    expect(chooseInOneClause(STAFF_RULE, 'Can I ask the handyman to fix the gate?', 'councillor')).toBe(STAFF_RULE);
  });

  test('keeps its place for a question about the other side', () => {
    expect(chooseInOneClause(`${STAFF_RULE} ${COUNCILLOR_RULE}`, 'Can a councillor ask the handyman to fix the gate?', 'officer')).toBe(STAFF_RULE);
  });
});
