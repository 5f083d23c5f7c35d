import { caseless } from '../nlu/caseless';
import type { Role } from '../domain/types';
import type { Protocol } from '../protocols/library';
import type { RouteKind } from '../protocols/metadata';
import type { Clause } from '../protocols/parse';
import { answeringPosts, askingPart, laterStepCue, postsNamed, toldSetback } from './questionType';
import { aboutAnotherSide, ComplaintSide, namesComplainedAbout, proposeRoutes, readRoute, RouteProposal, routeForAnotherPair, routeForComplaintAboutCouncillor, speaksOfComplaintRoute } from './routes';
import { splitSentences } from './sentences';
import type { AnswerSelector } from './select';

/** Whom a complaint is about, read from the message. */
export type ComplainedAbout = 'clerk' | 'officer' | 'councillor';

export interface ComplaintRouteQuestion {
  about: ComplainedAbout | null;
  /**
   * The route kind src/answer/routes.ts proposes for this complaint: a councillor's about the Clerk, about an officer or
   * about another councillor (the Code of Conduct's route, often the Monitoring Officer), an officer's (or the Clerk's)
   * about a councillor. Null for a complaint no proposed route covers (an officer's about a colleague is a grievance).
   */
  kind: RouteKind | null;
  /** Asked as "what do I do?" (read as a complaint) rather than "who do I complain to?". */
  whatToDo?: boolean;
  /** The side that complains: the asker's own post as the message says it, else the role the channel knows; null if neither. */
  by: ComplaintSide | null;
}

/**
 * The message asks whom to take it to, or how to raise it: "who do I complain to", "who should I report him to", "where
 * do I raise it", "who deals with complaints about …", "how do I make a complaint about …", "to whom".
 */
const ASKS_WHOM =
  caseless(/\bwho (?:do|should|can|could|would|must|shall) (?:i|we|one|you) (?:\w+ )?(?:complain|report|tell|go|speak|talk|turn|raise|take|contact|approach|send|escalate|refer|inform|flag)\b|\bwho (?:deals with|handles|hears|receives|investigates|looks (?:at|into)|takes up|is responsible for)\b|\bwho(?:'s| is| would be)? (?:the )?(?:right|best|proper|correct) (?:person|one|people)\b|\bwho to (?:complain|report|tell|go|speak|talk|contact|approach)\b|\b(?:to|with) whom\b|\bwhere (?:do|should|can|could|would|must) (?:i|we) (?:\w+ )?(?:take|go|turn|report|raise|complain|send|lodge)\b|\bhow (?:do|should|can|could|would) (?:i|we) (?:\w+ )?(?:complain|raise|report|lodge|make (?:a|an) (?:\w+ )?complaint|flag)\b|\bwho (?:does|should|would|will) (?:it|this|that|the complaint|my complaint) go to\b|\bwhere (?:does|should|would) (?:it|this|that|the complaint|my complaint) go\b/i);

/**
 * The message asks what to do ("what should I do", "what am I meant to do", "how do I handle this"): when the classifier
 * reads it as a complaint about someone, that is the same need as "who do I complain to" in other words. Without that
 * reading it is not (it is asked of every kind of question), so it is read only with a complaint intent.
 */
const ASKS_WHAT_TO_DO =
  caseless(/\bwhat (?:do|should|can|could|would|must|shall) (?:i|we) (?:\w+ )?do\b|\bwhat (?:am i|are we|is one) (?:supposed|meant|expected) to do\b|\bwhat (?:are )?my options\b|\bhow (?:do|should|can|could|would) (?:i|we) (?:best )?(?:handle|deal with|tackle|respond to|stop)\b/i);

/** What the message is about: a complaint, a grievance, or being wronged. */
const COMPLAINT =
  caseless(/\b(?:complain\w*|grievance|concerns? about|unhappy|dissatisfied|not happy|fed up|rude\w*|short with|curt|dismissive|snide|sarcastic|disrespect\w*|patronis\w*|condescend\w*|unhelpful|attitude|bull(?:y|ied|ying)|harass\w*|shout\w*|yell\w*|snapp?(?:ed|ing)? at|swor[en]|swearing|abusive|abuse[sd]?|aggressive|offensive|insult\w*|belittl\w*|humiliat\w*|intimidat\w*|threaten\w*|misconduct|misbehav\w*|behaviour|conduct|treat(?:s|ed|ing)? (?:me|us|staff|her|him)|breach\w*|report (?:him|her|them|it|this))\b/i);

/** The Clerk by the titles councils give the post. */
const CLERK = caseless(/(?<!\b(?:assistant|deputy) )\b(?:(?:town |parish )?clerk|proper officer|chief executive|town manager|parish manager|chief officer)\b/i);
const COUNCILLOR = caseless(/\b(?:councillors?|cllrs?|members?(?! of (?:the )?(?:staff|public))|chair(?:man|woman|person)?|vice[- ]?chair\w*|(?:deputy )?mayor|(?:council |group )?leader)\b/i);
const OFFICER = caseless(/\b(?:officers?|staff|member of staff|employees?|caretaker|groundsm[ae]n|handym[ae]n|lengthsman|cleaner|assistant|administrator|receptionist|colleague)\b/i);

/**
 * The posts a message names as where it might go ("should I tell the Clerk", "complain to the chair", "raise it with the
 * mayor") are the recipient, not whom the complaint is about: those phrases are left out before reading the party. "complain
 * about the Town Clerk" names whom it is about, so the words between the verb and the post never include "about".
 */
const TOWARDS =
  /\b(?:complain(?:t)?|report(?: (?:him|her|them|it|this))?|tell|told|go|went|speak(?:ing)?|spoke|talk(?:ing|ed)?|turn|rais(?:e|ed|ing) (?:[\w']+ ){0,4}?with|take (?:it|this|that)(?: up)?|send (?:it|this|that)|escalate (?:it|this|that)?|refer (?:it|this|that)|contact|approach|inform) (?:to |with )?(?:the |our |my |a |an )?(?:(?!about |against |regarding |over |concerning )[a-z-]+ ){0,2}?(?:clerk|chair\w*|mayor|monitoring officer|leader|council|committee|manager|chief executive|proper officer|line manager)\b(?: (?:or|and) (?:the |a )?(?:[a-z-]+ ){0,2}(?:clerk|chair\w*|mayor|monitoring officer|leader|council|committee|manager))?/gi;

/**
 * "I'm the clerk and the mayor shouted at me", "as a fairly new member": the asker's own post is not whom the complaint
 * is about, and says which side complains when the role the channel knows says otherwise.
 */
const ASKER_IS = /\b(?:i'?m|i am|as)(?: the| a| an)?(?: (?:fairly|very|quite|brand) ?)?(?: (?:new|newly[- ]elected|elected|co-opted|ward|town|parish|junior|senior))? (clerk|proper officer|manager|chief executive|members?|councillors?|cllr|officers?|member of staff|employee)\b/gi;

/**
 * A message asking whom a complaint goes to (or, read as a complaint by the classifier, what to do about it), read for whom it is about (the Clerk first: "the Clerk" is an officer
 * too, and the route for the Clerk differs), and the route kind that answers it for the asker's role. Null when the
 * message does not ask that.
 */
export function complaintRouteAsked(text: string, role: Role | undefined, readAsComplaint = false): ComplaintRouteQuestion | null {
  const asking = askingPart(text);
  const asksWhom = ASKS_WHOM.test(asking) || ASKS_WHOM.test(text);
  const asksWhatToDo = !asksWhom && readAsComplaint && (ASKS_WHAT_TO_DO.test(asking) || ASKS_WHAT_TO_DO.test(text));
  if (!asksWhom && !asksWhatToDo) return null;
  // A "who do I …" question must say it is a complaint; "what do I do" has the classifier's complaint reading instead.
  if (asksWhom && !COMPLAINT.test(text)) return null;
  const self = [...text.matchAll(ASKER_IS)].map((m) => m[1].toLowerCase());
  const party = text.replace(TOWARDS, ' ').replace(ASKER_IS, ' ');
  const about: ComplainedAbout | null = CLERK.test(party) ? 'clerk' : COUNCILLOR.test(party) ? 'councillor' : OFFICER.test(party) ? 'officer' : null;
  const saysCouncillor = self.some((w) => /^(?:members?|councillors?|cllr)$/.test(w));
  const saysOfficer = self.length > 0 && !saysCouncillor;
  const asOfficer = saysOfficer || (!saysCouncillor && (role === 'officer' || role === 'clerk'));
  const kind: RouteKind | null =
    about === 'councillor' ? (asOfficer ? 'complaint_about_councillor' : 'complaint_about_councillor_by_councillor') : about === 'clerk' ? (asOfficer ? null : 'complaint_about_clerk') : about === 'officer' ? (asOfficer ? null : 'complaint_about_officer') : null;
  const by: ComplaintSide | null = asOfficer ? 'officer' : saysCouncillor || role === 'councillor' ? 'councillor' : null;
  return asksWhatToDo ? { about, kind, whatToDo: true, by } : { about, kind, by };
}

/**
 * For a complaint no route kind covers (a councillor's about another councillor; an officer's about a colleague or the
 * Clerk, a grievance), the sentences that cannot answer it: routes the text sets out for another pair (an officer's
 * complaint about a councillor, a councillor's about staff), a complaint it names about the other side whether or not it
 * sends it anywhere, and the sentences after another pair's route in the same clause, which carry it on ("The Town Clerk
 * will consider how the complaint … should be dealt with" after "An Officer who believes a Member … should raise his/her
 * concern with the Town Clerk"). Better that the answer says the protocol does not set it out (and offers the Clerk) than
 * quote the route that is someone else's, or a sentence that speaks of no complaint at all.
 * Null when the message asks no such question.
 */
export function notThisPairsRoute(text: string, role: Role | undefined, readAsComplaint = false): ((sentence: string, clause?: Clause) => boolean) | null {
  const asked = complaintRouteAsked(text, role, readAsComplaint);
  // A councillor's complaint about another councillor has its own kind, but its answer is never another pair's route,
  // whether the protocol proposes its own (that sentence passes: it speaks of the Monitoring Officer) or not.
  const uncovered = asked?.kind === null || asked?.kind === 'complaint_about_councillor_by_councillor';
  if (!asked || !uncovered || asked.about === null || asked.by === null) return null;
  const { by } = asked;
  const about: ComplaintSide = asked.about === 'councillor' ? 'councillor' : 'officer';
  const anotherPairs = (sentence: string) => routeForAnotherPair(sentence, by, about) || aboutAnotherSide(sentence, about);
  // Only a sentence that speaks of a complaint (or of the standards route) can say where this one goes; when none is left,
  // no sentence answers, and the reply says the protocol does not set it out.
  // A councillor's complaint about another councillor goes where a sentence sends a complaint about a councillor, or to the
  // standards route; any other sentence that passes the rest (a breach of the Data Protection Act, "enquiries and
  // complaints" owed by staff) speaks of complaints but not of this one.
  const thisPairsOwn = asked.kind === 'complaint_about_councillor_by_councillor' ? routeForComplaintAboutCouncillor : () => true;
  return (sentence, clause) =>
    speaksOfComplaintRoute(sentence) && thisPairsOwn(sentence) && !anotherPairs(sentence) && !(clause && carriesOnAnotherPairsRoute(sentence, clause, by, about));
}

/** A clause's sentences, split once per clause: the filter asks of each of its sentences in turn. */
const clauseUnits = new WeakMap<Clause, ReturnType<typeof splitSentences>>();
function unitsOf(clause: Clause): ReturnType<typeof splitSentences> {
  let units = clauseUnits.get(clause);
  if (!units) {
    units = splitSentences(clause.text);
    clauseUnits.set(clause, units);
  }
  return units;
}

/**
 * Whether a sentence follows, in its clause, a route the text sets out for another pair, and names neither a complainant
 * nor whom a complaint is about of its own: it carries that route on ("If the matter cannot be resolved informally, it may be necessary to invoke the
 * Council's disciplinary procedure" after a councillor's route for a complaint about staff).
 */
function carriesOnAnotherPairsRoute(sentence: string, clause: Clause, by: ComplaintSide, about: ComplaintSide): boolean {
  const units = unitsOf(clause);
  const at = units.findIndex((u) => u.text === sentence);
  // "A complaint about the Clerk should be made in writing to the Chair" after a councillor's route for staff is a route of
  // its own: it names whom it is about.
  if (at <= 0 || readRoute(sentence)?.sender || namesComplainedAbout(sentence)) return false;
  return units.slice(0, at).some((u) => routeForAnotherPair(u.text, by, about));
}

/**
 * Whether a proposed route is for after a failed first step ("If direct discussion with the officer … fails to resolve the
 * matter, … raise the issue with the Town Clerk": questionType.ts laterStepCue) while the message tells of no setback: the
 * answer to "who do I go to now?" after a setback, not to a first complaint.
 */
export function routeIsForLater(routeSentence: string, message: string): boolean {
  return laterStepCue(routeSentence) && !toldSetback(message);
}

const proposalsByProtocol = new WeakMap<Clause[], RouteProposal[]>();

/**
 * The route the protocol's own text gives for the complaint a message asks about: the proposal of src/answer/routes.ts
 * for its kind, worked out once per protocol (as the sentence index is) and on any protocol, mapped or just ingested.
 * `readAsComplaint`: the classifier's intent is a complaint (its `handoff`), so "what do I do" asks the same.
 * `askedAsWhatToDo`: the message asked it as "what do I do?", which the answer stage then reads as a "who" question.
 * Null when the message does not ask whom a complaint goes to, or asks of a kind no route covers or the text leaves open.
 */
export function proposedRouteFor(
  protocol: Protocol,
  selector: AnswerSelector,
  text: string,
  role: Role | undefined,
  readAsComplaint = false,
): (RouteProposal & { askedAsWhatToDo: boolean }) | null {
  const asked = complaintRouteAsked(text, role, readAsComplaint);
  if (!asked?.kind) return null;
  let proposals = proposalsByProtocol.get(protocol.clauses);
  if (!proposals) proposalsByProtocol.set(protocol.clauses, (proposals = proposeRoutes(protocol, selector)));
  const route = proposals.find((p) => p.kind === asked.kind) ?? null;
  if (!route || routeIsForLater(route.sentence, text)) return null;
  // "I complained to the clerk weeks ago and it's still not sorted. What are my options?": a "what do I do" after a setback
  // asks the next step, not the first; and one naming the post the route sends it to has been there already.
  if (asked.whatToDo) {
    if (toldSetback(text)) return null;
    const named = new Set(postsNamed(text));
    const posts = answeringPosts(route.sentence);
    if (posts.length > 0 && posts.every((p) => named.has(p))) return null;
  }
  return { ...route, askedAsWhatToDo: asked.whatToDo === true };
}
