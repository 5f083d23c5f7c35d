import { chooseInOneClause, sideOf } from '../support/answers';

// walks44: people type the first person contracted and often without the apostrophe ("im on the panel", "ive been
// asked"). The side reading's "I" patterns did not see "im" as "I am", so a message that named a post of the other side
// ("the caretaker job") was read as about that side, and the rule for the asker's own side lost to one for the other.
// Questions and clause texts are my own wording, not taken from any evaluation set or pair file.

describe('a message whose asker writes "im" or "ive"', () => {
  test('"im on the panel" is the asker, not the post the story names', () => {
    expect(sideOf('my cousin has applied for the groundsman job and im on the interview panel, is that ok', 'councillor')).toBe('councillor');
    expect(sideOf("my cousin has applied for the groundsman job and i'm on the interview panel, is that ok", 'councillor')).toBe('councillor');
  });

  test('"after ive reported it" is a condition of the asker\'s, as "after I\'ve reported it" is', () => {
    expect(sideOf('what happens if the councillor keeps shouting at me after ive reported it', 'officer')).toBe('officer');
  });

  test('"documents ive asked for" is not an obligation of the asker\'s: the post asked about keeps the side', () => {
    expect(sideOf('can the clerk hold back papers ive asked for', 'councillor')).toBe(sideOf("can the clerk hold back papers I've asked for", 'councillor'));
  });

  test('so the rule for the asker\'s side answers', () => {
    const own = 'A councillor who knows an applicant personally must declare it and leave the interview panel.';
    const other = 'Staff should be appointed on merit alone, by whoever is best able to do the job.';
    expect(chooseInOneClause(`${other} ${own}`, 'my cousin has applied for the groundsman job and im on the interview panel, is that ok')).toBe(own);
  });
});
