import { withTypedApostrophes } from '../nlu/apostrophes';
import { STOPWORDS, tokenize } from '../nlu/normalize';
import { withoutMoves } from './moves';
import type { Subject } from './context';
import { extractSlots, MEETINGS, PERSON_WORD } from './slots';
import { caseParty, CaseParty } from './party';

/**
 * How a message sits in its thread, from its form alone (not its topic): does it lean on what
 * came before ("and for officers?", "what if she says no?", "who decides that?"), does it say
 * it is starting something new, does it clear the thread, or accept what was offered?
 *
 * Elliptical turns are short, open with a connective that continues a thought, point back with
 * a pronoun or "the same", and carry few content words of their own. A complete question has
 * its own subject and verb and many content words, and is read on its own.
 */

export interface TurnForm {
  /** 0 (stands alone) … 1 (cannot be understood without the previous turn). */
  dependence: number;
  /** Says it changes the subject ("unrelated, …", "different question: …"). */
  fresh: boolean;
  /** Asks to forget the thread ("start again", "/new"). */
  reset: boolean;
  /** Accepts the last offer to file something ("ok, file it", "yes please do"). */
  accepts: boolean;
  /** Content words of its own (not function words, not pronouns). */
  contentWords: number;
  /**
   * Content words left once the words asking for a next step ("who decides", "who do I talk to",
   * "carries on", "what if she says no") and pointing back ("what happens next") are taken out:
   * none means the turn names no topic of its own, whatever the classifier makes of its wording.
   */
  topicWords: number;
  /**
   * An elliptical turn whose only topic words name people ("officers?", "what about the clerk?",
   * "sorry, I meant the clerk"): it changes whom the thread's topic is about, not the topic. The
   * chair is not among them: chairs have a topic of their own (chairs and committees).
   */
  namesOnlyPeople: boolean;
  /**
   * An elliptical turn whose only topic words name the chair, vice-chair or mayor ("and the vice-chair?", "is it the
   * same for the chairman of the council?"): after a question about a role, it asks the chair's, which is a topic of
   * its own (chairs and committees); elsewhere it only says whom the thread's topic is about.
   */
  namesOnlyChair: boolean;
  /**
   * An elliptical turn whose only topic words name a council body or meeting ("and for the planning
   * committee?", "at full council rather than committee, is it the same?"): it asks the thread's question there.
   */
  namesOnlyVenue: boolean;
  /**
   * An elliptical turn that names a thing of its own and asks nothing with a verb ("and the bowls club?", "what
   * about the gym?", "the community orchard too?"): after a question the protocol does not cover, it asks the
   * same of that thing.
   */
  namesOnlyAThing: boolean;
  /**
   * An elliptical question that puts the asker in another capacity ("what if I were asking as a member of
   * staff?", "same question but as the deputy clerk"): whom they are, and so which side of a two-sided topic.
   */
  asksAs?: Subject;
  /** An elliptical turn that names only the asker ("and mine?", "what about me?"): the topic turns to the asker's side. */
  namesAsker: boolean;
  /** Corrects the turn before ("sorry, I meant the clerk, not the chair", "no, I mean the committee papers"). */
  corrects: boolean;
  /** Its question's subject is a pronoun with nothing before it to stand for ("can they refuse …?", "could she …?"). */
  pronounSubject: boolean;
  /** States something that adds to the question before ("he says he needs to know", "the reason I ask is …") rather than asking. */
  addsToQuestion: boolean;
  /** Asks about the last answer itself ("where does it say that?", "can you give me the exact wording?", "tell me more"). */
  asksAboutAnswer: boolean;
  /** Asks the same with the roles swapped ("what if it was the other way round?", "vice versa?"). */
  reverses: boolean;
  /** Asks what to do about the thread's situation ("what can I do?", "what are my options?", "what would you suggest?"). */
  asksForOptions: boolean;
  /** Opens as a continuation of the turn before ("and …", "so …", "what about …"), or corrects it. */
  continues: boolean;
  /** Points back to something said before ("it", "that", "the outcome") or opens as a continuation ("and", "what about"). */
  refersBack: boolean;
  /**
   * A question of its own asked with a continuing opener ("and who decides on the grants anyway?", "so who chairs the
   * recreation committee?"): who does what to a thing it names, or how long, how much, what happens, and it points back
   * by nothing but its opener or a closing "anyway". The opener joins the conversation; whether the question is the
   * thread's is for its own reading to say (follow.ts).
   */
  asksItsOwn: boolean;
  /**
   * The same kind of question whose only pointer back is a personal pronoun for the thread's thing or person ("and who
   * decides on them anyway?", "and who manages her day to day?", "how long has she got to reply to me?"): the pronoun
   * names what the question starts from, not what it asks. Whether it asks the thread's question or its own is, again,
   * for its own reading to say (follow.ts), and more surely than without the pronoun.
   */
  asksItsOwnWithPronoun: boolean;
  /**
   * A condition that names a matter of its own ("and if a councillor bullies me, what then?", "what if my brother runs
   * the café there?"): the "if" joins the conversation, but what happens in the case it sets up is the turn's question, not the
   * thread's. Not a condition of a few words that only carries the thread on ("what if she says no?", "and if they
   * refuse?"), a capacity ("and if I'm an officer?"), a side ("and for officers?") or only who asks ("what if it's the chair asking?"). Whether the case is another topic
   * is for its own reading to say (follow.ts, follow28).
   */
  posesItsOwnCase: boolean;
  /**
   * Asks for an option besides the one given ("what else can I do?", "is there anything else I can do?", "what other
   * options do I have?"): when the protocol sets out only the one, the reply says so rather than quote it as new (follow28).
   */
  asksForAnotherOption: boolean;
  /**
   * Whom a condition puts in the thread's case, as its subject ("and if it's the mayor I want to complain about?", "same if
   * the clerk does it?"), or the asker when it says someone complains about them ("and if an officer wants to complain
   * about me?"): the thread's question, about someone else (follow30, party.ts).
   */
  caseParty?: CaseParty;
}

/** A closing that asks whether the last answer holds here too ("…, is it the same?", "… does that still apply?"). */
const SAME_HERE = /(?:^|[\s,;-])(?:is|would|does|will) (?:it|that|this|the answer) (?:be |still )?(?:the same|still (?:apply|hold|stand)|apply (?:too|as well|there|then)|change (?:anything|things|that))\s*[?!.]*$/;
/**
 * A turn that takes up what the last answer said ("you said ten working days - what if it can't wait?", "you
 * mentioned keeping members informed …", "going by your answer, …"): it is about that answer's matter, however
 * many words of its own it has.
 */
const TAKES_UP_THE_ANSWER =
  /^(?:(?:but|so|and|ok(?:ay)?|right|hmm+|well)[,.]?\s+)?(?:you (?:said|say|mentioned|mention|wrote|quoted|told me|pointed out|referred to)|(?:as|like) you (?:said|say|mentioned)|your (?:answer|reply|last (?:answer|reply|message)) (?:said|says|mentioned|mentions)|(?:going by|according to|from) (?:your|that) (?:answer|reply))\b/;
/**
 * A turn that looks at the thread's situation from someone's side ("from the councillor's point of view, what
 * are they allowed to say?", "looking at it from the staff's end, …", "from my side, …"): the situation is the
 * thread's; only whose view changes.
 */
const FROM_A_SIDE =
  /^(?:(?:and|but|so|ok(?:ay)?|right|then|now|well|hmm+)[,.]?\s+)?(?:(?:looking at it|seeing it|seen|thinking about it|taking it)\s+)?from\s+(?:(?:the|a|an)\s+)?(?:(?:[a-z-]+\s+)?[a-z-]+(?:'s|s'|')|my|our|his|her|their|your|the other|the (?:council|officer|staff|member|councillor|clerk))\s+(?:own\s+)?(?:point of view|pov|side(?: of things)?|end|angle|perspective|standpoint|viewpoint|position)\b/;
/**
 * The same, said without "from … point of view": "speaking for the officers' side, …", "on the staff side of things,
 * …", "for the councillors' part, …", "in the clerk's shoes, …", "as far as the officers are concerned, …", "from where
 * the clerk sits, …". Only as the turn's opening phrase, closed by a comma or dash: "on the planning side" with no
 * pause asks its own.
 */
/** PERSON_WORD's alternatives, to sit inside a longer pattern (it is anchored as a whole word). */
const PERSON_WORDS = PERSON_WORD.source.replace(/^\^|\$$/g, '');
const SPEAKS_FOR_A_SIDE = new RegExp(
  '^(?:(?:and|but|so|ok(?:ay)?|right|then|now|well|hmm+)[,.]?\\s+)?(?:' +
    [
      // "speaking for the officers' side", "speaking on the clerk's behalf", "speaking for the office as a whole"
      "speaking (?:for|on behalf of|on (?:the )?[a-z-]+(?:'s|s'|') behalf|on (?:his|her|their|my|our) behalf)\\b[^,;:?-]{0,40}",
      // "on the staff side (of things)", "on the members' side", "on his side of it"; a side of people, not of the
      // council's business ("on the finance side, who signs the cheques?" asks its own)
      `on (?:the |a |an )?(?:[a-z-]+(?:'s|s'|')|my|our|his|her|their|your|(?:[a-z-]+ )?${PERSON_WORDS}) side(?: of (?:things|it|the fence|this|that))?`,
      // "for the councillors' part", "for my part"
      "for (?:the |a |an )?(?:(?:[a-z-]+\\s+)?[a-z-]+(?:'s|s'|')|my|our|his|her|their|your) part",
      // "(putting myself) in the clerk's shoes", "in her shoes"
      "(?:(?:putting|if i put) (?:myself|me|yourself|ourselves) )?in (?:the )?(?:(?:[a-z-]+\\s+)?[a-z-]+(?:'s|s'|')|my|our|his|her|their|your) shoes",
      // "as far as the officers are concerned", of people only: "as far as the budget is concerned, …" names a topic
      `as far as (?:(?:the|a|an|our|their|my|his|her) )?(?:[a-z'-]+ ){0,2}(?:${PERSON_WORDS}|chair(?:man|woman|person)?|mayor|auditors?|residents?|public|he|she|they|we|you) (?:is|are|am) concerned`,
      // "from where the clerk sits / stands"
      "from where (?:the )?[a-z' -]{1,30}? (?:sits?|stands?)",
      // "wearing my union rep hat"
      "wearing (?:my|his|her|their|the) [a-z' -]{1,30}? hat",
    ].join('|') +
    ')\\s*[,;:\u2013\u2014-]',
);
/** A reaction before the words ("👍 and their addresses?", "+1, what about …"): the turn's form starts after it. */
const LEADING_REACTION = /^(?:\+1\b[\s,.!-]*|[^\p{L}\p{N}'"/?+]+)+/u;
/** Openers that continue the previous turn's thought, or question the last answer ("really?", "are you sure?"). */
const CONTINUING_OPENER =
  /^(?:and|but|so|or|plus|then|ok(?:ay)?|right|alright|fine|hmm+|what about|how about|what if|and if|but if|(?:not )?even(?: if| for| in| when| though| so| after| before| with)?|not (?:if|unless|when|for|with)|same (?:for|with|goes for|applies to|question|again|thing)|is (?:that|it) the same|does (?:that|this|the same) (?:apply|go)|likewise|ditto|similarly|equally|if so|if not|in that case|in which case|otherwise|following (?:on|up)|further to (?:that|this|your (?:reply|answer|message|last)|the (?:reply|answer|last answer))|following (?:your|that|the) (?:reply|answer)|really|surely|seriously|(?:are )?you sure|is that (?:right|true|correct|so)|says who|how come)\b/;

/**
 * Words that point back to something said before: pronouns, and adverbs that presuppose an
 * earlier event or option ("what happens then?", "could I do it instead?").
 */
const ANAPHORS = new Set(['it', 'its', 'she', 'he', 'they', 'them', 'him', 'her', 'his', 'hers', 'their', 'there', 'then', 'instead', 'either', 'too', 'else', 'again', 'still', 'otherwise', 'afterwards', 'same']);
/**
 * The anaphors that stand for a person or things named before, and say nothing of what is asked about them ("who signs
 * them off?", "who manages her?"). Not "it": "it" stands as often for the thread's whole matter (the request, the
 * situation) as for a thing, and a question about the matter is the thread's ("who deals with it?"); with "it" in the
 * set, a check set (dialogues-probe-2) lost a follow-up.
 */
const PERSONAL_PRONOUNS = new Set(['she', 'he', 'they', 'them', 'him', 'her', 'his', 'hers', 'their']);
/** Words of an elliptical turn naming the chair, vice-chair or mayor: "the chairman of the council", "the deputy mayor". */
const CHAIR_WORD = /^(?:(?:vice-?)?chair(?:man|men|woman|women|person|persons|s)?|vice|deputy|(?:lord-?)?mayors?|lord|council|town|parish)$/;
const CHAIR_NAMED = /^(?:(?:vice-?)?chair(?:man|men|woman|women|person|persons|s)?|(?:lord-?)?mayors?)$/;
/**
 * A word that only says which of some people are meant, before the word naming them ("the town clerk", "a fellow councillor",
 * "a senior officer"): part of the person, not a topic of the turn's own (follow30).
 */
const PERSON_QUALIFIER = /^(?:town|parish|fellow|other|senior|junior|ward|individual|ordinary|elected|new|former|opposition|backbench|independent)$/;
/** The asker, in an elliptical turn that asks the same of them ("and mine?", "what about us?"). */
const ASKER = new Set(['me', 'mine', 'myself', 'us', 'ours', 'ourselves']);
const EXISTENTIAL_VERB = new Set(['is', 'are', 'was', 'were', 'be', 'been']);
const EXISTENTIAL_OBJECT = new Set(['a', 'an', 'any', 'no', 'some', 'anything', 'anyone', 'anybody', 'nothing', 'somebody', 'someone']);

/**
 * Words that point back only when they stand alone ("who decides that?", "the same for the
 * chair?", "what happens next?"), not when they qualify a noun of the turn's own ("this
 * protocol", "the next council meeting", "the same kind of paper").
 */
const DEMONSTRATIVES = new Set(['that', 'this', 'those', 'these', 'next', 'first', 'one']);
/**
 * Words that, after a demonstrative, make it the subject of a verb rather than a noun's qualifier
 * ("what does that mean?", "how long does that usually take?", "would that count?").
 */
const VERB_AFTER_PRONOUN =
  /^(?:usually|normally|always|really|actually|generally|typically|ever|just|also|still|necessarily|automatically|definitely|certainly|probably|means?|say|says|said|take|takes|apply|applies|count|counts|work|works|happen|happens|cover|covers|include|includes|go|goes|need|needs|sound|sounds|matter|matters|change|changes|affect|affects|involve|involves|seem|seems|require|requires|allow|allows|stop|stops|mean)$/;

/**
 * Phrases that presuppose an event, a process or an answer already given, with no pronoun to show
 * it: "will I hear what happened?", "who tells me the outcome?", "if he keeps on doing it", "can I
 * at least ask why?". And a closing "if I'm allowed" / "whether I can" with nothing after it ("who decides if I'm
 * allowed?", follow29): the thread's own question of permission, asked again; it names nothing of its own.
 */
const POINTS_BACK_PHRASE =
  /\b(?:what (?:happened|happens (?:to (?:it|him|her|them)|next|now|then|after that)|came of it|(?:was|has been|is being|will be|gets) (?:decided|done))|at least|(?:ask|know|told|tell (?:me|us)|say|explain) why\s*\??$|^why(?: not)?\s*\??$|the (?:outcome|result|upshot|verdict|findings)\b|hear back|in (?:that|this|such an?|which|the same|either) (?:case|situation|scenario|instance|event|position)|(?:that|this) (?:sort|kind|type) of (?:thing|situation|request|behaviour)|^as above\b|the above\b|keeps? (?:on )?(?:doing|at it)|carr(?:y|ies) on (?:doing|like)|does it again|happens again|\b(?:beforehand|in advance)\s*[?.!]*$|\b(?:if|whether) (?:i'?m|i am|we'?re|we are|it'?s|it is|that'?s|that is) (?:allowed|permitted|ok(?:ay)?|acceptable)(?: to)?\s*[?.!]*$|\b(?:if|whether) (?:i|we) (?:can|may|could)\s*[?.!]*$)/;

const POINTS_BACK_PHRASES = new RegExp(POINTS_BACK_PHRASE.source, 'g');

/**
 * A short question for a thing that exists only relative to something else, with nothing to say
 * what ("what's the deadline?", "what's the time limit?", "who's the right person to ask?"): the
 * definite article presupposes the thread's matter. Things with an owner of their own ("what's the
 * wifi password?") are not among them.
 */
const RELATIVE_THING =
  /^(?:(?:so|and|ok(?:ay)?|right|then|but)[,.]?\s+)?(?:what|who|when|where|how much|how long)(?:'s| is| are|'re| was| would be| will be)\s+the\s+(?:(?:time|spending|word|age|notice|money|upper|lower)\s+)?(?:deadline|limit|cut-?off|closing date|process|procedure|rules?|policy|threshold|timescale|time ?frame|period|penalty|sanction|maximum|minimum|next step|catch|position|(?:right|best|correct|proper|appropriate|usual) (?:person|people|contact|officer|route|way)(?: to (?:ask|contact|speak to|talk to|go to|see|tell))?)\s*(?:(?:for|on) (?:that|this|it|them)\s*)?[?.!]*$/;

/**
 * A turn that corrects the one before: it says what was meant ("sorry I meant the clerk not the
 * deputy", "no, I mean to the chair only", "she's the chair, I should've said") or opens with an
 * apology followed by a statement, not a question ("sorry, it was the chairman, not Cllr Price").
 */
const CORRECTION =
  /^(?:(?:sorry|oops|whoops|my bad|my mistake|correction|no|nah|actually|apologies|wait|hang on|hold on|er+m?|um+|oh)\b[\s,.!:;-]*)*(?:i (?:meant|mean|said)\b|i was (?:asking|talking|on|enquiring) about\b|i was referring to\b|meant to say\b)|^(?:sorry|oops|whoops|my bad|my mistake|correction|apologies)[,.!:;-]+\s*(?!(?:can|could|may|should|must|do|does|did|is|are|will|would|who|what|how|when|where|why|which|quick|one more|another|also)\b)\w|\bi should(?: have|'ve) said\b/;
/**
 * A correction said the other way round or at the end: what the asker did not mean first ("not the job, I mean do I have
 * to tell anyone?", "not passing things on - what her job actually is"), or "I mean" closing the turn ("replying to their
 * emails I mean"). The opening names a thing or an activity ("not sure whether …, but" is no correction).
 */
const LEADING_CONTRAST =
  /^(?:(?:no|nope|nah|sorry)[\s,.!:;-]+)*not\s+(?:that|this|it|(?:the|a|an|my|his|her|their|our|your|any)\s+[a-z'-]+(?:\s+[a-z'-]+){0,3}|(?!being\b)[a-z]+ing(?:\s+[a-z'-]+){0,3})\s*[,;:\u2013\u2014-]+\s*(?!but\b)/;
const CLOSING_I_MEAN = /[\s,.;-]i mean[t]?\s*[.!?]*$/;
const CORRECTION_WORDS = /\b(?:sorry|oops|whoops|my bad|my mistake|correction|apologies|nah|actually|wait|hang on|hold on|i (?:meant|mean|said)|i was (?:asking|talking|on|enquiring) about|i was referring to|meant to say|i should(?: have|'ve) said|should'?ve said|only|not|rather|instead)\b/g;

/** A negative question ("isn't that a breach?", "shouldn't I be told?", "can't I …?"): it expects the answer to have been otherwise. */
const NEGATIVE_QUESTION = /^(?:(?:but|so|and|hmm+|ok(?:ay)?)[,.]?\s+)?(?:isn|aren|doesn|don|didn|shouldn|wouldn|couldn|can|won|hasn|haven|wasn|weren)'?t\b|^(?:(?:but|so|and)[,.]?\s+)?cannot\b/;

/** Openers that add one more question to the conversation; a continuation only when the rest points back to it. */
const ADDS_ANOTHER = /^(?:also|and also|oh,? and|oh,? also|one more thing|another thing|one other thing|p\.?s\.?)\b/;

/** A question whose subject is a pronoun from the first words ("can they refuse …?", "so would she …?"). */
const PRONOUN_SUBJECT = /^(?:(?:and|but|so|ok(?:ay)?|right|then)[,.]?\s+)?(?:can|could|may|might|should|must|do|does|did|is|are|was|were|will|would|has|have)\s+(?:he|she|they|it)\b/;

/**
 * A turn that is a subordinate clause with no main clause ("even after the decision is
 * announced?", "unless it's urgent?"): whatever words it has, it qualifies what was asked before.
 */
const ONLY_A_CONDITION = /^(?:(?:and|but|or|so|really|hmm+|ok(?:ay)?|right)[?,.!]*\s+)?(?:not\s+)?(?:even|unless|only if|except (?:if|when))\b/;

/**
 * Finite verbs and question words: a short turn with none of them ("deadline?", "twitter?",
 * "bringing a resident?") is a fragment, and a fragment asks about the thread's subject.
 */
const FINITE = /\b(?:is|are|was|were|am|be|do|does|did|can|could|will|would|should|shall|may|might|must|have|has|had|need|needs|i|we|you|he|she|they)\b|'(?:s|re|m|ve|d|ll)\b/;
const FRAGMENT_TOKENS = 4;
/**
 * A phrase that qualifies the question before with no verb of its own ("in my own name, as a private
 * citizen", "at the annual meeting rather than a committee", "for a one-off event"): an ellipsis, like a fragment, however long.
 */
const QUALIFIER = /^(?:(?:and|but|or|so|well|ok(?:ay)?|no|sorry)[,.]?\s+)?(?:as|in|on|at|for|by|with|without|under|from|during|outside|inside|via|through|within|about)\s/;
const QUALIFIER_TOKENS = 8;
/** The asker in another capacity: "as a member of staff", "if I were one of the councillors", "speaking as the clerk". */
const CAPACITY = /\b(?:as|if i(?:'m| am| was| were)|i(?:'m| am) (?:asking|speaking|writing) as)\s+((?:an?|the|one of the)\s+[a-z' -]+)/;
/** "how long have I got?": the time left for something the thread has named. */
const TIME_LEFT = /^(?:(?:so|and|ok(?:ay)?|right|but)[,.]?\s+)?(?:how long (?:have|do|will) (?:i|we) (?:got|get|have)|how (?:much|long a) time (?:have|do) (?:i|we) (?:got|have|get)|how many (?:days|weeks) (?:have|do) (?:i|we) (?:got|have|get))\s*[?.!]*$/;

/** Phrases announcing a new subject: the thread's topic must not capture what follows. */
const FRESH =
  /\b(?:unrelated|(?:a |one )?(?:different|separate|new|other|another) (?:question|matter|subject|topic|thing|issue|query)|something (?:else|different)|changing (?:the )?subject|change of subject|on (?:a |another |an unrelated |a different )?(?:note|topic)|while i have you|whilst i have you|nothing to do with (?:that|this))\b/;

const RESET = /^(?:\/new|\/reset|start (?:again|over|afresh)|new (?:conversation|chat|topic)|reset|forget (?:that|it|all that|everything|this conversation)|let'?s start (?:again|over))[\s.!]*$/;

/** Accepting the offer to file: a short turn that says yes and/or names the filing. */
const ACCEPT = /\b(?:file|submit|send|lodge|raise|log|open|start|put|pass)\b(?: (?:it|that|this|one|them|the (?:request|complaint|form|question))\b| in\b| on\b| for me\b| please\b|$)/;
const YES =
  /^(?:y|yes|yeah|yep|yup|ok|okay|sure|please(?: do)?|go on|go ahead|do it|sounds good|why not)(?:[\s,.!]+(?:yes|please(?: do)?|go on|go ahead|do it|do that|then|sounds good|that'?d be (?:great|good|helpful|lovely)|if you (?:could|would|can)|why not))*[\s.!]*$/;
/**
 * A yes said at more length (uat17): "yes please, I'd like that", "ok let's do it", "that's fine, go ahead", "yes that would
 * be great". Words that say yes to the offer (`YES_WORDS`) and words that only soften or thank (`YES_SOFTENERS`), one
 * after another, every one of them from these two lists, and at least one that says yes: "ok thanks", "great" and
 * "that's fine, thanks" say no yes of their own (they close or thank), and anything else in the turn ("yes but …",
 * "let's leave it", "I'd like to know …") makes it something other than an acceptance.
 */
const YES_WORDS =
  "(?:y|yes|yeah|yep|yup|sure|please(?: do)?|go on|go ahead|go for it|do it|do that|sounds (?:good|great)|why not|let'?s(?: do (?:it|that))?|that(?:'?d| would) (?:be )?(?:great|good|helpful|lovely|brilliant|perfect)|that(?:'?d| would) help|(?:i'?d|i would) (?:like|love|appreciate) (?:that|it|this)|if you (?:could|would|can))";
const YES_SOFTENERS = "(?:ok|okay|alright|all right|fine|great|perfect|lovely|brilliant|then|thanks|thank you|cheers|for me|that'?s fine|that'?s great)";
const YES_SEPARATOR = '[\\s,.!\\u2013\\u2014-]+';
const YES_AT_LENGTH = new RegExp(`^(?:${YES_WORDS}|${YES_SOFTENERS})(?:${YES_SEPARATOR}(?:${YES_WORDS}|${YES_SOFTENERS}))*[\\s.!]*$`);
const SAYS_YES = new RegExp(`(?:^|${YES_SEPARATOR})${YES_WORDS}(?=$|${YES_SEPARATOR})`);
/**
 * Turning down the offer to file (uat17): "no", "no thanks", "not now", "don't bother", "no need, I'm fine", "nah
 * leave it". The console alone said "All right." to a bare no; Slack and Teams read "no" after an offer as a follow-up
 * of the topic and answered it again. Words that decline (`NO_WORDS`) and words that only soften or thank, every one
 * from these lists, the first a decline: "no, what about the chairman?", "no one told me …", "not the minutes, the
 * agenda" and "why not?" say more than no.
 */
const NO_WORDS = "(?:n|no|nope|nah|no thanks|no thank you|no need|not (?:now|yet|today|for now|right now|this time)|don'?t bother|(?:just )?leave it|maybe later|let'?s not|i'?ll leave it)";
const NO_SOFTENERS = "(?:thanks|thank you|cheers|that'?s (?:fine|ok|okay|all)|it'?s (?:fine|ok|okay)|i'?m (?:fine|ok|okay|good|all right|alright)|(?:for )?now|then|ok|okay)";
const DECLINE = new RegExp(`^${NO_WORDS}(?:${YES_SEPARATOR}(?:${NO_WORDS}|${NO_SOFTENERS}))*[\\s.!]*$`);
const DECLINE_WORDS = 8;
/** Whether a turn turns down the offer before it (read only while an offer stands). */
export function declinesOffer(text: string): boolean {
  const lower = withTypedApostrophes(text.toLowerCase()).trim();
  return lower.split(/\s+/).length <= DECLINE_WORDS && DECLINE.test(lower);
}
/** A question is not an acceptance, even when it names the filing ("can I file a complaint?"). */
const ASKS = /^(?:(?:ok|okay|so|and|right),? )?(?:can|could|how|what|who|why|when|where|should|do|does|is|am|may|would|will)\b/;

/**
 * A statement that adds to the question before rather than asking one: its subject is a pronoun
 * standing for someone or something in that question ("it's for my ward", "he says he needs to
 * know", "we were at school together"), or it says it is background ("the reason I ask is …",
 * "the thing is …", "for context, …"). Not "we …": the asker is among "we", who need not be in the question
 * before ("we had a closed session last night …").
 */
const PRONOUN_STATEMENT = /^(?:(?:and|but|well|oh|also)[,.]?\s+)?(?:it|it's|its|he|he's|she|she's|they|they're|that's|this is|that was|this was)\b/;
/**
 * The asker saying in what capacity, or for whom, they ask ("I'm asking for my assistant", "speaking
 * as leader of the council", "asking on behalf of the clerk"): who the question is about, not a new one.
 */
const ASKING_AS = /^(?:(?:and|but|well|oh|also|sorry|no)[,.]?\s+)?(?:(?:i'?m|i am|im)\s+(?:only\s+|just\s+|actually\s+|really\s+)?(?:asking|enquiring|writing|speaking)|(?:speaking|asking|writing|enquiring))\s+(?:for|on behalf of|as|in my (?:role|capacity) as|wearing my)\b/;
const ASKING_AS_WORDS = 5;
const BACKGROUND = /^(?:the reason (?:i ask|i'm asking|i asked|for asking)|the thing is|for context|(?:just )?to (?:add|clarify|be clear)|i should (?:add|say|mention)|i forgot to (?:say|mention)|(?:just )?so you know|fyi|for info(?:rmation)?|(?:some )?background)\b/;
/**
 * A statement in the first person reporting what the asker has already done or not been told ("I've
 * already asked him twice", "I haven't heard anything since June", "I wasn't told about the felling"):
 * the story of the question before, not a question of its own. Not a wish or a plan ("I'd like to …",
 * "I want to …", "I'm going to …"): those ask for something.
 */
const FILLERS = String.raw`(?:(?:well|but|and|so|also|oh|honestly|to be (?:honest|fair)|tbh|tbf|fwiw|for what it'?s worth|in fairness)[,.]?\s+)*`;
const REPORTED = new RegExp(
  String.raw`^${FILLERS}i(?:'ve| have| had)?\s+(?:already |still |just |only |even |also |actually |now )*(?:been (?:told|asked|waiting|chasing|in touch|promised)|asked|told|emailed|rung|rang|phoned|called|written|wrote|sent|raised|mentioned|chased|complained|reported|explained|waited)\b` +
    String.raw`|^${FILLERS}i (?:haven't|hadn't|wasn't|didn't|have not|had not|was not|did not|never)\s+(?:(?:even|yet|ever|once|been)\s+)*(?:told|asked|heard|had (?:a |an |any )?(?:reply|answer|response|word|update)|received|got (?:a |an |any )?(?:reply|answer|response)|informed|consulted|invited|copied|warned|given|shown|sent)\b`,
);
/**
 * A closing word that sets the turn against what was said before ("… anyway", "… though", "…, mind"):
 * it answers the thread, so it points back to it.
 */
const AGAINST_THE_LAST = /\b(?:anyway|anyhow|though|mind(?: you)?|regardless)\s*[?.!]*$/;
/** How much a statement that adds to the question before leans on it, at least. */
const STATEMENT_DEPENDENCE = 0.5;

/**
 * A question about the last answer rather than about the protocol: where it is written, its exact
 * words, what it means, more of it. Only the thread knows what "it" is; its words name no topic.
 */
const ABOUT_THE_ANSWER =
  /\b(?:(?:exact|actual|precise|full) (?:wording|words|text)|word for word|(?:quote|cite) (?:it|that|this|them|the (?:clause|paragraph|rule|bit|part|text))|which (?:paragraph|clause|section|bit|part|rule|page|number)|what does (?:(?:clause|paragraph|para|section|point|rule) )?\d+(?:\.\d+)*(?:\([a-z]\))? (?:say|mean|cover)|(?:give|show|read|send) me the (?:bit|part|section|paragraph|clause|wording) (?:about|on)|what (?:paragraph|clause|section|number)|where (?:does|did) it say|where(?:'s| is| was) (?:that|it|this) (?:written|from|in the protocol)|what does (?:that|it|this) (?:mean|say)|what do you mean|(?:explain|expand on|elaborate on|clarify|unpack) (?:that|it|this|the (?:bit|part|last bit))|tell me more|more detail|in (?:plain|simple|everyday) (?:english|terms|words|language)|spell (?:it|that) out|say (?:that|it) again|what was that again)\b/;
/**
 * Asking what to do about the situation just described, without naming it: in a thread it is about
 * that situation, not a request for help with the bot ("what can I do here?", "what can you do?" are). So is asking for
 * another option ("what other options do I have?", "anything else I can do?"), which alone reads as help (follow27).
 */
const ASKS_FOR_OPTIONS =
  /^(?:(?:so|ok(?:ay)?|right|and|then|hmm+)[,.]?\s+)?(?:what (?:can|should|could|do) (?:i|we) do(?: now| next| about (?:it|this|that|him|her|them))?|what (?:are|'re) (?:my|our|the) options|what (?:other )?(?:options|choices) do (?:i|we) have|what else (?:can|could|should) (?:i|we) do(?: then)?|(?:is there )?anything else (?:i|we) (?:can|could) do(?: then)?|what (?:would|do) you (?:suggest|recommend|advise)|what would you do|any (?:advice|suggestions|tips|ideas))\s*[?.!]*$/;

/** The same question with the two sides swapped: who complains about whom, whose role. */
const REVERSED = /\b(?:(?:the )?other way (?:round|around|about)|vice versa|the reverse|the other side)\b/;
const REVERSED_ALL = new RegExp(REVERSED.source, 'g');
const REVERSED_TOPIC_WORDS = 2;
const ABOUT_THE_ANSWER_ALL = new RegExp(ABOUT_THE_ANSWER.source, 'g');
/** How much a question about the last answer (or the same one reversed) leans on it, at least. */
const ABOUT_THE_ANSWER_DEPENDENCE = 0.6;

const QUESTION_FRAME = /^(?:can|could|may|should|must|do|does|did|is|are|will|would|who|what|how|when|where|why|which)\b/;

/** Of the asks for options (ASKS_FOR_OPTIONS), those asking for one besides the option given (follow28). */
const ANOTHER_OPTION = /(?:what else (?:can|could|should) (?:i|we) do|anything else (?:i|we) (?:can|could) do|what (?:other )?(?:options|choices) do (?:i|we) have|any other (?:options|choices|way))/;

/** A turn that opens on a condition: "and if …", "but what if …", "so if …". */
const OPENS_ON_A_CONDITION = /^(?:(?:and|but|so|or)[,.]?\s+)?(?:what\s+)?if\b/;
/** How many words of its own a condition needs to set up a case of its own ("a councillor bullies me"; not "she says no"). */
const OWN_CASE_WORDS = 2;
/**
 * A condition that says outright what the case is about ("and if it's about my own employment?", follow29): the one word
 * after "about" is the matter, so one word of its own is enough (persons and the chair still do not count).
 */
const CASE_ABOUT_A_MATTER = /^(?:(?:and|but|so|or)[,.]?\s+)?(?:what\s+)?if (?:it'?s|it is|it was|this is|that'?s|that is) (?:about|over|to do with|concerning|regarding)\b/;
/**
 * Words that only say who is in the case or who asks ("what if it's the chair asking?", "and if I'm chair of the council?"):
 * such a condition asks the thread's question of someone else, so at least one word of the case must be none of these.
 */
const WHO_IS_ASKING = /^(?:ask|asks|asking|asked)$/;

/**
 * A question about who does something, how long or how much, or what happens, with a verb of its own: "who decides on
 * …", "who chairs …", "who is in charge of …", "how long does the council take …", "what happens to …". Not "who do I
 * …" or "who can I …": those ask the asker's next step in the thread's matter ("who do I send the request to?").
 */
const OWN_QUESTION_FRAME =
  /^(?:(?:and|but|so|ok(?:ay)?|right|then|also)[,.]?\s+)?(?:who(?:'s)?(?:\s+(?:actually|really|normally|usually|exactly|else))?\s+(?!(?:do|does|did|can|could|should|would|will|may|might|must|shall|i|we|you|to)\b)[a-z']+|how (?:long|quickly|soon|much|many|often)|what happens (?:if|when|to))\b/;

/**
 * An acknowledgement of the last answer before the next question ("thanks - and what about the
 * reserves?", "fair enough. who decides?", "great, thanks. can I appeal?"): it thanks, and then it
 * asks. The question is the turn; read alone, the whole reads as thanks.
 */
const ACKNOWLEDGEMENT =
  /^(?:(?:thanks|thank you|thankyou|thx|ty|ta|cheers|great|perfect|brilliant|lovely|cool|nice(?: one)?|excellent|super|fab|fantastic|wonderful|got it|gotcha|understood|fair enough|noted|makes sense|that makes sense|that'?s (?:helpful|useful|clear|great|really helpful|very helpful)|that helps|i see|ah+|oh+|aha|ok(?:ay)?,? (?:thanks|thank you|cheers|ta|great|cool|got it|understood|noted|fair enough))(?: (?:so much|very much|a lot|for that|for (?:the|your) (?:help|answer|reply)|thanks|thank you|ta|cheers))*[\s,.!:;\-\u2013\u2014]+)+/;

/**
 * What the asker says they did not mean ("…, not the clerk", "… rather than full council", "…, not for
 * me"): a contrast with the turn before, or with a reading the asker fears. It names the wrong
 * person or body, so it is no evidence of what the turn is about. Only a person, thing or body: "is
 * it ok not to declare it?" and "can I email rather than phone?" keep their words.
 */
const CONTRAST =
  /,\s*(?:and\s+)?not\s+(?:just\s+|only\s+|really\s+|even\s+)?(?:(?:as|for|about|at|in|with|to|from|on)\s+)?(?:the|a|an|my|our|your|his|her|their|me|us|him|them|any|some)\b[^,.;:?!]*|,?\s+(?:rather than|instead of)\s+(?:(?:as|for|about|at|in|with|to|from|on)\s+)?(?:(?:the|a|an|my|our|your|his|her|their|me|us|him|them)\b|full council\b|[a-z-]+ (?:committee|sub-committee|meeting)\b)[^,.;:?!]*/g;
/**
 * An opening that says the last answer missed the question ("that's not what I asked", "no, that's not
 * it -", "you've answered the wrong question"): what follows is the question as the asker meant it.
 */
const MISSED_THE_QUESTION =
  /^(?:(?:no|nope|hmm+|sorry|erm?|um+)[\s,.!:;-]+)*(?:(?:that'?s|that is|this is|it'?s|thats)\s+not\s+(?:really\s+|quite\s+|exactly\s+)?(?:what i (?:asked|meant|mean|was asking(?: about)?|wanted(?: to know)?|need(?:ed)?(?: to know)?)|it|right|the question|my question|what i'?m asking)|you'?ve (?:misunderstood(?: me)?|got (?:the wrong end|it wrong)|answered (?:the wrong|a different) question)|(?:wrong|not the right) (?:answer|bit|part|question))[\s,.!:;\-\u2013\u2014]*/;

/** "I didn't say the clerk, I said the caretaker": what was not said, then what was. */
const NOT_SAID = /^(?:(?:no|sorry|wait|hang on|hold on|er+m?)[\s,.!:;-]+)*i (?:didn'?t|did not|never) (?:say|mean|ask about|say anything about)\s+[^,.;:]+[,.;:-]+\s*(?:i (?:said|meant|mean|asked about)\s+)?/i;
/**
 * The turn as the asker means it, when it says what it does not mean: the contrast taken out ("sorry, I
 * meant the meeting room, not the projector" → "sorry, I meant the meeting room"), and an opening that
 * says the last answer missed the question taken off, the rest read as a correction. Undefined when
 * the turn says nothing of the kind or nothing would be left.
 */
export function asMeant(text: string): string | undefined {
  const written = text.replace(/[\u2018\u2019]/g, "'");
  const lower = written.replace(NOT_SAID, 'I meant ');
  const missed = MISSED_THE_QUESTION.exec(lower.toLowerCase());
  // "not the job, I mean do I have to tell anyone?": what is left once the rejected thing is taken off the front.
  const rejected = missed ? null : LEADING_CONTRAST.exec(lower.toLowerCase());
  const opening = missed ?? rejected;
  const rest = opening && opening[0].length < lower.length ? lower.slice(opening[0].length) : undefined;
  let meant = rest === undefined ? lower : /^i mean/i.test(rest) ? rest : `I mean ${rest}`;
  meant = meant.replace(CONTRAST, '').replace(/\s+([,.;:?!])/g, '$1').replace(/,\s*([?.!]*)$/, '$1').trim();
  if (meant === written.trim() || tokenize(meant.toLowerCase()).length === 0) return undefined;
  return meant;
}

/** The question after an opening acknowledgement ("cheers, what if she says no?" → "what if she says no?"), if the turn is one. */
export function afterAcknowledgement(text: string): string | undefined {
  const lower = text.toLowerCase().replace(/[\u2018\u2019]/g, "'").trim();
  const ack = ACKNOWLEDGEMENT.exec(lower);
  if (!ack) return undefined;
  const rest = text.trim().slice(ack[0].length).trim();
  const restLower = lower.slice(ack[0].length);
  const asks = restLower.includes('?') || QUESTION_FRAME.test(restLower) || CONTINUING_OPENER.test(restLower);
  return rest.length > 0 && asks ? rest : undefined;
}

export function readTurn(text: string): TurnForm {
  const lower = text.toLowerCase().replace(/[\u2018\u2019]/g, "'").trim().replace(LEADING_REACTION, '');
  const tokens = tokenize(lower);
  const isContent = (t: string) => !STOPWORDS.has(t) && !ANAPHORS.has(t) && t.length > 1;
  const standsAloneIn = (words: string[], i: number) => DEMONSTRATIVES.has(words[i]) && !(i + 1 < words.length && isContent(words[i + 1]) && !VERB_AFTER_PRONOUN.test(words[i + 1]));
  const standsAlone = (_t: string, i: number) => standsAloneIn(tokens, i);
  // "first" in "let anyone know first?" points back; it says nothing of the turn's own subject.
  const contentCount = (words: string[]) => words.filter((t, i) => isContent(t) && !standsAloneIn(words, i)).length;
  const contentWords = contentCount(tokens);
  const corrects = CORRECTION.test(lower) || CLOSING_I_MEAN.test(lower) || LEADING_CONTRAST.test(lower);
  const asksAboutAnswer = ABOUT_THE_ANSWER.test(lower);
  const asksForOptions = ASKS_FOR_OPTIONS.test(lower);
  const asksForAnotherOption = asksForOptions && ANOTHER_OPTION.test(lower);
  const ownTopic = withoutMoves(lower).replace(POINTS_BACK_PHRASES, ' ').replace(ABOUT_THE_ANSWER_ALL, ' ').replace(REVERSED_ALL, ' ').replace(ASKS_FOR_OPTIONS, ' ').replace(TIME_LEFT, ' ');
  const topicTokens = tokenize(corrects ? ownTopic.replace(CORRECTION_WORDS, ' ') : ownTopic);
  const topicWords = contentCount(topicTokens);
  // Only a turn that asks nothing else ("vice versa?"): "does it override standing orders, or is it the other way round?" asks its own.
  const reverses = topicWords <= REVERSED_TOPIC_WORDS && REVERSED.test(lower);
  const verbless = !QUESTION_FRAME.test(lower) && !FINITE.test(lower);
  const fragment = verbless && (tokens.length <= FRAGMENT_TOKENS || (tokens.length <= QUALIFIER_TOKENS && QUALIFIER.test(lower)));
  // Only an elliptical turn ("officers?", "what about the clerk?") passes its topic over; "what do councillors do?" asks its own.
  const elliptical = fragment || corrects || CONTINUING_OPENER.test(lower) || SAME_HERE.test(lower);
  const venueText = (corrects ? ownTopic.replace(CORRECTION_WORDS, ' ') : ownTopic).replace(SAME_HERE, ' ');
  const withoutVenue = elliptical && topicWords > 0 ? venueText.replace(MEETINGS, ' ') : venueText;
  const namesOnlyVenue = withoutVenue !== venueText && contentCount(tokenize(withoutVenue)) === 0;
  const capacity = elliptical && (lower.includes('?') || CONTINUING_OPENER.test(lower)) ? CAPACITY.exec(lower) : null;
  const asksAs = capacity ? extractSlots(capacity[1]).about : undefined;
  // "will she be told it was me?" names the asker too, but someone else ("she") is whom it asks about: no side changes.
  const namesAsker = elliptical && !PRONOUN_SUBJECT.test(lower) && topicTokens.some((t) => ASKER.has(t)) && topicTokens.every((t, i) => ASKER.has(t) || !isContent(t) || standsAloneIn(topicTokens, i));
  const qualifiesAPerson = (t: string, i: number) => PERSON_QUALIFIER.test(t) && PERSON_WORD.test(topicTokens[i + 1] ?? '');
  const namesOnlyPeople = elliptical && topicWords > 0 && topicTokens.every((t, i) => PERSON_WORD.test(t) || qualifiesAPerson(t, i) || !isContent(t) || standsAloneIn(topicTokens, i));
  const namesOnlyChair = elliptical && topicTokens.some((t) => CHAIR_NAMED.test(t)) && topicTokens.every((t, i) => CHAIR_WORD.test(t) || !isContent(t) || standsAloneIn(topicTokens, i));
  const namesOnlyAThing = elliptical && topicWords > 0 && !corrects && !FINITE.test(lower) && !namesOnlyPeople && !namesOnlyVenue;
  // "there" points back ("can I go there?") unless it only says something exists ("is there a …").
  const existential = (i: number) => tokens[i] === 'there' && (EXISTENTIAL_VERB.has(tokens[i - 1] ?? '') || EXISTENTIAL_OBJECT.has(tokens[i + 1] ?? ''));
  // What the asker has already done or not been told is the story of the thread's question.
  const reported = !lower.includes('?') && !ASKS.test(lower) && REPORTED.test(lower);
  const takesUpTheAnswer = TAKES_UP_THE_ANSWER.test(lower) || FROM_A_SIDE.test(lower) || SPEAKS_FOR_A_SIDE.test(lower);
  const pointsBackOtherwise = fragment || corrects || asksAboutAnswer || takesUpTheAnswer || asksForOptions || reverses || RELATIVE_THING.test(lower) || TIME_LEFT.test(lower) || reported || POINTS_BACK_PHRASE.test(lower) || tokens.some((t, i) => (ANAPHORS.has(t) && !PERSONAL_PRONOUNS.has(t) && !existential(i)) || standsAlone(t, i));
  const pointsBackByPronoun = tokens.some((t) => PERSONAL_PRONOUNS.has(t));
  const pointsBackByWords = pointsBackOtherwise || pointsBackByPronoun;
  const pointsBack = pointsBackByWords || AGAINST_THE_LAST.test(lower);
  // "and who decides on the grants anyway?": a thing of its own, and nothing but the opener and "anyway" that points back.
  const ownQuestion = OWN_QUESTION_FRAME.test(lower) && topicWords > 0 && !pointsBackOtherwise && !namesOnlyPeople && !namesOnlyVenue && !namesAsker && asksAs === undefined;
  const asksItsOwn = ownQuestion && !pointsBackByPronoun;
  // "and who signs them off?": the same, with a pronoun for the thread's thing (not "then", "that" or "what happened").
  const asksItsOwnWithPronoun = ownQuestion && pointsBackByPronoun;
  const happensInTheCase = (t: string, i: number) => isContent(t) && !standsAloneIn(topicTokens, i) && !PERSON_WORD.test(t) && !CHAIR_WORD.test(t) && !ASKER.has(t) && !WHO_IS_ASKING.test(t);
  const posesItsOwnCase = OPENS_ON_A_CONDITION.test(lower) && topicWords >= (CASE_ABOUT_A_MATTER.test(lower) ? 1 : OWN_CASE_WORDS) && topicTokens.some(happensInTheCase) && !namesOnlyPeople && !namesOnlyVenue && !namesAsker && !reverses && !corrects && asksAs === undefined;
  const party = asksAs === undefined && !corrects && !namesOnlyPeople ? caseParty(lower) : undefined;
  const reset = RESET.test(lower);
  const fresh = FRESH.test(lower);
  const accepts = tokens.length <= 8 && !ASKS.test(lower) && (ACCEPT.test(lower) || YES.test(lower) || (YES_AT_LENGTH.test(lower) && SAYS_YES.test(lower)));

  // Only when that is all it says: "asking on behalf of Nadia: a councillor keeps … what can she do?" asks its own question.
  const askingAs = ASKING_AS.test(lower) && !/[?:]|\.\.|\u2026/.test(lower) && contentWords <= ASKING_AS_WORDS;
  const background = BACKGROUND.test(lower) || askingAs;
  // "also, can I block his number?" adds to the situation "he" is in; "also, does this protocol cover volunteers?" asks its own.
  // "isn't ten days a bit slow though?" questions the answer just given; "cant get my email working" is a statement of its own.
  // "doesn't the football start at eight?" points nowhere: only one that points back questions the answer.
  const questionsTheAnswer = NEGATIVE_QUESTION.test(lower) && lower.includes('?') && pointsBack;
  const continues = CONTINUING_OPENER.test(lower) || SAME_HERE.test(lower) || corrects || takesUpTheAnswer || background || questionsTheAnswer || (ADDS_ANOTHER.test(lower) && pointsBack);
  const states = !lower.includes('?') && !ASKS.test(lower);
  const addsToQuestion = background || (states && (PRONOUN_STATEMENT.test(lower) || reported || AGAINST_THE_LAST.test(lower)));
  const pronounSubject = PRONOUN_SUBJECT.test(lower);
  const refersBack = pointsBack || continues;
  // One literal per return, not a spread of shared fields: a spread costs more than the rest of the turn's reading.
  if (reset || fresh) return { dependence: 0, fresh, reset, accepts: false, contentWords, topicWords, namesOnlyPeople, namesOnlyChair, namesOnlyVenue, namesOnlyAThing, asksAs, namesAsker, corrects, pronounSubject, addsToQuestion, asksAboutAnswer, asksForOptions, reverses, continues: false, refersBack: false, asksItsOwn, asksItsOwnWithPronoun, posesItsOwnCase, asksForAnotherOption, caseParty: party };

  // Nothing that reads as a question or a sentence of any kind (no function word, no question mark:
  // "zxcvbnm", "sausages", an emoji, a stray mention) is not a follow-up, however few its words.
  const wordless = !lower.includes('?') && !tokens.some((t) => STOPWORDS.has(t) || ANAPHORS.has(t));
  if (wordless) return { dependence: 0, fresh, reset, accepts, contentWords, topicWords, namesOnlyPeople, namesOnlyChair, namesOnlyVenue, namesOnlyAThing, asksAs, namesAsker, corrects, pronounSubject, addsToQuestion, asksAboutAnswer, asksForOptions, reverses, continues: false, refersBack: false, asksItsOwn, asksItsOwnWithPronoun, posesItsOwnCase, asksForAnotherOption, caseParty: party };

  let dependence = 0;
  if (continues) dependence += 0.45;
  if (ONLY_A_CONDITION.test(lower)) dependence += 0.2;
  if (pointsBack) dependence += 0.25;
  // Few words of its own: the topic has to come from somewhere else.
  if (contentWords <= 1) dependence += 0.4;
  else if (contentWords <= 3) dependence += 0.25;
  // A bare question frame of a few words ("can I appeal?", "who decides?") is one only the thread
  // completes; a few words naming a thing of their own ("wifi password?") are not.
  if (tokens.length <= 4 && QUESTION_FRAME.test(lower)) dependence += 0.2;
  // A message with many words of its own carries its own topic, whatever it opens with.
  else if (contentWords >= 8) dependence -= 0.3;
  else if (contentWords >= 5) dependence -= 0.1;
  if (addsToQuestion) dependence = Math.max(dependence, STATEMENT_DEPENDENCE);
  if (asksAboutAnswer || reverses) dependence = Math.max(dependence, ABOUT_THE_ANSWER_DEPENDENCE);
  return { dependence: Math.max(0, Math.min(1, dependence)), fresh, reset, accepts, contentWords, topicWords, namesOnlyPeople, namesOnlyChair, namesOnlyVenue, namesOnlyAThing, asksAs, namesAsker, corrects, pronounSubject, addsToQuestion, asksAboutAnswer, asksForOptions, reverses, continues, refersBack, asksItsOwn, asksItsOwnWithPronoun, posesItsOwnCase, asksForAnotherOption, caseParty: party };
}
