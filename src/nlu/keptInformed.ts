import type { ReadingRule } from './readingRules';
import { weakOrUnevidencedReading } from './scope';

/**
 * A member asking to be kept informed of what happens in their ward. An officer's "Member emailed me: 'Please add me to
 * the distribution list for all the planning consultations in my ward going forward.' Is that a reasonable request…?"
 * read document_access at 0.23: "planning consultations" and "request" are that intent's words. But being told of, or
 * copied into, what goes on in a member's own ward (`OWN_WARD` with `INFORMED`: kept informed, in the loop, told about,
 * a heads-up, a distribution or mailing list) is what the protocols' clauses on ward members say (members are to be kept
 * informed of matters affecting their ward), not a member's right to see a particular paper.
 *
 * So when the reading is another topic under `KEPT_INFORMED_OVERRULES_BELOW` (not correspondence: copies of letters to a
 * ward's residents are its), or out of scope for want of evidence, and the message names both, the engine reads it as
 * ward_matters_and_public_meetings, answered as unsure with the Clerk offered (engine.ts, readingRules.ts;
 * docs/messy-round30.md). Over the training examples the matcher matches six ward_matters examples and one correspondence
 * one (kept by the gate).
 */

const WARD_MATTERS = 'ward_matters_and_public_meetings';

/** Below this, another topic's reading of such a message gives way (the design row read 0.23). */
export const KEPT_INFORMED_OVERRULES_BELOW = 0.6;

/** A member's own ward or patch. */
const OWN_WARD = /\b(?:in|for|about|across|affecting|around|within|on) (?:my|his|her|their|our) (?:ward|patch|division|area)\b/i;

/** Being kept informed: in the loop, told or copied in, a heads-up, a distribution or mailing list. */
const INFORMED =
  /\b(?:kept (?:informed|in the loop|up to date|posted)|(?:told|notified|informed|copied in|cc'?d|updated|alerted) (?:about|of|when|on|before)|(?:distribution|mailing|circulation|email) list|heads?[- ]up)\b/i;

/** Whether a message asks about a member being kept informed of their own ward's affairs (see above). */
export function asksToBeKeptInformedOfTheWard(text: string): boolean {
  return OWN_WARD.test(text) && INFORMED.test(text);
}

/** Being kept informed of one's ward, read as another topic or out of scope: ward matters (see above). */
export const KEPT_INFORMED_RULE: ReadingRule = {
  name: 'kept_informed',
  gate: ({ judged, hasIntent }) =>
    weakOrUnevidencedReading(judged, (label) => label === WARD_MATTERS || label === 'correspondence', KEPT_INFORMED_OVERRULES_BELOW) && hasIntent(WARD_MATTERS),
  matches: ({ text }) => asksToBeKeptInformedOfTheWard(text),
  decides: () => ({ intent: WARD_MATTERS }),
};
