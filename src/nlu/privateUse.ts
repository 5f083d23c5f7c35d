import type { ReadingRule } from './readingRules';
import type { QuestionParts } from './question';
import { weakOrUnevidencedReading } from './scope';

/**
 * A member asking to use the council's things for their own ends. "could I park my campervan in the depot yard over the
 * bank holiday?" was judged out of scope, "can i stick my caravan in the council depot over winter?" read premises_access,
 * "Could I requisition the council minibus for my grandson's football team on Sunday?" out of scope: a campervan, a
 * caravan, a football team are words of no example, and "the depot" is premises_access's. But what is asked is whether a
 * member may use council property (its vehicles, tools, equipment, its yard to keep things in) for a private purpose,
 * which the protocols answer in their clauses on council resources ("for council business only").
 *
 * So when the reading is another topic under `PRIVATE_USE_OVERRULES_BELOW`, or out of scope for want of evidence, an
 * asking sentence asks whether the asker may use, borrow, take, keep or park something (`USE`), the message names
 * council property (`COUNCIL_THING`) and a private end of the asker's (`OWN_END`: my caravan, my son's furniture, my
 * patio, my daughter's wedding), the engine reads it as council_resources, answered as unsure with the Clerk offered
 * (engine.ts, readingRules.ts; docs/messy-round27.md). Rooms and halls are not named (`COUNCIL_THING`): a room for a
 * member's surgery is a matter of ward work or premises; nor is a club's or group's use ("Can the scouts use the
 * minibus?"), which asks nothing of the asker's own.
 */

const RESOURCES = 'council_resources';

/** Below this, another topic's reading of such a message gives way (the design rows read 0.30–0.62). */
export const PRIVATE_USE_OVERRULES_BELOW = 0.7;

/** The asker asking to use, borrow, take, keep, park or store something. */
const USE =
  /\b(?:(?:can|could|may|might) i|(?:is|would) it (?:be )?(?:ok|okay|alright|all right|fine) (?:(?:if|for) (?:i|me)|to)|(?:would|will) (?:anyone|anybody|the council|they) mind if i|am i allowed to|any chance i could)\b.*\b(?:use|borrow|take|have|keep|park|stick|leave|store|put|requisition|hire|print|photocopy|laminate|run (?:\w+ )?off)\b/i;

/**
 * The council's property: its vehicles, tools and equipment, its depot or yard (not its rooms or halls); a vehicle or
 * tool named by the post that uses it is the council's too ("the Town Warden's van", "the Lengthsman's trailer").
 */
const COUNCIL_THING =
  /\b(?:(?:the )?council'?s? (?:van|minibus|bus|car|vehicle|trailer|truck|tractor|mower|strimmer|ladders?|tools?|pressure washer|gazebo|marquee|generator|chairs|tables|laptop|projector|printer|equipment|kit|depot|yard|store)|(?:the|our) (?:depot|depot yard|council yard|works yard|minibus|council van)|depot|(?:the |our )(?:[a-z]+ )?(?:warden|ranger|groundsman|caretaker|lengthsman|handyman|steward|keeper|officer|grounds team|outdoor team|maintenance team)'s (?:van|minibus|car|vehicle|trailer|truck|tractor|mower|strimmer|ladders?|tools?|pressure washer|equipment|kit)|(?:the )?(?:office|town hall|council)'?s? (?:big |new |colour |good )?(?:printer|photocopier|copier|laminator|guillotine|franking machine)|(?:the )?(?:office|town hall) has (?:got )?an? [^.?!]{0,40}\b(?:printer|photocopier|copier|laminator|guillotine))\b/i;

/** A private end of the asker's: their own things, home or family, or a family occasion. */
const OWN_END =
  /\b(?:my (?:own |son'?s |daughter'?s |grandson'?s |granddaughter'?s |wife'?s |husband'?s |family'?s )?(?:[a-z]+ )?(?:caravan|campervan|motorhome|boat|horsebox|car|van|trailer|furniture|house|home|garden|patio|gutters|drive|fence|shed|wedding|party|birthday|holiday|move|business|team|club|stuff|things)|my (?:residents'?|tenants'?|community) (?:association|group|society)|my (?:church|charity|society)|(?:move|moving) house|for (?:my|our) (?:own|family|personal)|personal (?:use|jobs?)|privately)\b/i;

/** Whether the message asks to use council property for the asker's own ends (see above). */
export function asksToUseCouncilPropertyPrivately(text: string, parts: QuestionParts): boolean {
  if (!COUNCIL_THING.test(text) || !OWN_END.test(text)) return false;
  for (let i = 0; i < parts.asking.length; i++) if (USE.test(parts.asking[i])) return true;
  return false;
}

/** Council property asked for a private end, read as another topic or out of scope: council resources (see above). */
export const PRIVATE_USE_RULE: ReadingRule = {
  name: 'private_use',
  gate: ({ judged, hasIntent }) =>
    weakOrUnevidencedReading(judged, (label) => label === RESOURCES, PRIVATE_USE_OVERRULES_BELOW) && hasIntent(RESOURCES),
  matches: ({ text, parts }) => asksToUseCouncilPropertyPrivately(text, parts),
  decides: () => ({ intent: RESOURCES }),
};
