/**
 * Runs of whitespace as one space. Written to leave single spaces alone: V8 replaces each match
 * one by one, so `/\s+/g` on a large protocol (a million single spaces) takes seconds.
 */
export const squashSpaces = (text: string): string => text.replace(/\s{2,}|[^\S ]/g, ' ');
