import { withTypedApostrophes } from './apostrophes';

/**
 * Case-insensitive patterns without V8's `/i`. Compiling a `/i` pattern looks up the case equivalents of every
 * letter it contains through ICU, once for the bytecode tier and again for the native one: over all the patterns
 * a one-shot `ask` runs, up to 0.16 G instructions (docs/benchmarks.md, speed2). The same pattern
 * without `/i`, tested against the text with its letters lower-cased, matches exactly where the `/i` one does (and,
 * one addition, reads a typographic apostrophe as "'": `asciiLowerCased`), under two conditions `caseless` checks
 * when the pattern is built:
 *
 * - the pattern names no character outside ASCII (escapes such as `\u2019` excepted when what they name has no case),
 *   so every letter it can match is an ASCII letter; its letters are lower-cased (escapes such as `\W` kept), which
 *   under `/i` changes nothing;
 * - only `test` is offered (no captures, no `g`/`y` state), so only whether it matches counts, never the matched text.
 *
 * Why the text's lower-casing keeps every match: under non-unicode `/i` a character matches an ASCII letter only if it
 * is that letter in either case (ES Canonicalize never maps a non-ASCII character to an ASCII one), and `\b`, `\w`
 * are ASCII-only. `toLowerCase` turns A–Z into a–z, leaves every other ASCII character alone, and maps no non-ASCII
 * character to an ASCII one or to more than one character, except U+0130 (İ → "i̇") and U+212A (Kelvin sign → "k"):
 * a text holding either has only its A–Z lower-cased. So every position keeps its length and its standing against
 * every part of the pattern.
 */

/** A case-insensitive pattern that only answers whether a text matches it. */
export interface CaselessPattern {
  test(text: string): boolean;
}

let lastText: string | undefined;
let lastFolded = '';

/**
 * The text with A–Z lower-cased and a typographic apostrophe read as "'", and nothing else turned into ASCII or changed
 * in length (see above).
 */
export function asciiLowerCased(text: string): string {
  // Several patterns test the same sentence one after another (a sentence's cues): fold it once.
  if (text === lastText) return lastFolded;
  lastText = text;
  const lowerCased = text.includes('\u0130') || text.includes('\u212A') ? text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase()) : text.toLowerCase();
  // A protocol's sentences as well as a question: a Word or PDF text has "Members’ enquiries" (src/nlu/apostrophes.ts).
  lastFolded = withTypedApostrophes(lowerCased);
  return lastFolded;
}

/** An escape naming a character by its code (`\u2019`, `\x41`). */
const CODE_ESCAPE = /\\(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2}))/g;

/** Why the `/i` pattern cannot be read this way, or undefined when it can. */
export function caselessProblem(pattern: RegExp): string | undefined {
  if (pattern.flags !== 'i') return `flags "${pattern.flags}" (only "i" is read this way)`;
  for (const [, u, x] of pattern.source.matchAll(CODE_ESCAPE)) {
    const character = String.fromCharCode(parseInt(u ?? x, 16));
    if (character.toLowerCase() !== character.toUpperCase()) return `an escape names a cased character (${character})`;
  }
  if (/[^\x20-\x7e]/.test(pattern.source)) return 'a character outside printable ASCII';
  if (/\(\?<[^=!]|\\k</.test(pattern.source)) return 'a named group';
  // `[A-z]` spans more than letters: lower-casing it would change it (`[A-Z]` is safe: under /i it is `[a-z]`).
  if (/[A-Z]-|-[A-Z]/.test(pattern.source.replaceAll('A-Z', ''))) return 'a range with an upper-case end';
  return undefined;
}

/** The pattern's own letters in lower case; an escape (`\W`, `\B`, `\u00A0`, `\cJ`) is kept as it is. */
function lettersLowerCased(source: string): string {
  return source.replace(/\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|[\s\S])|[A-Z]+/g, (part) => (part.startsWith('\\') ? part : part.toLowerCase()));
}

/** The `/i` pattern, matched the same way without `/i` (see above); a pattern it cannot read so is refused at once. */
export function caseless(pattern: RegExp): CaselessPattern {
  const problem = caselessProblem(pattern);
  if (problem !== undefined) throw new Error(`caseless(/${pattern.source}/${pattern.flags}): ${problem}`);
  const plain = new RegExp(lettersLowerCased(pattern.source));
  return { test: (text) => plain.test(asciiLowerCased(text)) };
}

/** Text to match literally inside a pattern built with `new RegExp` (a post title, a term a protocol defines). */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
