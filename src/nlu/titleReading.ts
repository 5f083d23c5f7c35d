import { escapeRegExp } from './caseless';

/**
 * A message read with a council's own titles (its posts, its newspaper): each title the message names is followed by a
 * word the classifier knows ("officer", "local newspaper"), so the title reads as what the protocol says it is without
 * losing its own words; and a part of such a message taken back to the words the asker typed. Only the classifier reads
 * the added word; clauses are still chosen on the message as typed.
 */
export interface TitleReading {
  /** The message with each title it names followed by the word read; unchanged when it names none. */
  read(text: string, titles: readonly string[]): string;
  /** A part of a message `read` changed (a further question the reply quotes back), as the asker typed it. */
  asTyped(text: string, titles: readonly string[]): string;
}

/**
 * `readAs`: the word added after a title. `alreadySays`: titles that hold such a word already and need nothing added.
 * `ending`: the endings a title may take in a message ("'s", a plural). `oneAtATime`: a title as one of its kind is named.
 */
export function titleReading(options: { readAs: string; alreadySays: RegExp; ending: string; oneAtATime?: (title: string) => string }): TitleReading {
  const { readAs, alreadySays, ending, oneAtATime = (title: string) => title } = options;
  const titlesToRead = (titles: readonly string[]): string[] => titles.filter((title) => !alreadySays.test(title)).map(oneAtATime);
  return {
    read(text, titles) {
      const wanted = titlesToRead(titles);
      if (wanted.length === 0) return text;
      const lower = text.toLowerCase();
      const named = wanted.filter((title) => lower.includes(title));
      if (named.length === 0) return text;
      // Longest first (the titles come so), in one pass, so "Head of Paid Service" is read once, not as "Service" too.
      const pattern = new RegExp(String.raw`\b(${named.map(escapeRegExp).join('|')})(?:${ending})?\b(?! ${readAs}s?\b)`, 'gi');
      return text.replace(pattern, (match) => `${match} ${readAs}`);
    },
    asTyped(text, titles) {
      const wanted = titlesToRead(titles);
      if (wanted.length === 0) return text;
      return text.replace(new RegExp(String.raw`\b(${wanted.map(escapeRegExp).join('|')})((?:${ending})?) ${readAs}\b`, 'gi'), '$1$2');
    },
  };
}
