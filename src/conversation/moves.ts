/**
 * The next step a follow-up asks for, whatever the topic: what if the answer is no, can it be
 * challenged, who decides, how is it done, what if it cannot be settled informally, what if it
 * is urgent. Each move names the words protocols use for that step, added to the clause search
 * so a short "what if she says no?" finds the clause on refusal and disputes rather than the
 * topic's opening clause again. General dialogue acts, not any council's or question's wording.
 */
interface Move {
  name: string;
  cue: RegExp;
  terms: string;
}

const MOVES: Move[] = [
  {
    name: 'refusal',
    cue: /\b(?:says? no|said no|refus\w*|won'?t (?:let|give|show|allow|agree|do)|will not|turns? (?:me|it|us) down|turned (?:me|it|us) down|reject\w*|declin\w*|den(?:y|ies|ied)|not allowed|doesn'?t agree|disagrees?|objects?|put(?:s|ting)? (?:their|his|her) foot down)\b/,
    terms: 'refuse refusal dispute decline reasons',
  },
  {
    name: 'challenge',
    cue: /\b(?:appeal\w*|challeng\w*|contest\w*|overturn\w*|review(?:ed)?|looked at again|reconsider\w*|unhappy with (?:the|that|their) (?:decision|answer|outcome)|not happy with (?:the|that|their) (?:decision|answer|outcome))\b/,
    terms: 'appeal dispute review decision determine',
  },
  {
    // Who decides, approves or rules on the thread's matter, and whether that decision stands ("who okays it?", "whose call
    // was that?", "is that her final word?", "is that set in stone?"): a step of any topic's matter (follow32). Approving
    // money is the payment step's; both may match. Not "who signs it off?": signing off is what the thread's thing asks of
    // someone, whose words the turn's own reading needs ("and who signs that off?" after who pays).
    name: 'decider',
    cue: /\b(?:who (?:decides|gets to decide|has the (?:final |last )?(?:say|word)|makes the (?:call|decision)|rules on|settles|approves|okays|authori[sz]es|gives (?:the go-ahead|permission|the green light)|(?:has|needs|gets) to (?:approve|agree|okay)|gets to set)|whose (?:decision|call) (?:is|was) (?:it|that|this)|final say|final decision|(?:decision|word|view|ruling|verdict|answer|call)(?:'s| is)? final|is (?:that|it|this) (?:final|the final word|the end of it)|set in stone|who is the judge)\b/,
    terms: 'decide determine final decision dispute',
  },
  {
    name: 'escalation',
    cue: /\b(?:can'?t be (?:sorted|resolved|settled)|gets? nowhere|goes nowhere|(?:doesn'?t|does not|didn'?t|won'?t) (?:settle|sort|resolve|fix|help)|fails?\b|no (?:joy|luck|good)|cannot be (?:sorted|resolved|settled)|doesn'?t work|does not work|not (?:sorted|resolved|settled)|still (?:not|isn'?t)|goes on|keeps (?:on|happening)|carries on|informal\w*|formal\w*|escalat\w*|take it further|next step|further)\b/,
    terms: 'formal informal resolve procedure complaint',
  },
  {
    // Who pays for the thread's thing, or approves its cost ("who pays if it gets damaged?", "who approves the course
    // fee?", "who sets the hire charges?"): the step from any topic to the council's money (follow31). "who approves it?"
    // names no money and is the decider's step of the thread's own topic.
    name: 'payment',
    cue: /\bwho(?:'s| is| will| would|'ll| should| has to| gets to| ends up)?\s+(?:going to\s+)?(?:pays?|paying|foots? the bill|covers? the (?:cost|bill)|meets? the cost|picks? up the (?:bill|tab|cost)|funds?|funding|reimburses?|refunds?)\b|\bwho (?:approves|authori[sz]es|signs off|agrees|okays|sanctions|sets|decides|signs) (?:off )?(?:the |my |our |a |an |any |their |his |her )?(?:[a-z-]+ )?(?:spending|spend|expenditure|payments?|invoices?|bills?|costs?|fees?|expenses?|claims?|budget|money|funding|rents?|charges?|prices?|cheques?)\b|\bbefore (?:it|they|the (?:bill|invoices?))(?:'s|'re| is| are| gets?) paid\b/,
    terms: 'financial transactions certify payment commit contract',
  },
  {
    // Where to take a problem: the step from any topic to the complaint route.
    name: 'recourse',
    cue: /\b(?:who (?:can|do|should|would|could) (?:i|we) (?:go to(?! for (?:advice|help|guidance))|turn to(?! for (?:advice|help|guidance))|complain to|(?:talk|speak) to (?:if|when|about (?:it|this|that|him|her|them)\b)|report (?:it|this|that|him|her|them) to|tell|take (?:it|this|that) to|take (?:it|this|that|the matter) up(?: with)?|raise (?:it|this|that) with|escalate (?:it|this|that) to)|where (?:can|do|should|could) (?:i|we) (?:go|turn|take (?:it|this|that)|complain|report (?:it|this|that|him|her|them))|(?:anyone|anybody|someone|somebody) (?:i|we) (?:can|could|should) (?:go to|turn to|complain to|take (?:it|this|that) to)|(?:report|complain about) (?:him|her|them)\b|\b(?:i|we) (?:can |could |should |might |may )?(?:report|complain about) (?:it|this|that)\b(?! to (?:the )?(?:full )?(?:council|committee|meeting))|(?:make|lodge|file|raise) a (?:formal )?complaint)/,
    terms: 'complaint concern raise formal resolve dispute determine',
  },
  {
    // Whom to consult: the step from a question to the person who advises on it (not a complaint).
    name: 'advice',
    cue: /\b(?:who (?:can|do|should|would|could) (?:i|we) (?:ask|see|contact|consult|check with|(?:go|turn|talk|speak) to) (?:for|about) (?:advice|help|guidance|a steer|a view)|(?:where|who) (?:can|do|should|could) (?:i|we) (?:get|find|go for) (?:advice|help|guidance|a steer)|who (?:advises|gives advice|can advise))\b/,
    terms: 'advice guidance consult',
  },
  {
    // What came of it: being told the outcome of a complaint or request.
    name: 'outcome',
    cue: /\b(?:(?:will|would|do|does|should|can) (?:i|we|they|he|she|anyone|somebody|someone) (?:hear|be told|be informed|be notified|find out|get told|let (?:me|us) know)|hear back|(?:find out|told|know|hear) (?:what happened|what (?:was|is being|has been|will be) done|the outcome|the result))/,
    terms: 'notify inform outcome action taken result',
  },
  {
    // Whom to tell before doing the thread's thing ("should I tell the clerk first?", "do I have to let anyone know
    // beforehand?"): a step of that matter, the person named only whom the step goes to.
    name: 'beforehand',
    cue: /\b(?:tell|ask|inform|notify|warn|check with|clear (?:it|this|that) with|speak to|talk to|consult|let)\s+(?:(?:the|my|our|a|an)\s+)?(?:(?:town|parish|deputy|proper)\s+)?(?:clerk|chair(?:man|woman|person)?|mayor|officers?|council|leader|group|monitoring officer|anyone|anybody|someone|somebody|everyone|him|her|them)(?:\s+know)?\s+(?:first|beforehand|in advance|before (?:i|we) (?:do|go ahead|reply|respond|answer|say anything))\b/,
    terms: 'seek advice assistance inform consult before',
  },
  {
    // Someone or something other than what was just quoted ("who should I ask instead?", "anyone else?", "other than
    // her?", "if not the clerk, who?"): the answer already given is not the answer again (follow24).
    // "no one else?" / "nobody else then?" only as the whole question: "nobody else is around" says, it does not ask;
    // "any other way?" as "another way" (follow26).
    name: 'alternative',
    cue: /\b(?:instead|(?:some|any)(?:one|body) else|who else|(?:other than|apart from|besides|except|if not) (?:him|her|them|(?:the |my |our )?(?:town |parish |deputy )?(?:clerk|chair(?:man|woman|person)?|mayor|officers?|council))|(?:another|any other) (?:person|officer|route|way))\b|^(?:(?:so|and|but|hmm+|ok|okay|right)[,.]?\s+)*(?:is there\s+)?(?:no[- ]?one|nobody) else(?:\s+then)?\s*\?+\s*$/,
    terms: '',
  },
  {
    name: 'procedure',
    cue: /^(?:(?:ok|okay|right|so|and|great|thanks)[,.]?\s+)*(?:how (?:do|would|should|can) (?:i|we) (?:do|go about|start|raise|make|put)|what(?:'s| is) the (?:process|procedure)|where do i (?:start|go|send))\b/,
    terms: 'procedure request contact raise',
  },
  {
    name: 'urgency',
    cue: /\b(?:urgent\w*|emergenc\w*|asap|right away|straight away|immediately|out of hours|can'?t wait|today)\b/,
    terms: 'urgent urgency',
  },
];

/**
 * The message with the words of the next steps it asks for taken out ("who decides", "carries
 * on", "who do I talk to"): what is left is what the message says about a topic of its own.
 */
export function withoutMoves(text: string): string {
  let lower = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  for (const cue of GLOBAL_CUES) lower = lower.replace(cue, ' ');
  return lower;
}
const GLOBAL_CUES = MOVES.map((m) => new RegExp(m.cue.source, 'g'));

/** The next steps a message asks for (usually none or one). */
export function movesIn(text: string): { name: string; terms: string }[] {
  const lower = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  return MOVES.filter((m) => m.cue.test(lower)).map(({ name, terms }) => ({ name, terms }));
}

/**
 * A deciding step about a decision already made ("can that decision be challenged?", "is the monitoring officer's view
 * final?", "whose call was that?"): it presupposes the thread's matter as a pronoun does, though its words name a decision.
 * Not a record of decisions ("the decision notice"), which is a thing of its own.
 */
const A_DECISION_MADE =
  /\b(?:(?:that|this|her|his|their|its|the)\s+(?:[a-z]+'s\s+)?(?:decision|ruling|refusal|call|verdict)(?!\s+(?:notices?|letters?|logs?|papers?|sheets?|records?|lists?|making|makers?)\b)|whose (?:decision|call) (?:is|was) (?:it|that|this)|(?:decision|word|view|ruling|verdict|answer|call)(?:'s| is)? final|is (?:that|it|this) (?:final|the final word|the end of it)|set in stone)\b/;

const A_DECISION_MADE_ALL = new RegExp(A_DECISION_MADE.source, 'g');

/** The message without the words of the steps it asks for, nor those naming a decision already made ("that decision"). */
export function withoutDecidingWords(text: string): string {
  return withoutMoves(text).replace(A_DECISION_MADE_ALL, ' ');
}

/** Whether a message asks about a decision already made (A_DECISION_MADE). */
export function asksOfADecisionMade(text: string): boolean {
  return A_DECISION_MADE.test(text.toLowerCase().replace(/[\u2018\u2019]/g, "'"));
}
