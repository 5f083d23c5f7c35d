import { protocolWordsFor } from '../../src/answer/synonyms';

const words = (message: string) => protocolWordsFor(message).join(' ').split(' ');

describe('keeping something from someone, borrowing and one\'s own use, in a protocol\'s words (synonyms.ts, answers39)', () => {
  it('reads withholding, holding back, keeping from and denying as refusing', () => {
    expect(words('Can they withhold papers from me?')).toContain('refusal');
    expect(words("Can the clerk hold back documents I've asked for?")).toContain('refuse');
    expect(words('Is the town manager allowed to keep papers from me?')).toContain('decline');
    expect(words('Can the clerk deny me access to the minutes?')).toContain('refuse');
  });

  it('does not read keeping or holding alone as refusing', () => {
    expect(words('Can I keep the hamper?')).not.toContain('refuse');
    expect(words('Who holds the keys to the hall?')).not.toContain('refuse');
    expect(words('Must I keep papers from the meeting safe?')).not.toContain('refuse');
  });

  it('reads borrowing as having it lent, and one\'s own use as a private purpose', () => {
    expect(words('Can I borrow the tractor?')).toEqual(expect.arrayContaining(['lend', 'lent']));
    expect(words('Can I keep the laptop for my own use?')).toContain('private');
    expect(words('Is personal use of the printer allowed?')).toContain('private');
    expect(words('Can I use the printer?')).not.toContain('private');
  });
});

describe('"respond" and "response", which the stemmer keeps apart, read as each other (synonyms.ts, answers65)', () => {
  it('reads a reply as a response or responding, and each of those as the other', () => {
    expect(words('A councillor texted me late on Saturday. Do I have to reply?')).toEqual(expect.arrayContaining(['response', 'respond']));
    expect(words('How quickly must the clerk respond?')).toContain('response');
    expect(words('When will I get a response?')).toContain('respond');
  });
});
