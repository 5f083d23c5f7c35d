import type { Protocol } from '../protocols/library';
import type { Route, RouteKind } from '../protocols/metadata';
import type { Role } from '../domain/types';
import { AnswerSelector, CandidateClause, subjectOf } from './select';
import { splitSentences } from './sentences';

/** Who the protocol says receives one kind of request, with the sentence that says so. */
export interface RouteProposal {
  kind: RouteKind;
  /** The post or body named in the sentence: a guess for the person to check. */
  recipient: string;
  clause: string;
  sentence: string;
  /** Set when no sentence names the route outright and it was worked out from one that does not. */
  inferred?: string;
}

interface RouteQuestion {
  kind: RouteKind;
  /** Asked of the protocol as this role would ask it. */
  question: string;
  role: Role;
  /** A clause must say something of this kind to be considered at all. */
  mentions: (clerk: RegExp) => RegExp[];
  /** Who the answering sentence must be about: the side that complains or asks (documents). */
  subject: RegExp;
  /** Who sends a complaint along this route (complaints). */
  senders: Side[];
  /** What the answering sentence itself must mention. */
  sentenceMentions?: (clerk: RegExp) => (sentence: string) => boolean;
  /** Posts named in the sentence that are the subject of the request, not its recipient. */
  notRecipient: (clerk: RegExp) => RegExp | null;
}

const COMPLAINT = /\b(?:complain\w*|concern\w*|dissatisfied|unhappy|grievance|criticism|breach\w*|treated (?:them )?badly)\b/i;
/**
 * A complaint named as such: "the people concerned" is not a concern, and nor is "where it concerns the Town Clerk" (the
 * verb: what a duty is about, as in "must tell the Town Clerk, or where it concerns the Town Clerk, the Chair").
 */
const SPEAKS_OF_COMPLAINT = /\b(?:complain\w*|(?<!\b(?:it|this|that|which|what|matter)\s)concerns?|(?:is|are|am|was|were|feels?|remains?) concerned|dissatisf\w*|unhappy|grievance|criticism|breach\w*)\b/i;
/** Being wronged, the other way a route sentence names what it is for ("a councillor has been rude to you, … tell the Parish Manager"). */
const WRONGED = /\b(?:rude\w*|bull(?:y|ied|ies|ying)|harass\w*|disrespect\w*|threat\w*|belittl\w*|abus\w*|overbearing|mistreat\w*|treated|pressured|pressurised|misconduct|acted improperly|improper\w*|not been done|failings?)\b/i;
/**
 * A clause that can hold a complaint's route: one that names a complaint, or the wrong done ("A member of staff who is
 * mistreated by a councillor shall tell …", "If one of our councillors is rude to you, … tell the Clerk"), which is all
 * such a sentence says of it. Its sentence must still send the matter to a post (`readRoute`).
 */
const COMPLAINT_OR_WRONGED = new RegExp(`${COMPLAINT.source}|${WRONGED.source}`, 'i');
const OFFICER = /\b(?:officers?|employees?|staff|member of staff)\b/i;
const COUNCILLOR = /\b(?:councillors?|members?)\b/i;
/** A councillor, not "a member of staff" or "of the public". */
const A_COUNCILLOR = /\b(?:councillors?|members?)\b(?! of (?:the )?(?:staff|public))/i;
const DISPUTE = /\b(?:disputes?|disagree\w*|refus\w*|declin\w*|turn(?:s|ed)? down|validity|need to know|needs? to see|reasons in writing|justification)\b/i;
const DOCUMENTS = /\b(?:documents?|information|papers|requests?)\b/i;
/** Saying who decides: a legal "dispute" with the council is not a dispute over documents. */
const DECIDES = /\b(?:determined by|decided by|settled by|decides|will decide|is to decide)\b/i;
/**
 * The other way a protocol names who settles a refused request: the councillor "may ask the Chair of
 * the Staffing Committee to review the decision" (or "to reconsider the refusal", "to look at it again",
 * "to decide", "apply to X for a review", "… reviewed by X", "may put the request to the next meeting
 * of the Council"). The post asked is what the review names, not the one who refused.
 */
const REVIEW_BY = new RegExp(
  [
    String.raw`\b(?:ask|request|apply to)\s+(?:that\s+)?((?:the |a )?[A-Z][^,;.]{0,60}?)\s+(?:to\s+(?:review|reconsider|re-examine|look (?:at|again)|decide|determine)\b|for\s+a\s+review)`,
    String.raw`\b(?:reviewed|reconsidered) by\s+((?:the |a )?[A-Z][^,;.]{0,60})`,
    String.raw`\bput (?:the request|the matter|it) to (?:the next meeting of )?((?:the |a )?[A-Z][^,;.]{0,60})`,
    // "A request which the Clerk refuses may be referred by the councillor to the Finance Committee".
    String.raw`\b(?:refus\w*|declin\w*|turn\w* down)\b[^.;]{0,80}?\b(?:referred|appealed|taken)\s+(?:by [^,;.]{0,40}?\s+)?to\s+((?:the |a )?[A-Z][^,;.]{0,60})`,
  ].join('|'),
);
const COUNCILLOR_SUBJECT = /\b(?:councillors?|members?)\b/i;
const OFFICER_SUBJECT = /\b(?:officers?|employees?|staff|member of staff)\b/i;

/** Our own questions, one per route kind (not any evaluation set's wording). */
const QUESTIONS: RouteQuestion[] = [
  {
    kind: 'complaint_about_officer',
    question: 'A councillor is unhappy with the conduct or work of an officer or member of staff and wants to raise a concern or complaint. Who should they raise it with?',
    role: 'councillor',
    mentions: () => [COMPLAINT_OR_WRONGED, OFFICER],
    subject: COUNCILLOR_SUBJECT,
    senders: ['councillor'],
    notRecipient: () => null,
  },
  {
    kind: 'complaint_about_clerk',
    question: 'A councillor has a concern or complaint about the Clerk. Who should it be raised with?',
    role: 'councillor',
    mentions: (clerk) => [COMPLAINT_OR_WRONGED, clerk],
    subject: /./,
    senders: ['councillor'],
    sentenceMentions: (clerk) => aboutClerkAtAll(clerk),
    notRecipient: (clerk) => clerk,
  },
  {
    kind: 'complaint_about_councillor',
    question: 'An officer has a concern that a councillor has treated them badly or breached the protocol. Who should the officer tell?',
    role: 'officer',
    // Complaints ABOUT councillors: what an officer or a member of the public does about one.
    mentions: () => [COMPLAINT_OR_WRONGED, COUNCILLOR],
    subject: OFFICER_SUBJECT,
    senders: ['officer', 'public'],
    sentenceMentions: () => (sentence) => A_COUNCILLOR.test(sentence),
    notRecipient: () => null,
  },
  {
    kind: 'document_access',
    question: "Who decides whether a councillor's request to see documents or information is valid when it is disputed or refused?",
    role: 'councillor',
    mentions: () => [DISPUTE, DOCUMENTS],
    subject: /./,
    senders: [],
    sentenceMentions: () => (sentence) => DECIDES.test(sentence) || REVIEW_BY.test(sentence),
    notRecipient: () => null,
  },
];

/**
 * A council body a route names: a committee, a sub-committee or a panel ("the Employment Sub-Committee", "the HR Panel").
 * Named whole, so "the Chair of the Personnel Panel" is not cut to "Chair".
 */
const BODY = '(?:Sub-Committee|Committee|Panel)';
/**
 * Posts and bodies a route can name, longest first so "Chair of the Staffing Committee" beats "Chair"; a body named in
 * several words whole ("the Policy and Resources Committee").
 */
const RECIPIENT = new RegExp(
  `\\b(?:(?:the )?(?:Vice[- ])?Chair(?:man)? of the [A-Z][A-Za-z]+(?: (?:and |& )?[A-Z][A-Za-z]+)* ${BODY}|(?:the )?(?:Vice[- ])?Chair(?:man)?(?: of the (?:Town |Parish )?Council)?|(?:the )?[A-Z][A-Za-z]+(?: (?:and|&) [A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)? ${BODY}|` +
    // A manager by the council's own title ("the Town Manager", "the Parish Manager"): the whole title, not "Manager".
    `(?:the )?(?:Town|Parish|Office|Council) Manager|(?:the )?(?:Town |Deputy )?Mayor|` +
    `(?:the )?Monitoring Officer(?: of [A-Z][\\w ]+?Council)?|(?:the )?Chief Executive|(?:the )?Chief Officer(?: concerned)?|(?:a |the )?Senior Officer(?: in [\\w/ ]+? Directorate)?|` +
    `(?:the )?(?:Town |Parish )?Clerk|(?:the )?Proper Officer|(?:the )?Head of Paid Service|(?:the )?Leader of the Council|(?:that Officer's|the Officer's|his or her|their|the relevant|the appropriate) (?:Director|Head of Service)|(?:their |the )?(?:line )?manager|the Council)\\b`,
  'gi',
);

/** Also "dissatisfied with the conduct or work of the Town Clerk": the Clerk as what the complaint is about. */
const aboutClerkAtAll =
  (clerk: RegExp) =>
  (sentence: string): boolean =>
    aboutClerk(clerk).test(sentence) || [...sentence.matchAll(COMPLAINT_ABOUT)].some((m) => clerk.test(whomOf(m[1])));

/** "about the Clerk", "against the Chief Executive", "(if it applies to the Clerk)". */
const aboutClerk = (clerk: RegExp): RegExp => new RegExp(`\\b(?:about|against|applies to|relates to|concerns|concerning) the (?:${clerk.source.replace(/\\b/g, '')})`, 'i');

const RECIPIENT_TEST = new RegExp(RECIPIENT.source, 'i');

/** The council's Clerk by any name: its own title, and "the Proper Officer", the statutory name of a parish or town clerk. */
const clerkPattern = (clerkTitle: string): RegExp => {
  // "Town Clerk" is covered by "clerk"; another title is kept whole ("Town Manager", never just "Manager", which a line manager is too).
  const title = clerkTitle.replace(/^(?:town|parish) (?=clerk$)/i, '').replace(/[^A-Za-z ]/g, '');
  // A borough's or district's head of staff is its "Head of Paid Service", the statutory name, as "Proper Officer" is a parish clerk's.
  return new RegExp(`\\b(?:(?:town |parish )?clerk|proper officer|head of paid service|${title})\\b`, 'i');
};

/**
 * Verbs that send a matter to someone: "raise it with", "lodge … with", "tell", "write to", "draw … to the attention of",
 * and the passive and plain forms of a complaint's destination ("should be made to", "it goes to").
 */
const ROUTE_VERB = /\b(?:made|makes?|go(?:es)?|rais(?:e[sd]?|ing)|refer(?:red|s)?|report(?:ed|s)?|lodge[sd]?|tak(?:e[ns]?|ing)|tell|inform|contact|bring|brought|draw|drawn|direct(?:ed)?|pass(?:ed)?|address(?:ed)?|forward(?:ed)?|send|sent|puts?|submit(?:ted)?|escalate[sd]?|notify|write|written|speak|talk)\b/gi;
/** Verbs whose object is the recipient itself ("tell the Clerk"), not the matter. */
const DIRECT_OBJECT_VERB = /^(?:tell|inform|contact|notify)$/i;
/** "should not raise", "must never be raised", "Not be discussed": the opposite of a route. */
const NEGATED = /\b(?:not|never|no)\s+(?:\w+\s+){0,2}$/i;
const ROLE_NOUN = /\b(?:councillors?|members?|officers?|employees?|staff|clerk|residents?|public|anyone|person|people|constituents?)\b/i;
const PRONOUN_OR_MATTER = /^(?:it|they|this|that|these|those|he|she|he\/she|the (?:matter|issue|concern|complaint|criticism)s?|any (?:concern|complaint|criticism)s?)\b/i;

type Side = 'councillor' | 'officer' | 'public';

/** "a complaint about the conduct of an employee", "unhappy with the work of a member of staff". */
// "concern with the Town Clerk" names whom it is raised with, so "with" counts only after "unhappy"/"dissatisfied".
const COMPLAINT_ABOUT = /\b(?:(?:complain\w*|concern\w*|criticism|grievance)\s+(?:\w+\s+)?(?:about|against|regarding|over|that)|(?:dissatisfied|unhappy)\s+(?:\w+\s+)?(?:with|about|that))\s+([^,.;]{0,60})/gi;

/**
 * What a complaint is about, without the route that follows it: "any concern about a member of staff privately with
 * the Town Manager" is about staff, and the Town Manager it is taken to is not what it is about.
 */
const whomOf = (phrase: string): string => phrase.split(/\s(?:with|to|privately|directly|in writing)\b/i)[0];

/**
 * Words that make what a complaint is about a person's doing: a pronoun or conduct ("the way they were treated"); or any
 * matter at all ("bring concerns about issues directly to the Clerk"), which includes a person's.
 */
const PERSON_OR_CONDUCT = /\b(?:he|she|they|him|her|them|his|their|you|your|conduct|behaviou?r|performance|work of|treat\w*|actions?|attitude|manner|issues|matters|problems|anything|any matter)\b/i;

/** A post, not the Council as a body ("work agreed by the Council has not been done" is about work). */
const namesPost = (phrase: string): boolean => postsIn(phrase).some((post) => !/^(?:the )?council$/i.test(post));

/** What a slow reply is about: its time, not a person ("the time a reply is taking from staff", "how long an answer takes"). */
const TIMING = /\b(?:time|how long|delays?|slowness|speed|wait(?:ing)?)\b/i;

/**
 * Whether every complaint the sentence names is about something other than a person: "unhappy with the time a
 * request is taking", "concerned that work agreed by the Council has not been done". False when it names none.
 */
function aboutNoOne(sentence: string, clerk: RegExp): boolean {
  const whom = [...sentence.matchAll(COMPLAINT_ABOUT)].map((m) => whomOf(m[1]));
  // A phrase naming a person, a post or conduct is about someone, unless its head is a time ("the time a reply is taking
  // from staff"): the work or conduct of an officer, a decision by the Clerk, the way they were treated.
  const aboutSomeone = (phrase: string): boolean =>
    !TIMING.test(headOf(phrase)) && (ROLE_NOUN.test(phrase) || namesPost(phrase) || clerk.test(phrase) || PERSON_OR_CONDUCT.test(phrase));
  return whom.length > 0 && !whom.some(aboutSomeone);
}

/** The sides a sentence's complaint is about ("concern about a councillor's behaviour": councillor). */
/** "A breach of this protocol by a councillor …": a breach names whom it is about by its doer. */
const BREACH_BY = /\bbreach\w*\s+(?:of\s+[^,.;]{0,60}?\s+)?by\s+([^,.;]{0,40})/gi;

function complainedAbout(sentence: string): Set<Side> {
  const sides = new Set<Side>();
  for (const m of sentence.matchAll(BREACH_BY)) {
    const side = sideOf(headOf(m[1]));
    if (side) sides.add(side);
  }
  for (const m of sentence.matchAll(COMPLAINT_ABOUT)) {
    const side = sideOf(whomOf(m[1]).replace(/\bmembers? of (?:the )?public\b/gi, 'residents').replace(/\bmembers? of staff\b/gi, 'staff'));
    if (side) sides.add(side);
  }
  return sides;
}

/** Which side a noun phrase's head names (see `headOf`). */
function sideOf(phrase: string): Side | null {
  const noun = ROLE_NOUN.exec(phrase);
  if (!noun) return null;
  if (/^(?:councillors?|members?)$/i.test(noun[0])) return 'councillor';
  return /^(?:officers?|employees?|staff|clerk)$/i.test(noun[0]) ? 'officer' : 'public';
}

/** A sentence that sends a matter to a named post, read for who sends it and to whom. */
interface RouteSentence {
  /** The side that raises the matter, or null when the sentence does not say. */
  sender: Side | null;
  /** The text from the route verb's recipient on, where the posts it names are read. */
  recipients: string;
}

/**
 * Reads a sentence as a route: a route verb that is not negated, followed by a post it sends the
 * matter to. The sender is the subject just before the verb ("…, the Councillor should raise …"),
 * or, where that is a pronoun or the matter itself ("it should be raised with"), the one the
 * sentence opens with ("If a Councillor is dissatisfied …"). Null when no verb sends to a post.
 */
export function readRoute(sentence: string): RouteSentence | null {
  const flat = sentence.replace(/\s+/g, ' ');
  for (const verb of flat.matchAll(ROUTE_VERB)) {
    const before = flat.slice(0, verb.index);
    if (NEGATED.test(before)) continue;
    const after = flat.slice(verb.index! + verb[0].length).split(/[;.](?:\s|$)/)[0];
    const lead = DIRECT_OBJECT_VERB.test(verb[0]) ? /^\s*/ : /^.*?\b(?:with|to(?: the attention of)?|attention of)\s+/i;
    const start = lead.exec(after);
    if (!start) continue;
    const recipients = after.slice(start[0].length);
    const first = new RegExp(RECIPIENT.source, 'i').exec(recipients);
    // The post must come first after "with"/"to" (within a few words), not deep in a later phrase.
    if (!first || first.index > 30) continue;
    return { sender: senderOf(before), recipients };
  }
  return null;
}

const CONDITIONAL_OPENING = /^(?:[-•]\s*)?(?:if|where|when|should|whilst|while|unless)\s+/i;

/** A complaint's sender named after "by", as a borough's constitution drafts it: "A complaint by a member of the public …". */
const COMPLAINT_BY = /^(?:[-•]\s*)?(?:an?|any)\s+(?:(?:formal|written)\s+)?(?:complaints?|concerns?|allegations?)\s+by\s+(.+)$/i;

/** A complaint as the subject, named by whom it is about: "A complaint about the Clerk …", "Any concern regarding …". */
const COMPLAINT_ABOUT_SUBJECT = /^(?:[-•]\s*)?(?:an?|any)\s+(?:(?:formal|written)\s+)?(?:complaints?|concerns?|allegations?|grievances?)\s+(?:about|against|concerning|regarding|relating to)\b/i;

function senderOf(before: string): Side | null {
  // "A complaint by a member of the public that a Member has …": the one the complaint is by.
  const by = COMPLAINT_BY.exec(before);
  if (by) return sideOf(headOf(by[1]));
  // "A complaint about the Head of Paid Service, the Monitoring Officer or … shall be made to …": whom it is about, not who
  // sends it (the posts listed are not the sender).
  if (COMPLAINT_ABOUT_SUBJECT.test(before)) return null;
  // The subject stands just before the last modal: "…, the Town Clerk may, with the agreement …, refer".
  const modals = [...before.matchAll(/\b(?:should|must|may|will|shall|can|could|would)\b/gi)];
  const upTo = modals.length > 0 ? before.slice(0, modals[modals.length - 1].index) : before;
  // "A Councillor who is unhappy about …, or conduct of, an officer should": the one the relative clause describes.
  if (/^(?:[-•]\s*)?[\w ]{0,40}?\bwho\b/i.test(upTo) && !CONDITIONAL_OPENING.test(upTo)) return sideOf(headOf(upTo));
  const segment = headOf(upTo.split(/[,;:•()]/).pop()!);
  if (segment && !PRONOUN_OR_MATTER.test(segment)) {
    const side = sideOf(segment);
    if (side) return side;
  }
  // The sentence's opening subject: "If a Councillor is dissatisfied …", "Should an Officer have cause …". Not "If the
  // councillor concerned is the Town Mayor, …": "the X concerned" is the one complained about, never the one complaining.
  const opening = headOf(before.replace(CONDITIONAL_OPENING, ''));
  return /\bconcerned$/i.test(opening) ? null : sideOf(opening);
}

/** A noun phrase without what follows its head: "a concern about a councillor" is a concern. */
const headOf = (phrase: string): string =>
  phrase
    .replace(/\bmembers? of (?:the )?public\b/gi, 'residents')
    .replace(/\bmembers? of staff\b/gi, 'staff')
    .split(/\b(?:who|which|that|is|are|has|have|believes?|feels?|wishes?|wants?|about|against|regarding|concerning|of|with|by|for|from|to|in)\b/i)[0]
    .trim();

/**
 * The route a proposal is saved as (`ingest --accept-routes`, and the JSON `routes` prints to paste). A council's
 * `document_access` route is where a councillor's document request goes (src/queue/routing.ts: the receipt's "Goes to"),
 * but the proposal for documents names who settles one the Clerk refuses. Where that is the Clerk the two are one post;
 * where it is another ("the councillor may ask the Chair of the Council to decide"), a request still goes to the Clerk,
 * and the post that hears a refusal is the route's note, which the receipt shows.
 */
export function routeToSave(proposal: RouteProposal, clerkTitle: string): Route {
  if (proposal.kind !== 'document_access' || clerkPattern(clerkTitle).test(proposal.recipient)) return { recipient: proposal.recipient, clause: proposal.clause };
  return { recipient: clerkTitle, note: `If the ${clerkTitle} refuses a request, it can be put to the ${proposal.recipient} (clause ${proposal.clause}).` };
}

/**
 * Proposes a council's `routes` from its own protocol text: for each kind of request, the sentence
 * that says who receives it, and the post it names. Only a proposal: the caller prints it for a
 * person to confirm into `<id>.json`; nothing is applied. A kind the text does not settle is left out.
 */
export function proposeRoutes(protocol: Protocol, selector = new AnswerSelector()): RouteProposal[] {
  const clerk = clerkPattern(clerkTitleOf(protocol));
  const proposals: RouteProposal[] = [];
  for (const q of QUESTIONS) {
    const proposal = q.kind === 'document_access' ? decidedBy(protocol, q, clerk, selector) : complaintRoute(protocol, q, clerk, selector);
    if (proposal) proposals.push(proposal);
  }
  const breach = councillorBreachRoute(protocol);
  if (breach) proposals.push(breach);
  return proposals;
}

/**
 * A councillor's breach, as a protocol names it: "a breach of this Protocol by a Member", "a complaint that a Member has broken
 * the Code of Conduct", "Any allegation that a Member has failed to observe …", "A councillor who does not follow this
 * document", or the members' code itself ("a breach of the Councillors' Code", "the Code of Conduct").
 */
const COUNCILLOR_BREACH = new RegExp(
  [
    String.raw`\b(?:councillors?|members?)\b(?! of (?:the )?(?:staff|public))[^.;]{0,40}?\b(?:breach\w*|broken|breaks?|fail(?:s|ed)? to (?:observe|follow|comply)|does not (?:follow|observe|comply))\b`,
    String.raw`\b(?:breach\w*|complaints?|allegations?)\s+(?:of\s+[^,.;]{0,40}?\s+)?(?:by|that|against)\s+(?:an?\s+|the\s+|any\s+)?(?:councillors?|members?)\b(?! of (?:the )?(?:staff|public))`,
    String.raw`\b(?:councillors'|members'|member) code\b|\bcode of conduct\b`,
  ].join('|'),
  'i',
);
/** What a breach's route sentence speaks of: the breach, an allegation, a complaint. */
const BREACH_OR_COMPLAINT = /\b(?:breach\w*|broken|breaks?|allegations?|alleged|complain\w*|fail(?:s|ed|ure) to (?:observe|follow|comply))\b/i;
/**
 * The noun form a breach's route takes, which `readRoute` leaves out on purpose for the other kinds: "may result in a complaint
 * to the Monitoring Officer", "may be the subject of a complaint to …", "how to complain to …".
 */
const COMPLAINT_TO = /\bcomplain(?:ts?)?\s+to\s+/gi;

/**
 * Where a councillor takes a complaint about another councillor, proposed from the text: the first sentence that sends a
 * councillor's breach of the protocol or the Code of Conduct to a post ("An alleged breach of this Protocol by a Member shall
 * be reported to the Monitoring Officer", "Breaches of this protocol by a Member may result in a complaint to the … Monitoring
 * Officer"), sent by no one in particular or by a councillor. A clause that sends anything on behalf of staff or the public is
 * their route ("An Officer who believes a Member may have acted … should raise his/her concern with the Town Clerk … may be
 * referred to … Monitoring Officer"), not a councillor's, and is passed over whole.
 */
function councillorBreachRoute(protocol: Protocol): RouteProposal | null {
  for (const clause of protocol.clauses) {
    if (!BREACH_OR_COMPLAINT.test(clause.text) || !COUNCILLOR_BREACH.test(clause.text)) continue;
    const sentences = splitSentences(clause.text).map((unit) => ({ text: unit.text, route: breachRouteOf(unit.text) }));
    if (sentences.some((s) => s.route && (s.route.sender === 'officer' || s.route.sender === 'public'))) continue;
    for (const { text, route } of sentences) {
      if (!route || !BREACH_OR_COMPLAINT.test(text)) continue;
      // "a complaint about an officer" in a clause that also names a councillor's breach is not this route.
      const about = complainedAbout(text);
      if (about.size > 0 && !about.has('councillor')) continue;
      // A post, not the Council as a body: "… personal issues raised with them by Officers outside the Council's procedures"
      // in a list of what councillors can expect is no route.
      const recipient = firstPost(route.recipients);
      if (recipient && !/^council$/i.test(recipient)) return { kind: 'complaint_about_councillor_by_councillor', recipient, clause: clause.ref, sentence: text };
    }
  }
  return null;
}

/** A sentence read as a route by its verb (`readRoute`) or as "a complaint to" a post, with who sends it. */
function breachRouteOf(sentence: string): RouteSentence | null {
  const byVerb = readRoute(sentence);
  if (byVerb) return byVerb;
  const flat = sentence.replace(/\s+/g, ' ');
  for (const m of flat.matchAll(COMPLAINT_TO)) {
    const recipients = flat.slice(m.index + m[0].length).split(/[;.](?:\s|$)/)[0];
    const first = RECIPIENT_TEST.exec(recipients);
    if (first && first.index <= 30) return { sender: senderOf(flat.slice(0, m.index)), recipients };
  }
  return null;
}

/**
 * The Clerk's title as the text uses it. A freshly ingested council has the default "Clerk"; a
 * protocol that never says "Clerk" but names a Chief Executive (a district council's) means that post,
 * and one that says which post is its Clerk ("The Town Manager is the Council's Clerk, Proper Officer
 * and …", "The Parish Manager is also the Council's Proper Officer") means that one: a complaint
 * "about the Town Manager" is then a complaint about the Clerk.
 */
function clerkTitleOf(protocol: Protocol): string {
  const title = protocol.council.clerkTitle;
  if (!/^clerk$/i.test(title)) return title;
  for (const clause of protocol.clauses) {
    const named = CLERK_NAMED.exec(clause.text.replace(/\s+/g, ' '));
    if (named && !/\bclerk\b/i.test(named[1])) return named[1];
  }
  const mentions = (re: RegExp) => protocol.clauses.some((c) => re.test(c.text));
  return !mentions(/\bclerk\b/i) && mentions(/\bchief executive\b/i) ? 'Chief Executive' : title;
}

/** "The Town Manager is the Council's Clerk", "The Parish Manager is also the Council's Proper Officer": the post that is the Clerk. */
const CLERK_NAMED = /\b[Tt]he ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+) is (?:also )?the Council's (?:Clerk|Proper Officer)\b/;

/** Who decides a disputed request: a "determined by X" sentence, not a route verb. */
function decidedBy(protocol: Protocol, q: RouteQuestion, clerk: RegExp, selector: AnswerSelector): RouteProposal | null {
  const required = q.mentions(clerk);
  const candidates: CandidateClause[] = protocol.clauses.filter((c) => required.every((re) => re.test(c.text))).map((clause) => ({ clause, prior: 0 }));
  const mustMention = q.sentenceMentions?.(clerk);
  const sentenceFilter = (sentence: string) => q.subject.test(subjectOf(sentence)) && (!mustMention || mustMention(sentence)) && RECIPIENT_TEST.test(sentence);
  const chosen = selector.choose(protocol.clauses, q.question, q.role, candidates, { minScore: 0, sentenceFilter });
  if (!chosen) return null;
  const review = DECIDES.test(chosen.text) ? null : REVIEW_BY.exec(chosen.text.replace(/\s+/g, ' '));
  const reviewer = review ? firstPost(review.slice(1).find((group) => group !== undefined)!) : null;
  const recipient = reviewer ?? recipientIn(chosen.text, null, null);
  return recipient ? { kind: q.kind, recipient, clause: chosen.ref, sentence: chosen.text } : null;
}

/**
 * A complaint goes where a route sentence sends it: one whose verb ("raise … with", "lodge … with",
 * "tell") is not negated, whose sender is the side that complains (a councillor about staff, an
 * officer about a councillor), and which names a post. A sender the sentence leaves unsaid is
 * accepted only when no sentence states it. Sanctions, grievance procedures and "may result in a
 * complaint to" name no route verb and so never answer.
 */
function complaintRoute(protocol: Protocol, q: RouteQuestion, clerk: RegExp, selector: AnswerSelector): RouteProposal | null {
  const complainedSide: Side = q.kind === 'complaint_about_councillor' ? 'councillor' : 'officer';
  const required = q.mentions(clerk);
  const candidates: CandidateClause[] = protocol.clauses.filter((c) => required.every((re) => re.test(c.text))).map((clause) => ({ clause, prior: 0 }));
  const mustMention = q.sentenceMentions?.(clerk);
  for (const strict of [true, false]) {
    // The route read from each sentence let through: the answer may be that sentence with its neighbour.
    const accepted = new Map<string, RouteSentence>();
    const sentenceFilter = (sentence: string) => {
      const route = readRoute(sentence);
      if (route === null || !(route.sender !== null ? q.senders.includes(route.sender) : !strict)) return false;
      // A complaint about a thing, not a person ("unhappy with how long an answer is taking … raise it with the Chair"):
      // a slow reply's route, not this kind's. Better "not found" than a post the clerk may confirm unread.
      if (aboutNoOne(sentence, clerk)) return false;
      // A complaint plainly about the other side is not this kind's route.
      const about = complainedAbout(sentence);
      if (about.size > 0 && !about.has(complainedSide)) return false;
      if (mustMention && !mustMention(sentence)) return false;
      // A route for something else in a clause about complaints ("… must tell the Clerk about" a family tie) is not one.
      if (!SPEAKS_OF_COMPLAINT.test(sentence) && !WRONGED.test(sentence)) return false;
      // "Where the concern relates to the Clerk, …" is the Clerk's route, not the one for other staff.
      if (q.kind === 'complaint_about_officer' && aboutClerk(clerk).test(sentence) && !OFFICER.test(sentence)) return false;
      accepted.set(sentence, route);
      return true;
    };
    const chosen = selector.choose(protocol.clauses, q.question, q.role, candidates, { minScore: 0, sentenceFilter });
    if (!chosen) continue;
    const route = accepted.get(chosen.text) ?? [...accepted].find(([sentence]) => chosen.text.includes(sentence))?.[1];
    if (!route) continue;
    // "A complaint about the Head of Paid Service, the Monitoring Officer or … shall be made to the Leader …": the posts the
    // complaint is about come before the route's verb, so its recipient is the one the verb sends it to.
    const clerkRecipient = () => (COMPLAINT_ABOUT_SUBJECT.test(chosen.text) ? firstPost(route.recipients) : recipientIn(chosen.text, q.notRecipient(clerk), aboutClerk(clerk)));
    const recipient = q.kind === 'complaint_about_clerk' ? clerkRecipient() : firstPost(route.recipients);
    if (recipient) return { kind: q.kind, recipient, clause: chosen.ref, sentence: chosen.text };
  }
  return q.kind === 'complaint_about_clerk' ? clerkRouteByElimination(protocol, clerk) : null;
}

/**
 * When no sentence speaks of a complaint about the Clerk, the Clerk cannot receive it: the route
 * is the other post a councillor's complaint route names, either beside the Clerk ("with the Town
 * Clerk or as appropriate Personnel Committee") or on its own ("contact the Monitoring Officer",
 * "take up the concern with the Officer or Line Manager"), in a clause about complaints.
 */
function clerkRouteByElimination(protocol: Protocol, clerk: RegExp): RouteProposal | null {
  const routes = protocol.clauses
    .filter((c) => COMPLAINT.test(c.text))
    .flatMap((clause) => splitSentences(clause.text).map((unit) => ({ clause, sentence: unit.text, route: readRoute(unit.text) })))
    .filter((r) => r.route?.sender === 'councillor' && !aboutNoOne(r.sentence, clerk));
  const notClerk = (post: string) => !clerk.test(post) && !/^(?:the )?council$/i.test(post);
  const beside = routes.find((r) => {
    const posts = postsIn(r.route!.recipients);
    return posts.length > 1 && clerk.test(posts[0]) && posts.slice(1).some(notClerk);
  });
  if (beside) return proposal(beside.clause.ref, beside.sentence, postsIn(beside.route!.recipients).slice(1).find(notClerk)!);
  const alone = routes.find((r) => notClerk(postsIn(r.route!.recipients)[0]));
  return alone ? proposal(alone.clause.ref, alone.sentence, postsIn(alone.route!.recipients)[0]) : null;
}

const proposal = (clause: string, sentence: string, post: string): RouteProposal => ({
  kind: 'complaint_about_clerk',
  recipient: cleanPost(post),
  clause,
  sentence,
  inferred: 'no sentence says who receives complaints about the Clerk; this is the post other than the Clerk that a councillor is sent to with a concern',
});

const postsIn = (text: string): string[] => [...text.matchAll(RECIPIENT)].map((m) => m[0]);

function firstPost(text: string): string | null {
  const post = postsIn(text)[0];
  return post ? cleanPost(post) : null;
}

/**
 * The post a sentence sends the request to. For the Clerk, the post named beside "the Clerk"
 * in a conditional ("… or the Chair of X (if it applies to the Clerk)", "if the concern is about
 * the Clerk, … with Y") is preferred over the Clerk itself.
 */
function recipientIn(sentence: string, exclude: RegExp | null, aboutClerk: RegExp | null): string | null {
  const flat = sentence.replace(/\s+/g, ' ');
  if (aboutClerk) {
    const mention = aboutClerk.exec(flat);
    if (mention) {
      // "… or the Chair of X (if it applies to the Clerk)": the post just before the bracket.
      const bracket = flat.lastIndexOf('(', mention.index);
      if (bracket >= 0 && !flat.slice(bracket, mention.index).includes(')')) {
        const post = lastPost(flat.slice(0, bracket));
        if (post) return cleanPost(post);
      }
      // "if the concern is about the Clerk, it should be raised with Y": the next post after it.
      const posts = [...flat.slice(mention.index + mention[0].length).matchAll(RECIPIENT)]
        .map((m) => m[0])
        .filter((p) => (!exclude?.test(p) || /chair|committee|monitoring/i.test(p)) && !/^(?:the )?council$/i.test(p));
      if (posts.length > 0) return cleanPost(posts[0]);
    }
  }
  const found = [...flat.matchAll(RECIPIENT)];
  const posts = found.map((m) => m[0]);
  const isUsable = (p: string) => !(exclude && exclude.test(p) && !/chair|committee|monitoring/i.test(p));
  const usable = posts.filter(isUsable);
  // Prefer a post introduced as the receiver: "with the X", "to the X", "by the X", "tell the X".
  const receiver = /\b(?:with|to|by|tell|inform|contact|attention of)\s+((?:the |a |their )?[A-Z][\w/ ]*?)(?=[,.;()]| or | and | who | if | as |$)/g;
  for (const m of flat.matchAll(receiver)) {
    // The whole post that starts where the receiver does: a committee named with "and" ("the Chair
    // of the Policy and Resources Committee") runs past where the receiver's words stop.
    const start = m.index + m[0].length - m[1].length;
    const whole = found.find((p) => p.index === start && isUsable(p[0]));
    if (whole) return cleanPost(whole[0]);
    const post = lastPost(m[1]);
    if (post && usable.includes(post)) return cleanPost(post);
  }
  const named = usable.filter((p) => !/^(?:the )?council$/i.test(p));
  return named.length > 0 ? cleanPost(named[0]) : usable.length > 0 ? cleanPost(usable[0]) : null;
}

function lastPost(text: string): string | null {
  const found = [...text.matchAll(RECIPIENT)].map((m) => m[0]);
  return found.length > 0 ? found[found.length - 1] : null;
}

/** "the Monitoring officer" → "Monitoring Officer": a post's title as the metadata writes it. */
const cleanPost = (post: string): string =>
  post
    // "that Officer's Director" → "Officer's Director"; "his or her Director" (the sender's own) → "Director".
    .replace(/^(?:that|the)\s+(?=Officer's\b)/i, '')
    .replace(/^(?:his or her|his|her|their)\s+(?=Director\b)/i, '')
    .replace(/^(?:the|a|their)\s+/i, '')
    .split(' ')
    .map((word, i) => (i > 0 && /^(?:of|the|in|and|for|his\/her|his|her|their|concerned)$/i.test(word) ? word : word.replace(/^./, (c) => c.toUpperCase())))
    .join(' ');

/** The side that complains or is complained about, as a message reads it (src/answer/complaintRoute.ts). */
export type ComplaintSide = 'councillor' | 'officer';

/**
 * "a Member has bullied", "a councillor's behaviour", "treated badly by a councillor": the side whose doing the sentence's
 * wrong is, when no "complaint about …" names it.
 */
const WRONG_BY = /\b(?:(councillors?|members?|officers?|employees?|staff|clerk)(?:'s)?\s+(?:(?:has|have|is|was|may have)\s+)?(?:been\s+)?(?:\w+\s+)?(?:bull\w*|harass\w*|belittl\w*|rude\w*|treat(?:s|ed|ing)|behaviou?r|conduct|abus\w*|disrespect\w*|mistreat(?:s|ed|ing))|(?:treated|mistreated)\s+(?:\w+\s+){0,2}by\s+(?:an?\s+|the\s+|any\s+)?(councillors?|members?|officers?|employees?|staff|clerk))\b/gi;

/** The titles councils give their Clerk besides "Clerk" (ROLE_NOUN's). */
const CLERK_TITLES = /\b(?:(?:town|parish) manager|chief executive|proper officer|head of paid service)\b/i;

/**
 * The complainant a route's condition names when its subject is the matter: "if the employee making the complaint is the
 * Clerk, the matter should instead be taken to …", "or the member of staff is the Clerk, it should be raised with …".
 */
const COMPLAINANT_NAMED = /\b(councillors?|members?|officers?|employees?|staff)\s+(?:(?:making|raising|bringing)\s+(?:the|a|their)\s+(?:complaint|concern)|is\s+the\s+clerk)\b/i;

/**
 * Whether a sentence is a complaint's route for a pair other than the one asked (who complains, about whom): "An officer who
 * wishes to complain about a councillor should raise it with the Town Clerk" is not a councillor's route for a complaint
 * about another councillor, nor an officer's about the Clerk. A sentence that is no route, or that does not say who
 * sends it or whom it is about, is not counted as another pair's.
 */
export function routeForAnotherPair(sentence: string, by: ComplaintSide, about: ComplaintSide): boolean {
  const route = readRoute(sentence);
  if (route === null) return false;
  const complainant = COMPLAINANT_NAMED.exec(sentence.replace(/\bmembers? of staff\b/gi, 'staff'));
  const sender = route.sender ?? (complainant ? sideOf(complainant[1]) : null);
  if (sender !== null && sender !== by) return true;
  return aboutAnotherSide(sentence, about);
}

/**
 * "the conduct, behaviour or performance of the Clerk or another employee", "a concern or complaint about, the conduct or
 * capability of any Officer": whose doing a complaint is about, named after a list of what was done (which the comma ends
 * COMPLAINT_ABOUT's phrase before it reaches).
 */
const DOING_OF = /\b(?:conduct|behaviou?r|performance|capability|actions?|failings|work)\b(?:,?\s+(?:or|and)?\s*\w+){0,3}\s+of\s+(?:the\s+|an?\s+|any\s+|another\s+)?(councillors?|members?|officers?|employees?|staff|clerk)\b/gi;

/**
 * Whether the complaint a sentence speaks of is about a side other than the one asked (whether or not it is a route): "If a
 * Member … has a concern or complaint about, the conduct or capability of any Officer he/she should raise those concerns in
 * accordance with … 2.25" is about officers, and cannot say where a complaint about a councillor goes. False when it names
 * no side, or names the one asked among others.
 */
export function aboutAnotherSide(sentence: string, about: ComplaintSide): boolean {
  const sides = complainedAbout(sentence);
  // "If your concern is about the Parish Manager": the Clerk by another title is staff.
  for (const m of sentence.matchAll(COMPLAINT_ABOUT)) if (CLERK_TITLES.test(whomOf(m[1]))) sides.add('officer');
  for (const m of sentence.matchAll(WRONG_BY)) {
    const side = sideOf(m[1] ?? m[2]);
    if (side) sides.add(side);
  }
  for (const m of doingsOf(sentence)) {
    const side = sideOf(m[1]);
    if (side) sides.add(side);
  }
  return sides.size > 0 && !sides.has(about);
}

/** DOING_OF's matches, "a member of staff" read as staff (not a member). */
const doingsOf = (sentence: string) => sentence.replace(/\bmembers? of staff\b/gi, 'staff').matchAll(DOING_OF);

// COMPLAINT_ABOUT and WRONG_BY are global (matchAll); `test` on them would carry lastIndex from one sentence to the next.
const COMPLAINT_ABOUT_ANYWHERE = new RegExp(COMPLAINT_ABOUT.source, 'i');
const WRONG_BY_ANYWHERE = new RegExp(WRONG_BY.source, 'i');

/** Whether a sentence names whom a complaint in it is about, any side: a sentence that does is not another's carried on. */
export function namesComplainedAbout(sentence: string): boolean {
  return complainedAbout(sentence).size > 0 || COMPLAINT_ABOUT_ANYWHERE.test(sentence) || !doingsOf(sentence).next().done || WRONG_BY_ANYWHERE.test(sentence);
}

/**
 * Whether a sentence can say where a complaint goes at all: it names a complaint, a concern, a grievance or a breach, or
 * the standards route itself (the Monitoring Officer, a standards committee). "Members should contact the Monitoring officer"
 * can; "Officers can expect from Councillors: … not to be bullied" and "Councillors should send apologies to the Clerk" cannot.
 */
export function speaksOfComplaintRoute(sentence: string): boolean {
  // "Where the problem concerns a service …": the verb, as "where it concerns" is (SPEAKS_OF_COMPLAINT).
  const unverbed = sentence.replace(/\b(?:problem|issue|question|request)s?\s+concerns?\b/gi, ' ');
  return SPEAKS_OF_COMPLAINT.test(unverbed) || namesStandardsRoute(sentence);
}

/** Whether a sentence names the standards route for a councillor's conduct: the Monitoring Officer, a standards committee. */
export function namesStandardsRoute(sentence: string): boolean {
  return /\b(?:monitoring officer|standards committee)\b/i.test(sentence);
}

/**
 * Whether a sentence sends a complaint it says is about a councillor somewhere ("A Member who wishes to complain about
 * another Member should raise it with the Chair"), or names the standards route: the only sentences that can say where a
 * councillor's complaint about another councillor goes. "Group Leaders must … resolve any reported incidents of breaches
 * … by their Members" sends nothing anywhere; "A timely response from Officers to enquiries and complaints" is about no one.
 */
export function routeForComplaintAboutCouncillor(sentence: string): boolean {
  if (namesStandardsRoute(sentence)) return true;
  if (readRoute(sentence) === null) return false;
  const sides = complainedAbout(sentence);
  for (const m of sentence.matchAll(WRONG_BY)) if (sideOf(m[1] ?? m[2]) === 'councillor') sides.add('councillor');
  for (const m of doingsOf(sentence)) if (sideOf(m[1]) === 'councillor') sides.add('councillor');
  return sides.has('councillor');
}
