import type { Role } from '../domain/types';
import type { QuestionParts } from './question';
import type { ScopeJudgement, ScopeReason } from './scope';
import { DIRECTING_STAFF_RULE } from './directing';
import { STAFF_LEAVING_RULE } from './leaving';
import { OFFICE_FAULT_RULE } from './officeFault';
import { FAULT_REPORT_RULE } from './faultReport';
import { ASKERS_OWN_ROLE_RULE } from './askerSide';
import { STAFFING_DECISION_RULE } from './staffingDecision';
import { COURTESY_RULE } from './salutation';
import { PERSONAL_DATA_RULE } from './personalData';
import { DECIDED_MATTER_RULE } from './decidedMatter';
import { PRESS_ROUTING_RULE } from './pressRouting';
import { OUTSIDE_DECISION_RULE } from './outsideDecision';
import { OWN_STAKE_RULE } from './ownStake';
import { OUT_OF_HOURS_RULE } from './outOfHours';
import { PRIVATE_USE_RULE } from './privateUse';
import { PRESS_APPROACH_RULE } from './pressApproach';
import { AGENDA_ITEM_RULE } from './agendaItem';
import { MISTREATED_OFFICER_RULE } from './mistreatedOfficer';
import { MEMBER_DEMAND_RULE } from './memberDemand';
import { MEMBER_CONDUCT_RULE } from './memberConduct';
import { STAFF_SIDE_RULE } from './staffSide';
import { ANSWERABLE_TO_RULE } from './answerableTo';
import { SOCIAL_PARTY_RULE } from './socialParty';
import { COUNCIL_PROCEDURE_RULE } from './councilProcedure';
import { OTHER_GROUP_RULE } from './otherGroup';
import { GROUP_BRIEFING_RULE } from './groupBriefing';
import { KEPT_INFORMED_RULE } from './keptInformed';
import { ASKING_RIGHTS_RULE } from './askingRights';
import { OWN_EMPLOYMENT_RULE } from './ownEmployment';
import { PROTOCOL_ITSELF_RULE } from './protocolItself';
import { AFTER_OFFICE_RULE } from './afterOffice';
import { COUNCILLOR_ABOUT_COUNCILLOR_RULE } from './councillorPair';

/**
 * Rules that overrule the classifier's reading of a message. The classifier reads a bag of words; some
 * messages are told in words that say one thing while who does what to whom says another (a member
 * directing staff in a story of services, staff leaving told in words no example uses, a kettle that
 * broke told in the protocol's words). Each such rule is a module of its own (directing.ts, leaving.ts,
 * officeFault.ts, faultReport.ts, outsideDecision.ts, staffingDecision.ts, ownStake.ts, outOfHours.ts, privateUse.ts, pressApproach.ts, agendaItem.ts, mistreatedOfficer.ts, memberDemand.ts, staffSide.ts, answerableTo.ts, socialParty.ts, councilProcedure.ts, otherGroup.ts, groupBriefing.ts, keptInformed.ts, askingRights.ts, ownEmployment.ts, protocolItself.ts, afterOffice.ts, decidedMatter.ts, pressRouting.ts, askerSide.ts, salutation.ts) exporting one `ReadingRule`; the engine asks them in
 * the order of `READING_RULES` once the classifier has read the message and its scope has been judged,
 * and the first that applies decides. A new rule is one more module and one more entry here.
 */

/** What a rule sees of a message: its words, the classifier's reading and the scope judgement of it. */
export interface RuleInput {
  /** The message as the engine read it (spelling corrected; protocol frame and hand-over words taken out). */
  readonly text: string;
  /** Its asking sentences, backstory and quoted text (question.ts). */
  readonly parts: QuestionParts;
  readonly role: Role | undefined;
  /** The classifier's reading, before the scope judgement. */
  readonly reading: {
    readonly label: string;
    readonly confidence: number;
    probabilityOf(label: string): number;
    /** The most probable labels, best first (a rule that sets the top reading aside takes the next). */
    readonly ranked: readonly { readonly label: string; readonly probability: number }[];
  };
  /** The scope judgement of that reading (`reason` set when out of scope). */
  readonly judged: ScopeJudgement;
  /** Whether an intent is a topic of the protocol (not a convention such as thanks). */
  readonly isTopic: (label: string) => boolean;
  /** Whether the engine's intents include this one. */
  readonly hasIntent: (label: string) => boolean;
  /** The out-of-scope probability of some words read alone by the classifier, for this asker's role. */
  readonly outOfScopeAlone: (words: string, role?: Role) => number;
}

/**
 * What a rule decides: a topic (answered as unsure, with the Clerk offered: a rule's evidence is a
 * reading of the words, not the examples'), or out of scope, with the reason the reply and the logs name.
 */
export type RuleDecision =
  | {
      readonly intent: string;
      readonly reason?: undefined;
      /**
       * The rule reads only which of two twin readings the classifier's is (whose complaint: councillorPair.ts), not the
       * topic itself: the classifier's certainty stands, its confidence being that of both twins together.
       */
      readonly keepsCertainty?: boolean;
    }
  | { readonly intent?: undefined; readonly reason: ScopeReason };

export interface ReadingRule {
  /** For the docs, the logs of a trial and the tests. */
  readonly name: string;
  /** When the rule may overrule the reading: a cheap test of the reading and the judgement, asked first. */
  gate(input: RuleInput): boolean;
  /** Whether the message's words are what the rule reads (the costlier test, asked only through the gate). */
  matches(input: RuleInput): boolean;
  /** What the rule decides when it applies. */
  decides(input: RuleInput): RuleDecision;
}

/**
 * In order: the first that applies decides. The two that read a topic into a message the scope judgement
 * put out of scope come first (an out-of-scope judgement stands unless one of them applies; both also take
 * over a weak reading of another topic, a story of a member directing staff before the others); then six more that do
 * the same for a member's own stake with a question of taking part, contact in someone's own time, council property
 * asked for a private end, the press come to the asker with a question of answering them, a matter asked to be
 * brought before a meeting and a member's mistreatment of staff told by an officer asking what to do (after the directing rule, so a member directing staff by a late phone call stays instructing;
 * then a member's harsh words to staff with the officer asking only whether they were acceptable (it needs no remedy
 * asked, so shares no message with the rule before it; before the demand rule, so harsh words asked about as "is he
 * allowed to" stay respect); then a member's demand on staff, read as a complaint, with the officer asking only whether to meet it: it needs no
 * mistreatment and no remedy asked, so shares no message with the rule before it;
 * they share no message among themselves in the design sets); then an officer's trouble with their own manager or a
 * colleague read as a complaint about a member (it names no member, so shares no message with the directing rule or with
 * the mistreated officer's rule, which needs one), and an
 * officer asking whom they answer to (no message of the design sets has both), and an officer naming a term of their own
 * employment (their appraisal, pay, leave, overtime: after the two before it, which read a manager's trouble and whom
 * the officer answers to more narrowly), and a social party read as political groups,
 * judged out of scope (it names no one's trouble and asks nothing of whom anyone answers to), and a question of the council's
 * procedure or elections read as a topic, judged out of scope (it names no member or officer on the other side, so no
 * message of the rules before it), and a residents', community
 * or chat group read as political groups, given the next reading (after the party rule: "party" is political to it), and an officer briefing or attending a
 * member's political group told in a story and read as another topic (the group rule stands aside for such a group), and a
 * member asking to be kept informed of their own ward read as another topic, and a member asking what they may ask
 * officers for read as a hand-over or another topic (it names no ward), and a question of the protocol's own
 * status or whom it covers (it names the protocol itself, which none of the rules before it reads), and a member's
 * confidences once out of office (after the protocol's status: "does this still bind me once I stand down" is that); then a message
 * of courtesies only judged out of scope, read as the greeting or thanks it is (it shares no words with the two
 * before it); the others
 * gate on a message judged in scope, so their place among themselves is what matters: a thing put right
 * before a fault reported, who decides another body's own affairs (out of scope; it names nothing of the council's, so
 * shares no message with the staffing rule after it), who decides a staffing matter before who decides about papers or a complaint (the first
 * leaves papers to the second; the staffing rule also takes a message judged out of scope for want of evidence, and no rule
 * before it that does reads who decides a staffing matter), and all before the asker's own role; last, a councillor's
 * complaint read as one about an officer while a member is whom it is about (councillorPair.ts: it gates on the complaint
 * reading only, which no rule before it decides).
 */
export const READING_RULES: readonly ReadingRule[] = [
  PERSONAL_DATA_RULE,
  DIRECTING_STAFF_RULE,
  STAFF_LEAVING_RULE,
  OWN_STAKE_RULE,
  OUT_OF_HOURS_RULE,
  PRIVATE_USE_RULE,
  PRESS_APPROACH_RULE,
  AGENDA_ITEM_RULE,
  MISTREATED_OFFICER_RULE,
  MEMBER_CONDUCT_RULE,
  MEMBER_DEMAND_RULE,
  STAFF_SIDE_RULE,
  ANSWERABLE_TO_RULE,
  OWN_EMPLOYMENT_RULE,
  SOCIAL_PARTY_RULE,
  COUNCIL_PROCEDURE_RULE,
  OTHER_GROUP_RULE,
  GROUP_BRIEFING_RULE,
  KEPT_INFORMED_RULE,
  ASKING_RIGHTS_RULE,
  PROTOCOL_ITSELF_RULE,
  AFTER_OFFICE_RULE,
  COURTESY_RULE,
  OFFICE_FAULT_RULE,
  FAULT_REPORT_RULE,
  OUTSIDE_DECISION_RULE,
  STAFFING_DECISION_RULE,
  DECIDED_MATTER_RULE,
  PRESS_ROUTING_RULE,
  ASKERS_OWN_ROLE_RULE,
  COUNCILLOR_ABOUT_COUNCILLOR_RULE,
];

/** The first rule whose gate and match both hold, or undefined (the classifier's reading stands). */
export function firstRuleThatApplies(rules: readonly ReadingRule[], input: RuleInput): ReadingRule | undefined {
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (rule.gate(input) && rule.matches(input)) return rule;
  }
  return undefined;
}
