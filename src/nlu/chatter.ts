/**
 * The small talk of a chatty message, which says nothing of what is asked: a greeting at its start ("hiya,", "morning
 * all -") and the asides that announce a question ("quick one", "just one more thing", "one for you:"). Their words
 * are ordinary words of a protocol ("one another", "a quick response", "in the evening"), so a clause or sentence with
 * no rule ("Councillors and Officers are … indispensable to one and other") would win on them. Shared by the clause
 * ranking and the answer's sentence choice, so both read the same words of a message.
 */
const CHATTER =
  /^\s*(?:(?:hiya|hi|hey|hello|morning|afternoon|evening|good (?:morning|afternoon|evening))(?: (?:all|everyone|guys|folks|there|team))?\b[\s,.!:;-]*)+|\b(?:just )?(?:a |one )?quick (?:one|q|question|thing)\b|\b(?:just )?one (?:more )?(?:thing|question|q)\b|\bone (?:for (?:you|the group|the clerk|you all)|more from me)\b/gi;

/** The message with its small talk replaced by spaces (the rest of its words, and their order, kept). */
export function withoutChatter(message: string): string {
  return message.replace(CHATTER, ' ');
}
