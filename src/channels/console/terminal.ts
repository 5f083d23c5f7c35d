/**
 * Text from users (a subject, a name, a note) printed to a terminal: control characters are
 * replaced, so that an escape sequence in a complaint's subject cannot move the cursor, hide
 * lines, retitle the window or do worse in the Clerk's terminal. Tabs and line breaks become
 * spaces too: one field stays on its line.
 */
// C0 controls, DEL, C1 controls (0x80–0x9f, which some terminals read as ESC + a letter), and
// the Unicode line/paragraph separators and bidirectional overrides that reorder what is shown.
// Control characters are exactly what this strips.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => (c === '\t' || c === '\n' || c === '\r' ? ' ' : '\uFFFD'));
}
