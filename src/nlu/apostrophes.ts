/**
 * Typographic apostrophes read as the typed one. Phones, Teams and Word put "what’s" and "officer’s" where people
 * type "what's", and where every reading pattern says "'": without this a curly "I’m" or "council’s" slipped past
 * rules written for the straight one (a seventh of the project's own questions with an apostrophe changed answer).
 * One character for one, so positions in the text stay where they were.
 */
const TYPOGRAPHIC_APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u2032]/g;

export function withTypedApostrophes(text: string): string {
  return text.replace(TYPOGRAPHIC_APOSTROPHES, "'");
}
