/**
 * A member of staff leaving, and who takes their place. "Clerk's retiring in the spring. Who sorts out
 * the hiring of her replacement?" read out of scope: "retiring" is in no example but a poem for a
 * clerk's retirement (out of scope), and hiring is hall hire. Mapping "her replacement" to recruiting
 * for every message was measured and dropped (docs/messy-round11.md): a vicar's or a head teacher's
 * successor then read as the council's recruitment too. So the engine reads the message so only when
 * its out-of-scope reading is weak and the one leaving is council staff (engine.ts).
 */

/** Someone's place to be filled: "her replacement", "his successor", "replace her". */
const SUCCESSION = /\b(?:her|his) (?:replacement|successor)\b|\breplac(?:e|ing) (?:her|him)\b/i;

/** The council's staff, by job (the people a parish or town council employs). */
const COUNCIL_STAFF =
  /\b(?:clerks?|clerk's|rfo|officers?|officer's|caretakers?|caretaker's|groundsm[ae]n|handym[ae]n|administrators?|admin|assistants?|staff|the office|gardeners?|cleaners?|deputy)\b/i;

/** Whether a message asks about filling the place of a member of the council's staff who is leaving. */
export function asksAboutReplacingStaff(text: string): boolean {
  return SUCCESSION.test(text) && COUNCIL_STAFF.test(text);
}
