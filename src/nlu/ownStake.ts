import type { ReadingRule } from './readingRules';
import type { QuestionParts } from './question';
import { weakOrUnevidencedReading } from './scope';

/**
 * A member's own stake in an item, with a question of taking part in it. "Bakers Lane planning app is from my next door
 * neighbour. Can I speak on it?" was judged out of scope, "mate's firm up for the cctv contract. do I need to step out"
 * read document_access, "I rent two plots myself so I've got a horse in the race on the allotment rent rise. Can I still
 * put my hand up on it?" finance_and_contracts: the words of the story (a planning application, a contract, a rent
 * rise) are those of other intents' examples, or of none, and "speak", "step out" are too few to outweigh them. But what
 * is asked is whether the member may take part (speak, vote, stay, leave the room) in a matter in which they, their
 * family, a friend, their business or their home has a stake: the protocols' clauses on interests, with the Clerk offered.
 *
 * So when the reading is another topic under `OWN_STAKE_OVERRULES_BELOW`, or out of scope for want of evidence, an
 * asking sentence asks whether the asker may take part in an item (`TAKING_PART`) and the message names the asker's own
 * tie (`OWN_TIE`: my neighbour, my cousin's firm, a mate of mine, the club I chair, the pub I co-own, my back fence, my road), the
 * engine reads it as interests_and_conflicts, answered as unsure with the Clerk offered (engine.ts, readingRules.ts;
 * docs/messy-round27.md). A tie with no question of taking part ("My daughter has applied for the assistant clerk job. Is
 * that a problem?", personal_relationships) and a question of taking part with no tie ("Can I speak at the meeting about
 * the dog mess?") are left to the classifier; so are a member's ties with staff (`KEEPS_ITS_READING`).
 */

const INTERESTS = 'interests_and_conflicts';

/** Below this, another topic's reading of such a message gives way (the design rows read 0.12–0.44). */
export const OWN_STAKE_OVERRULES_BELOW = 0.6;

/** Readings that stand: a member's ties with staff are personal_relationships' own matter. */
const KEEPS_ITS_READING: ReadonlySet<string> = new Set([INTERESTS, 'personal_relationships']);

/**
 * Taking part in an item: may the asker speak, vote, stay or take part; must they leave the room, step out, sit it out,
 * keep out of the vote, abstain or withdraw; "put my hand up on it".
 */
const TAKING_PART = new RegExp(
  [
    String.raw`\b(?:can|could|may|should|shall|do|does|must|am) i (?:still |even |just )?(?:be allowed to |be ok to |ok to |okay to |allowed to |need to |have to |be expected to )?(?:speak(?! to)|vote|stay|take part|sit in|be in the (?:room|meeting|chamber)|be there|put my hand up|have my say|join in|debate|chair (?:it|that|the item))\b`,
    String.raw`\b(?:leave the (?:room|meeting|chamber)|step (?:out|outside|aside)|sit (?:it |that |this |the item |that one |this one |that item |this item )?out|sit out (?:the|that|this)|stay (?:out|away) (?:of|from)|keep out of|abstain|withdraw from|stay for the (?:debate|vote|item|discussion))\b`,
  ].join('|'),
  'i',
);

/**
 * The asker's own tie: their family, friends, neighbours, business or home named as theirs ("my", "mine", "I own"), or a
 * body they hold office in ("the bowls club I'm treasurer of", "which I run", "I chair").
 */
const OWN_TIE = new RegExp(
  [
    String.raw`\b(?:my|our) (?:own )?(?:next[- ]door )?(?:neighbours?|cousin|brother|sister|brother[- ]in[- ]law|sister[- ]in[- ]law|son|daughter|lad|girl|mum|mother|dad|father|wife|husband|partner|uncle|aunt|nephew|niece|grandson|granddaughter|in[- ]laws|family|mate|friend|pal|company|firm|business|shop|pub|cafe|farm|house|home|garden|land|field|property|front (?:window|door|garden)|back (?:fence|garden|door)|plots?|allotment|street|road)\b`,
    String.raw`\b(?:mate|friend|pal|cousin|brother|sister|neighbour|wife|husband|partner|son|daughter)'s (?:firm|company|business|shop|pub|house|application|bid|quote|land|field)\b`,
    String.raw`\b(?:a|my) (?:mate|friend|pal|relative) of (?:mine|ours)\b`,
    String.raw`\bi (?:own|co-own|part[- ]own|rent|lease|live (?:next|right next|opposite|beside)|work for)\b`,
    String.raw`\b(?:which|that) i (?:own|co-own|run|chair|manage)\b`,
    String.raw`\bi'?m (?:the )?(?:treasurer|secretary|chair|chairman|president|trustee|director|a director|a trustee|a member) of\b`,
    String.raw`\b(?:club|society|association|group|company|firm|pub|shop|business|charity|trust|team|cafe) i (?:chair|run|own|co-own|manage|founded)\b`,
    String.raw`\bi'?ve got (?:an? )?(?:allotment|plot|shares|stake|horse in the race)\b`,
    // Something the asker holds from the council, as protocols list them among interests ("an allotment tenancy, a
    // market stall licence", "a mooring licence, a market pitch"): "I hold a beach hut licence", "I have two plots".
    String.raw`\bi (?:hold|have|keep) (?:a|an|the|one|two|three|several) (?:[a-z-]+ ){0,3}(?:licen[cs]es?|tenanc(?:y|ies)|leases?|pitch(?:es)?|plots?|permits?|moorings?|stalls?|beach huts?|allotments?)\b`,
  ].join('|'),
  'i',
);

/**
 * A tie with the council's staff or a post: a relative applying for a post, working in the office, the clerk's pay
 * ("job" alone is not one: "my pal's company has bid for the lighting job" is a contract). Those are
 * personal_relationships' ("My nephew has applied to be the council's handyman. Should I stay off the panel?").
 */
const STAFF_TIE =
  /\b(?:vacanc(?:y|ies)|appl(?:y|ied|ying|ication for the)|apprentice\w*|shortlist\w*|interview\w*|panel|appointment|recruit\w*|clerk'?s?|groundsman|handyman|caretaker|cleaner|staff|officers?|works? (?:in|for|on) (?:the )?(?:office|council|grounds))\b/i;

/** Whether the message asks whether the asker may take part in an item in which they have a stake of their own (see above). */
export function asksAboutTakingPartWithOwnStake(text: string, parts: QuestionParts): boolean {
  if (!OWN_TIE.test(text) || STAFF_TIE.test(text)) return false;
  for (let i = 0; i < parts.asking.length; i++) if (TAKING_PART.test(parts.asking[i])) return true;
  return false;
}

/** A member's own stake with a question of taking part, read as another topic or out of scope: interests (see above). */
export const OWN_STAKE_RULE: ReadingRule = {
  name: 'own_stake',
  gate: ({ judged, hasIntent }) =>
    weakOrUnevidencedReading(judged, (label) => KEEPS_ITS_READING.has(label), OWN_STAKE_OVERRULES_BELOW) && hasIntent(INTERESTS),
  matches: ({ text, parts }) => asksAboutTakingPartWithOwnStake(text, parts),
  decides: () => ({ intent: INTERESTS }),
};
