/** A protocol's words for staff's own time, outside the hours they work. */
const OUT_OF_HOURS = 'free hours evening weekend';

/**
 * Everyday words for what protocols say formally. A question says "sort it out", "OK it", "my
 * cousin"; the protocol says "resolve", "authorise", "relative". Each entry adds the protocol's
 * words to the question, at a lower weight than the asker's own. Written from general usage, not
 * from any evaluation question. A Map, because it is looked up by the asker's words ("constructor"
 * on a plain object is Object's).
 */
export const EVERYDAY_TO_PROTOCOL: ReadonlyMap<string, string> = new Map(Object.entries({
  settle: 'decide determine resolve', sort: 'resolve decide', decides: 'determine decision', decide: 'determine decision',
  ok: 'authorise approve', okay: 'authorise approve', allowed: 'may permitted entitled', let: 'may permitted',
  tell: 'instruct inform notify advise', go: 'attend', come: 'attend', along: 'attend', ask: 'request instruct', order: 'instruct direct', boss: 'instruct direct manager',
  telling: 'instruct inform', asking: 'request',
  complain: 'complaint concern', moan: 'complaint concern', unhappy: 'complaint concern dissatisfied', rude: 'courtesy respect conduct behaviour',
  grumble: 'complaint concern', report: 'complaint concern raise', whistle: 'concern raise',
  pally: 'familiarity relationship', friends: 'friend friendship familiarity relationship', mates: 'friend friendship familiarity relationship',
  dating: 'relationship personal', cousin: 'relative family relationship related', brother: 'relative family related', sister: 'relative family related',
  wife: 'relative related spouse partner', husband: 'relative related spouse partner', son: 'relative family related', daughter: 'relative family related',
  slate: 'criticise criticism public', slag: 'criticise criticism', criticise: 'criticism', badmouth: 'criticise criticism',
  facebook: 'social media public', twitter: 'social media public', online: 'social media public', post: 'publish media',
  ring: 'telephone contact', phone: 'telephone contact', call: 'telephone contact', text: 'contact',
  court: 'legal proceedings claim against', sue: 'legal proceedings claim against', suing: 'legal proceedings claim against',
  interview: 'appointment recruitment candidate', hire: 'appointment recruitment', hiring: 'appointment recruitment', recruit: 'appointment recruitment',
  journalist: 'media press', reporter: 'media press', paper: 'media press', radio: 'media press',
  leak: 'disclose confidential', share: 'disclose', spill: 'disclose',
  sign: 'signatory authorise', pay: 'payment financial', spend: 'financial spending', buy: 'order purchase spending',
  visit: 'access premises', drop: 'access visit',
  quickly: 'timely response', promptly: 'timely response', reply: 'response respond', back: 'response reply',
  // answers65: the stemmer keeps "respond" and "response" apart ("respond", "respons"); a protocol says either ("is not
  // required to respond", "a response within …"), so each reads as the other, and "replied" as both.
  respond: 'response', responds: 'response', responded: 'response', response: 'respond', responses: 'respond', replied: 'response respond', replies: 'response respond',
  review: 'reviewed', reviewed: 'review', often: 'every each time',
  party: 'political group', group: 'political',
  agenda: 'item agenda', papers: 'documents information', file: 'documents', files: 'documents', records: 'documents information',
  forward: 'copy correspondence', forwarded: 'copy correspondence', forwarding: 'copy correspondence', cc: 'copy correspondence',
  tickets: 'gift hospitality', freebie: 'gift hospitality', freebies: 'gift hospitality', present: 'gift', presents: 'gift', bottle: 'gift hospitality',
  punished: 'disciplinary action', sacked: 'disciplinary dismissal', trouble: 'disciplinary breach', happen: 'lead result',
  // Seventh round: everyday words met in the project's own question→sentence pairs (data/answers), general usage.
  backs: 'support supportive', backing: 'support supportive', confidential: 'confidence', private: 'confidence confidential',
  privately: 'confidence confidential', told: 'inform notify', informed: 'inform notify', differently: 'equally same',
  revisit: 'review reviewed', revisited: 'review reviewed', chat: 'contact discuss', secret: 'confidential disclose',
  // Eleventh round (answers12): the rest of the family, as "cousin" and "brother" above.
  niece: 'relative family related', nephew: 'relative family related', aunt: 'relative family related', uncle: 'relative family related',
  mum: 'relative family related', dad: 'relative family related', mother: 'relative family related', father: 'relative family related',
  parent: 'relative family related', parents: 'relative family related', grandson: 'relative family related', granddaughter: 'relative family related',
  stepson: 'relative family related', stepdaughter: 'relative family related', partner: 'relative relationship personal',
  girlfriend: 'relationship personal', boyfriend: 'relationship personal',
  // Eighteenth round (answers18): everyday words of its own design pairs on a text in the council's own voice, general usage.
  friend: 'friendship familiarity relationship', voucher: 'gift token', vouchers: 'gift token',
  flood: 'emergency risk', flooding: 'emergency risk', flooded: 'emergency risk',
  sickness: 'health sick absence', sick: 'health absence', illness: 'health absence',
  figures: 'information', numbers: 'information', stats: 'information', statistics: 'information',
  leaflet: 'printing material', leaflets: 'printing material', flyer: 'printing material',
  disagreement: 'dispute disputes', disagree: 'dispute disputes', disagreeing: 'dispute disputes', row: 'dispute', argument: 'dispute',
  newsletter: 'printing material', campaign: 'election campaigning', canvassing: 'election campaigning',
  // Twentieth round (answers20): the times a message names for staff's own time, in a protocol's words for it ("free
  // (i.e. non-Council) time", "outside office hours", "in the evening, at weekends or while on leave").
  weekend: OUT_OF_HOURS, weekends: OUT_OF_HOURS, saturday: OUT_OF_HOURS, sunday: OUT_OF_HOURS, evening: OUT_OF_HOURS,
  evenings: OUT_OF_HOURS, holiday: OUT_OF_HOURS, holidays: OUT_OF_HOURS,
  // answers39: borrowing a thing is having it lent, in a protocol's words ("… are not lent to councillors"). Not "use": a
  // grant that states its own limit ("may lend … but only for …") was then quoted on to a further "must not be used" sentence.
  borrow: 'lend lent', borrowing: 'lend lent', borrowed: 'lend lent',
  // answers44: a grumble of any name is a complaint or a concern, in a protocol's words. Not "complaint" → concern (bench
  // answers moved for the worse), nor "grievance", a protocol's own word for a staff matter (a pair lost, or a bench tie
  // broken the wrong way): docs/answers.md, answers44.
  gripe: 'complaint concern dissatisfied', gripes: 'complaint concern dissatisfied', whinge: 'complaint concern', moaning: 'complaint concern',
  // Sacking someone is their dismissal ("… the discipline or dismissal of any employee", "dismissing staff").
  sack: 'dismissal dismiss dismissing', sacking: 'dismissal dismiss dismissing',
  mileage: 'travel claim claims expenses',
  // answers49: who takes someone on, or fills a post when its holder leaves, is who appoints ("All other Employees are
  // appointed by …", "The appointment of the Clerk is made by …").
  hires: 'appointment appointed recruitment', replacement: 'appointment appointed appoint recruitment', replace: 'appointment appointed appoint recruitment',
  yearly: 'annual',
}));

/** Everyday phrases whose words mean little one by one ("tell someone off" is criticism, not an instruction). */
export const EVERYDAY_PHRASES: [RegExp, string][] = [
  [/\b(?:tell|telling|told)\s+(?:\w+\s+){0,3}off\b/i, 'criticise criticism'],
  [/\b(?:have|having|had) a go at\b/i, 'criticise criticism'],
  [/\bshow up\b|\bturn up\b/i, 'attend'],
  [/\bfall(?:en|ing)? out\b/i, 'relationship dispute'],
  [/\bin charge\b/i, 'responsible manage'],
  // Taking a gift: "can I keep them?", "can I take it?".
  [/\b(?:take|keep|have) (?:them|it)\b(?! (?:to|up|with|further|forward)\b)/i, 'accept'],
  [/\b(?:deal|deals|dealt|dealing) with\b|\blook(?:s|ing)? after\b/i, 'handle handles responsible'],
  // Being treated worse for speaking up: a protocol says "detriment", "victimised".
  [/\b(?:go|goes|count|counts|be held|hold it|used?|be used) against (?:me|us|them|him|her)\b/i, 'detriment disadvantage victimised favourably'],
  [/\bturn(?:s|ed|ing)? (?:\w+ ){0,2}down\b|\bwon'?t let\b|\b(?:said|says|saying|say) no\b|\bknock(?:s|ed)? (?:\w+ )?back\b/i, 'refuse refusal decline'],
  // A setback told in everyday words, in the words a protocol uses for it ("a member who is refused…",
  // "is not satisfied with the response", "where an informal approach does not resolve the matter").
  [/\b(?:says?|said|told me) (?:that )?(?:i|we) (?:can'?t|cannot|am not allowed to)\b|\bcan'?t have\b|\bwon'?t (?:give|show|send|hand over)\b/i, 'refuse refusal decline'],
  // answers39: keeping something from someone is refusing it ("Can they withhold papers from me?", "hold back the documents
  // I asked for", "keep the file from me", "deny me access"), in the words a protocol uses for a request turned down.
  [/\bwith(?:hold|holds|holding|held)\b|\b(?:hold|holds|holding|held) (?:[\w']+ ){0,4}back\b|\b(?:keep|keeps|keeping|kept) (?:[\w']+ ){0,4}(?:back )?from (?:me|us|him|her|them|councillors?|members?)\b|\b(?:deny|denies|denied|denying) (?:me|us|him|her|them|councillors?|members?|access)\b/i, 'refuse refusal decline'],
  // Going on and on: a protocol says "repeated", "persistent".
  [/\bagain and again\b|\bover and over\b|\btime (?:and time )?again\b|\bkeeps? (?:on )?[a-z]+ing\b|\bmore than once\b|\bevery time\b/i, 'repeated repeatedly persistent'],
  // Ignoring a rule is failing to follow it, a breach.
  [/\bignor(?:e|es|ed|ing)\b(?! (?:me|my|us|our|her|him|them)\b)/i, 'breach fails follow comply'],
  [/\b(?:not|isn'?t|wasn'?t|am not|i'?m not) (?:happy|satisfied) with (?:what|how|the (?:answer|response|outcome|reply))\b/i, 'satisfied response'],
  // Seventh round, general phrases: in front of people is in public; looking at again is a review; leaning on
  // someone is pressure; keeping something to oneself is not being open about it.
  [/\bin front of\b|\bin earshot of\b/i, 'public publicly'],
  // Tenth round: a part of a meeting the public is kept out of ("closed session", "in camera", "part two").
  [/\bclosed (?:session|meeting|part|item)s?\b|\bbehind closed doors\b|\bin camera\b|\bpart (?:two|2|b) (?:item|business|session)s?\b/i, 'excluded exempt confidential'],
  [/\b(?:talk|speak|chat|tell (?:people|anyone|others)) about\b/i, 'discuss disclose'],
  [/\bmake(?:s)? the call\b|\b(?:final|last) (?:say|word)\b|\brules? on\b|\bcall the shots\b/i, 'determine determined decide'],
  [/\blook(?:s|ed|ing)? (?:at )?(?:it |this |the \w+ )?again\b|\bgo(?:es)? over (?:it |the \w+ )?again\b/i, 'review reviewed'],
  [/\blean(?:s|ed|ing)? on\b|\bpush(?:es|ed|ing)? (?:\w+ )?(?:around|about)\b|\bput(?:ting)? the squeeze on\b/i, 'pressure pressurise bullied'],
  [/\bkeep (?:it|that|this) (?:to (?:myself|ourselves)|quiet|secret|under wraps)\b/i, 'open disclose declare'],
  [/\b(?:has(?:n'?t| not)|did(?:n'?t| not)|does(?:n'?t| not)) (?:worked|work|helped|help|resolved?|sorted)\b|\b(?:not|never) (?:been )?(?:resolved|sorted out)\b/i, 'resolve resolved informal'],
  // Thirteenth round: no reply told in everyday words, in the words a protocol uses for it ("If you have heard nothing
  // after ten working days, …", "where no response is received").
  [/\bno (?:answer|reply|response)\b|\b(?:not|haven'?t|hasn'?t|never) (?:heard|had) (?:back|anything|a reply|an answer|a response)\b/i, 'heard nothing reply response'],
  // Twelfth round: putting a paper together is preparing it.
  [/\b(?:put|puts|putting) (?:\w+ ){1,3}together\b|\bdraws? up\b/i, 'prepare prepared draw drawn compile'],
  // Fourteenth round: telling someone what to do is directing them ("Members must not give directions to …").
  [/\b(?:tell|telling|told)\s+(?:him|her|them|staff|(?:the|my|our|his|her|their) [a-z]+(?: [a-z]+)?) (?:what|which|how|when|where|to)\b/i, 'direct directions instruct instructions'],
  // answers38: a clock time outside any office's day (6pm to 7.59am: "at 11pm", "6.45am", "23:10", "at 6 in the morning",
  // "after midnight") is staff's own time too. 8am and 5pm are left out: some offices work them. "At night" is left out: "an
  // abusive email late at night; where do I take it?" asks the route, and with it 12 bench answers moved (docs/answers.md, answers38).
  [/\b(?:[6-9]|1[01])(?:[.:][0-5]\d)?\s?pm\b|\b(?:12|[1-7])(?:[.:][0-5]\d)?\s?am\b|\b(?:2[0-3]|0[0-7]):[0-5]\d\b|\bmidnight\b|\bsmall hours\b|\bearly hours\b|\b(?:[1-7]|five|six|seven)(?:[.:][0-5]\d)? in the morning\b/i, OUT_OF_HOURS],
  // Twentieth round: staff's own time in everyday phrases ("on my day off", "after work", "out of hours", "on leave").
  [/\bday off\b|\bafter (?:work|hours)\b|\bout of (?:office )?hours\b|\bon (?:annual )?leave\b|\bbank holiday\b/i, OUT_OF_HOURS],
  // answers39: one's own use is a private purpose ("for my own use" / "They should not be used for private purposes").
  [/\b(?:my|his|her|their|our) own (?:use|purposes?|benefit)\b|\bpersonal (?:use|purposes?)\b/i, 'private personal purposes'],
  // answers44: letting someone know is telling them, in a protocol's words informing or notifying them ("they should inform
  // the Clerk", "must notify the Town Clerk", "the councillor will be told"); "let" alone reads as a permission.
  [/\blet (?:[\w']+ ){1,3}know\b/i, 'inform notify tell told'],
  // Asking whom to tell, or whether to tell anyone, is asking where a thing is reported, passed or referred to.
  [/\bwho (?:do|should|shall|would|must|can) (?:i|we) (?:tell|let know|inform)\b|\b(?:tell|inform|let) (?:anyone|anybody|someone|somebody)\b/i, 'report reported notify pass passed refer referred'],
  // Letting staff go, getting rid of them, is their dismissal.
  [/\b(?:let|letting) (?:(?:the |our |my |a |an )?\w+ )?go\b(?! (?:to|and|ahead|along|on|through)\b)|\bget(?:ting)? rid of\b/i, 'dismissal dismiss dismissing'],
  // Having a word with someone is raising a matter with them, or talking it over.
  [/\b(?:have|having|had|has) a (?:quiet |quick |little )?word with\b/i, 'raise discuss speak talk'],
  // answers49: a member of staff's yearly review is their appraisal ("The Clerk's annual appraisal is carried out by …").
  [/\b(?:yearly|annual|performance|end of year) (?:review|assessment|chat)\b|\bperformance review\b/i, 'appraisal appraisals'],
  // Fearing trouble for speaking up is fearing a detriment ("No Employee shall suffer any detriment for raising a concern").
  [/\b(?:get|be|land|am|i'?m) (?:\w+ )?(?:in|into) (?:trouble|bother|hot water)\b[^.?!]{0,40}\b(?:if|for) (?:i|we) (?:complain|report|raise|speak|whistle)\w*/i, 'detriment disadvantage victimised'],
  // A statement to the press is a press release ("Press releases on behalf of the Council will be issued by …").
  [/\bpress (?:statements?|notices?)\b|\bstatements? (?:to|for) the (?:press|media|papers?)\b/i, 'press release releases'],
  // Taking people on is appointing them.
  [/\b(?:take|takes|taking|took) on (?:new |more |extra )?(?:staff|officers?|employees?|people|someone|anyone|workers?)\b/i, 'appoint appoints appointment recruitment'],
];

/**
 * Irregular verb forms the stemmer cannot join to their base ("paid" and "pays", "written" and
 * "writing"): both the question and the protocol's sentences also count the base form.
 */
export const IRREGULAR_FORMS: ReadonlyMap<string, string> = new Map(Object.entries({
  paid: 'pay', written: 'write', wrote: 'write', made: 'make', given: 'give', gave: 'give', taken: 'take', took: 'take',
  told: 'tell', said: 'say', sent: 'send', kept: 'keep', held: 'hold', brought: 'bring', sought: 'seek', chosen: 'choose',
  chose: 'choose', known: 'know', knew: 'know', seen: 'see', saw: 'see', spoken: 'speak', spoke: 'speak', heard: 'hear',
  found: 'find', bought: 'buy', met: 'meet', thought: 'think', taught: 'teach', begun: 'begin', began: 'begin',
  shown: 'show', dealt: 'deal', meant: 'mean', lent: 'lend', spent: 'spend', drawn: 'draw', drew: 'draw',
}));

/**
 * The protocol's words for a message's everyday words and phrases, one string per match (`EVERYDAY_TO_PROTOCOL` by
 * word, `EVERYDAY_PHRASES` by pattern): what the answer's sentence choice and the clause ranking both add to a message.
 */
export function protocolWordsFor(message: string): string[] {
  const formal: string[] = [];
  // Split into sentences only for a message holding a word of two senses (few do: this runs for every answer).
  let sentences: string[][] | undefined;
  for (const word of new Set(message.toLowerCase().match(/[a-z]+/g) ?? [])) {
    const words = EVERYDAY_TO_PROTOCOL.get(word);
    if (!words) continue;
    const sense = SENSE_OF.get(word);
    if (sense) {
      sentences ??= sentenceWords(message);
      if (!sentences.some((ws) => ws.some((w, at) => w === word && sense(ws, at)))) continue;
    }
    formal.push(words);
  }
  for (const [phrase, words] of EVERYDAY_PHRASES) if (phrase.test(message)) formal.push(words);
  // "not happy" is "unhappy", and so also what "unhappy" is in the protocol's words.
  for (const prefixed of prefixedForms(message)) formal.push([prefixed, EVERYDAY_TO_PROTOCOL.get(prefixed) ?? ''].join(' ').trim());
  return formal;
}

/** A message's words, sentence by sentence, lower case, a curly apostrophe read as a straight one ("officer’s" is "officer's"). */
function sentenceWords(message: string): string[][] {
  return message
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .split(/[.!?;:\n]+/)
    .map((sentence) => sentence.match(/[a-z]+(?:'[a-z]+)?/g) ?? []);
}

/** Words that make the next word a noun: "a report", "the clerk's report", "my report". */
const DETERMINERS = new Set(['a', 'an', 'the', 'my', 'your', 'his', 'her', 'its', 'our', 'their', 'this', 'that', 'these', 'those', 'any', 'each', 'every', 'another', 'no', 'whose', 'which', 'what']);
/** Words that make the next word a verb: a subject, an auxiliary or "to" ("who do I report it to?", "I want to report him"). */
const BEFORE_A_VERB = new Set(['to', 'i', 'we', 'you', 'they', 'he', 'she', "i'll", "i'd", "we'll", "we'd", "you'd", 'can', 'could', 'should', 'shall', 'would', 'will', 'must', 'may', 'might', 'do', 'does', 'did', 'please', 'not', 'also', 'just', 'then', 'and', 'or']);
/** Words that, after it, make a word a verb with an object: "report it", "report him to the clerk". */
const OBJECTS = new Set(['it', 'him', 'her', 'them', 'me', 'us', 'this', 'that', 'someone', 'somebody', 'anyone', 'anybody']);

/**
 * "report" in a council is most often a document ("the officer's report on the car park", "a draft report", "my report
 * to committee") and only sometimes telling someone of a wrong ("who do I report it to?", "can I report a councillor?").
 * Read from its neighbours: a determiner or a possessive before it makes it the document; a subject, an auxiliary or
 * "to" before it, or an object pronoun after it, makes it the act; anything else ("officers report on …") the document.
 */
function tellingSense(words: string[], at: number): boolean {
  const before = words[at - 1];
  const after = words[at + 1];
  if (before !== undefined && (DETERMINERS.has(before) || before.endsWith("'s"))) return false;
  if (before !== undefined && BEFORE_A_VERB.has(before)) return true;
  return after !== undefined && OBJECTS.has(after);
}

/**
 * Words of EVERYDAY_TO_PROTOCOL with two senses, and a reading of the one whose protocol words the entry adds: the
 * entry counts only where the word is met, in one of the message's sentences, in that sense.
 */
const SENSE_OF: ReadonlyMap<string, (sentenceWords: string[], at: number) => boolean> = new Map([['report', tellingSense]]);

/**
 * A word and its form with a negative prefix, which people and protocols use for the same thing: "I'm not sure" and
 * "if you are unsure", "not able to attend" and "unable to attend", "isn't appropriate" and "inappropriate". General
 * usage, written from the language, not from any evaluation question. Only the sense-keeping direction is read: "not
 * sure" also counts as "unsure"; "unsure" is not read as "sure".
 */
export const NEGATIVE_PREFIXED: ReadonlyMap<string, string> = new Map(Object.entries({
  sure: 'unsure', certain: 'uncertain', clear: 'unclear', able: 'unable', happy: 'unhappy', satisfied: 'dissatisfied',
  acceptable: 'unacceptable', appropriate: 'inappropriate', agree: 'disagree', agreed: 'disagreed', allowed: 'disallowed',
  aware: 'unaware', available: 'unavailable', willing: 'unwilling', fair: 'unfair', reasonable: 'unreasonable',
  professional: 'unprofessional', necessary: 'unnecessary', authorised: 'unauthorised', authorized: 'unauthorized',
  comfortable: 'uncomfortable', possible: 'impossible', proper: 'improper', polite: 'impolite', respectful: 'disrespectful',
  courteous: 'discourteous', relevant: 'irrelevant', lawful: 'unlawful', legal: 'illegal', honest: 'dishonest',
  suitable: 'unsuitable', resolved: 'unresolved', answered: 'unanswered', paid: 'unpaid', declared: 'undeclared',
  helpful: 'unhelpful', safe: 'unsafe', approve: 'disapprove', approved: 'unapproved', trust: 'distrust',
  obey: 'disobey', obeyed: 'disobeyed', reliable: 'unreliable', responsive: 'unresponsive', fit: 'unfit', well: 'unwell',
  successful: 'unsuccessful', qualified: 'unqualified', invited: 'uninvited', announced: 'unannounced',
}));

/** The words between a negation and what it negates: "not be able", "don't feel comfortable", "isn't really clear". */
const NEGATED = /\b(?:not|never|cannot|no longer|[a-z]+n['\u2019]t|(?:do|does|did|is|are|was|were|ca|could|would|should|wo|have|has|had|ai)nt)\s+((?:(?:be|been|being|feel|feeling|felt|seem|seems|very|really|entirely|quite|fully|totally|always|particularly|so|too|completely|at all)\s+){0,2})([a-z]+)/g;

/**
 * The prefixed form of each negated word in a text ("not sure" gives "unsure"), for both the question and the protocol's
 * sentences to count, as they count an irregular verb's base form. A word that carries a negative prefix already is left
 * alone: "not unusual" means usual, and "not unreasonable" is not "unreasonable".
 */
export function prefixedForms(text: string): string[] {
  const lower = text.toLowerCase();
  if (!/\bnot\b|\bnever\b|cannot|nt\b|n['\u2019]t\b|no longer/.test(lower)) return [];
  const out: string[] = [];
  for (const match of lower.matchAll(NEGATED)) {
    const prefixed = NEGATIVE_PREFIXED.get(match[2]);
    if (prefixed) out.push(prefixed);
  }
  return out;
}
