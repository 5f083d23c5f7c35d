/**
 * Whether a protocol sentence leans on the sentence before it: it cannot be read alone, because it points back to a
 * thing, a case or a step the sentence before set out ("Any offer over that value must be reported …", "Employees are
 * not expected to answer calls outside those hours.", "You must then take no part …", "In that case the councillor may
 * ask …", "… the Parish Clerk is to inform the Vice-Chairman instead."). The answer selector quotes such a sentence with
 * the one it leans on, and quotes it after a chosen sentence it carries on from (src/answer/select.ts).
 *
 * One reading, in one place, so that choosing and quoting agree on what leans (issue #10, answers48).
 */

/** Opening words that point back or set the sentence against the one before ("This …", "However, …", "In that case …"). */
const OPENS_LEANING =
  /^(?:this|these|that|those|they|such|however|but|nevertheless|nonetheless|conversely|otherwise|instead|in (?:that|such an?|this|either|any such) (?:case|event)s?|in such cases|if so|if not|even so|the same|it (?!is\b|was\b|would\b|will be\b|may be\b|should be\b))\b/i;
/** A step that follows the one before: "You must then …", "The Clerk will then decide …". */
const THEN_STEP = /\b(?:must|will|should|shall|may|can|could|is to|are to) then\b/i;
/**
 * A demonstrative naming a thing already set out: "those hours", "these functions", and "that" after a preposition or a
 * verb that takes it as a determiner ("over that value", "about that person's job", "follow that advice"). "that" after
 * other words is too often a conjunction ("ensure that members …") to count, and "those who …" names new people.
 */
const DEMONSTRATIVE =
  /\b(?:these|those)\s+(?!who\b|which\b|that\b|of\b|in\b|with\b|at\b|are\b|is\b|were\b|was\b|have\b|has\b|will\b|may\b|must\b|should\b|can\b)([a-z]+)|\b(?:than|over|above|below|under|outside|within|beyond|after|before|during|about|of|on|for|from|at|with|into|follow|exceed|accept|reject) that\s+(?!is\b|was\b|the\b|an?\b|it\b|they\b|he\b|she\b|we\b|you\b|there\b|this\b|these\b|those\b|any\b|no\b|all\b|each\b|every\b|some\b|councillors?\b|members?\b|officers?\b|staff\b|employees?\b)([a-z]+)/gi;
/** Words of a sentence that goes on from the one before: "If they still disagree …", "… should therefore be made …", "… instead." */
const CONTINUING = /(?<!\b(?:and|or|but|so),? )\b(?:still|therefore|accordingly|instead)\b/i;

/**
 * Whether `sentence` leans on the sentence before it (see the module comment). Only a list's lead-in is read: its items
 * point back to the lead-in ("exhibit these principles"), not to the sentence before. A demonstrative whose noun the
 * sentence itself named earlier points inside it ("Committee meetings … Councillors of that committee", "another
 * authority … that authority directly"), and so does a "therefore" that joins two halves ("…, and therefore …").
 */
export function leansOnBefore(sentence: string): boolean {
  const text = sentence.trim().split('\n')[0];
  return OPENS_LEANING.test(text) || THEN_STEP.test(text) || CONTINUING.test(text) || pointsBackWithDemonstrative(text);
}

/** A demonstrative noun phrase whose noun is not named earlier in the sentence itself. */
function pointsBackWithDemonstrative(text: string): boolean {
  for (const match of text.matchAll(DEMONSTRATIVE)) {
    const noun = (match[1] ?? match[2]).toLowerCase();
    const earlier = text.slice(0, match.index).toLowerCase();
    // "decisions" … "those decisions", "concern" … "those concerns": the noun's first letters stand for its forms.
    if (!new RegExp(`\\b${noun.slice(0, Math.min(noun.length, 5))}`).test(earlier)) return true;
  }
  return false;
}
