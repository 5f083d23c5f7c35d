import { PorterStemmer } from './natural';

/**
 * Text normalisation shared by the intent classifier and clause search, so that a question and
 * a protocol speak the same vocabulary: British and American spellings, councils' synonyms for
 * the same people (member/councillor, officer/employee/staff) and common abbreviations.
 */

/** Whole-word rewrites applied before stemming. Keys are lower-case tokens. */
const CANONICAL_ENTRIES: [string, string][] = [
  // people
  ['member', 'councillor'], ['members', 'councillors'], ['cllr', 'councillor'], ['cllrs', 'councillors'], ['clr', 'councillor'], ['clrs', 'councillors'],
  ['councilor', 'councillor'], ['councilors', 'councillors'], ['councilllor', 'councillor'], ['counciller', 'councillor'], ['councellor', 'councillor'],
  ['councilor', 'councillor'], ['counsellor', 'councillor'], ['counsillor', 'councillor'], ['councillr', 'councillor'], ['councilllors', 'councillors'],
  ['employee', 'officer'], ['employees', 'officers'], ['staff', 'officers'], ['staffer', 'officer'],
  ['worker', 'officer'], ['workers', 'officers'], ['oficer', 'officer'], ['offcer', 'officer'], ['officr', 'officer'],
  ['chairman', 'chair'], ['chairwoman', 'chair'], ['chairperson', 'chair'], ['mayor', 'chair'],
  ['vice-chair', 'vicechair'], ['vice-chairman', 'vicechair'], ['vc', 'vicechair'],
  ['clrk', 'clerk'], ['clek', 'clerk'], ['cleark', 'clerk'], ['dc', 'clerk'],
  // spelling: British and American forms read as one word
  ['behaviour', 'behavior'], ['behaviours', 'behaviors'], ['favour', 'favor'], ['honour', 'honor'], ['colour', 'color'],
  ['labour', 'labor'], ['neighbour', 'neighbor'], ['neighbours', 'neighbors'], ['rumour', 'rumor'], ['rumours', 'rumors'], ['humour', 'humor'],
  ['endeavour', 'endeavor'], ['harbour', 'harbor'], ['defence', 'defense'], ['offence', 'offense'], ['offences', 'offenses'],
  ['licence', 'license'], ['practise', 'practice'], ['programme', 'program'], ['programmes', 'programs'],
  ['centre', 'center'], ['centres', 'centers'], ['theatre', 'theater'], ['judgement', 'judgment'], ['enquiry', 'inquiry'], ['enquiries', 'inquiries'],
  ['enquire', 'inquire'], ['travelling', 'traveling'], ['travelled', 'traveled'], ['cancelled', 'canceled'], ['counselling', 'counseling'],
  ['fulfil', 'fulfill'], ['fulfils', 'fulfills'], ['ageing', 'aging'], ['kerb', 'curb'], ['cheque', 'check'], ['cheques', 'checks'],
  ['emails', 'email'], ['e-mail', 'email'], ['e-mails', 'email'], ['emailed', 'email'], ['emailing', 'email'],
  // common misspellings of the words these protocols turn on
  ['complant', 'complaint'], ['complaits', 'complaints'], ['greivance', 'grievance'],
  ['grievence', 'grievance'], ['agnda', 'agenda'], ['ajenda', 'agenda'], ['comittee', 'committee'], ['commitee', 'committee'],
  ['committe', 'committee'], ['commitee', 'committee'], ['comittees', 'committees'], ['confidental', 'confidential'], ['confidencial', 'confidential'],
  ['protocal', 'protocol'], ['protocoll', 'protocol'], ['proticol', 'protocol'], ['documnets', 'documents'], ['docments', 'documents'],
  ['minuets', 'minutes'], ['recieve', 'receive'], ['recieved', 'received'], ['seperate', 'separate'], ['definately', 'definitely'],
  ['accomodation', 'accommodation'], ['occured', 'occurred'], ['harrassment', 'harassment'], ['harrasment', 'harassment'], ['harasment', 'harassment'],
  ['interst', 'interest'], ['intrest', 'interest'], ['intrests', 'interests'], ['prejudical', 'prejudicial'], ['pecunary', 'pecuniary'],
  ['questoin', 'question'], ['reccomend', 'recommend'], ['recomend', 'recommend'], ['recomendation', 'recommendation'],
  ['responce', 'response'], ['buisness', 'business'], ['busness', 'business'], ['apointment', 'appointment'], ['publically', 'publicly'],
  ['embarassed', 'embarrassed'], ['embarrased', 'embarrassed'], ['meeeting', 'meeting'], ['meating', 'meeting'],
  ['jouranlist', 'journalist'], ['journo', 'journalist'], ['journos', 'journalists'], ['reporter', 'journalist'], ['reporters', 'journalists'],
  // chat shorthand and text-speak
  ['pls', 'please'], ['plz', 'please'], ['plse', 'please'], ['thx', 'thanks'], ['thanx', 'thanks'], ['ty', 'thanks'], ['tx', 'thanks'], 
  ['u', 'you'], ['ya', 'you'], ['ur', 'your'], ['r', 'are'], ['y', 'why'], ['b4', 'before'], ['ppl', 'people'], ['abt', 'about'], ['bout', 'about'],
  ['shld', 'should'], ['shd', 'should'], ['wld', 'would'], ['wud', 'would'], ['cld', 'could'], ['cud', 'could'], ['thru', 'through'],
  ['nxt', 'next'], ['wk', 'week'], ['wks', 'weeks'], ['yr', 'year'], ['yrs', 'years'], ['mins', 'minutes'], ['hrs', 'hours'],
  ['tmrw', 'tomorrow'], ['tmw', 'tomorrow'], ['2moro', 'tomorrow'], ['2day', 'today'], ['2nite', 'tonight'], ['tonite', 'tonight'],
  ['cos', 'because'], ['coz', 'because'], ['cuz', 'because'], ['bc', 'because'], ['becos', 'because'],
  ['dont', 'do not'], ['doesnt', 'does not'], ['didnt', 'did not'], ['cant', 'can not'], ['cannot', 'can not'], ['wont', 'will not'], ['isnt', 'is not'],
  ['arent', 'are not'], ['wasnt', 'was not'], ['shouldnt', 'should not'], ['wouldnt', 'would not'], ['couldnt', 'could not'], ['havent', 'have not'],
  ['im', 'i am'], ['ive', 'i have'], ['whats', 'what is'], ['whos', 'who is'], ['hes', 'he is'], ['shes', 'she is'],
  ['theyre', 'they are'], ['thats', 'that is'], ['theres', 'there is'], ['wats', 'what is'], ['wat', 'what'], ['wot', 'what'], ['hw', 'how'], ['wen', 'when'],
  ['msg', 'message'], ['msgs', 'messages'], ['txt', 'text'], ['info', 'information'], ['docs', 'documents'], ['doc', 'document'], ['asap', 'urgent'],
  ['hr', 'personnel'], ['convo', 'conversation'], ['mtg', 'meeting'], ['mtgs', 'meetings'], ['cttee', 'committee'], ['cttees', 'committees'],
  ['ctee', 'committee'], ['cmtee', 'committee'], ['cmte', 'committee'], ['ctte', 'committee'], ['q', 'question'], ['qs', 'questions'], ['qn', 'question'],
  ['dept', 'department'], ['govt', 'government'], ['approx', 'approximately'], ['w', 'with'], ['wrt', 'regarding'], ['re', 'regarding'],
  // dropped g's
  ['mornin', 'morning'], ['evenin', 'evening'], ['nothin', 'nothing'], ['somethin', 'something'], ['gettin', 'getting'], ['goin', 'going'],
  ['doin', 'doing'], ['askin', 'asking'], ['wonderin', 'wondering'], ['thinkin', 'thinking'], ['lookin', 'looking'], ['talkin', 'talking'],
  ['havin', 'having'], ['sayin', 'saying'], ['workin', 'working'], ['tryin', 'trying'], ['comin', 'coming'], ['meetin', 'meeting'],
  // local-government abbreviations
  ['fb', 'facebook'], ['insta', 'instagram'], ['pc', 'parish council'], ['fc', 'full council'],
  ['mo', 'monitoring officer'], ['foi', 'freedom of information'], ['foia', 'freedom of information'],
  ['sos', 'standing orders'], ['agm', 'annual meeting'], ['apm', 'annual parish meeting'], 
  ['ooo', 'out of office'], ['pa', 'personal assistant'], ['cx', 'chief executive'],
];

/** Built once as a Map: a user's word must never reach a plain object (`constructor`, `__proto__`). */
const CANONICAL = new Map<string, string>(CANONICAL_ENTRIES.filter(([from, to]) => from !== to));

/** Builds British -ise spellings and their forms, each read as the -ize one. */
for (const root of `organ recogn apolog critic priorit author real emphas summar minim public final scrutin special util standard categor
  jeopard penal formal familiar victim patron sympath harmon capital custom civil legit`.split(/\s+/)) {
  for (const [british, american] of [['ise', 'ize'], ['ised', 'ized'], ['ises', 'izes'], ['ising', 'izing'], ['isation', 'ization'], ['isations', 'izations']]) {
    CANONICAL.set(`${root}${british}`, `${root}${american}`);
  }
}

/**
 * Kinds of people named by job or office. The word is kept and its kind added after it, so
 * "the groundsman" reads as an officer without losing what the groundsman does.
 */
const KIND_OF_PERSON = new Map<string, string>(Object.entries({
  groundsman: 'officer', groundsmen: 'officers', caretaker: 'officer', caretakers: 'officers',
  handyman: 'officer', gardener: 'officer', gardeners: 'officers', cleaner: 'officer', cleaners: 'officers',
  ranger: 'officer', rangers: 'officers', warden: 'officer', wardens: 'officers', receptionist: 'officer',
  administrator: 'officer', admin: 'officer', assistant: 'officer', bookkeeper: 'officer', rfo: 'officer',
  clerk: 'officer', clerks: 'officers', manager: 'officer', director: 'officer', executive: 'officer',
  secretary: 'officer', apprentice: 'officer', attendant: 'officer', supervisor: 'officer', ceo: 'officer',
  chair: 'councillor', leader: 'councillor', vicechair: 'councillor', alderman: 'councillor',
}));

/** Words so common in these texts that they say nothing about the topic. */
export const STOPWORDS = new Set(
  `a an the and or but if of to in on at by for with from as is are was were be been being am do does did
   doing have has had having it its this that these those there here i me my we our us you your he him his
   she her they them their what which who whom whose when where why how so than then too very can could
   would should shall will may might must just also about into over under any all some such no not only own
   same other each both few more most up out off again further once get got`.split(/\s+/),
);

/** Phrases whose words would mislead one by one: a "member of staff" is not a councillor. */
const PHRASES: [RegExp, string][] = [
  [/\bmembers of (?:the )?staff\b|\bstaff members\b/g, 'officers'],
  [/\bmember of (?:the )?staff\b|\bstaff member\b/g, 'officer'],
  [/\bmembers of the public\b/g, 'residents'],
  [/\bmember of the public\b/g, 'resident'],
  // "SO's" would lose its "'s" and read as "so".
  [/\bso['\u2019]?s\b/g, 'standing orders'],
  // "TC": the Town Clerk when someone is meant, the Town Council before a meeting or its papers.
  [/\btc(?= (?:meeting|meetings|agenda|minutes|policy|budget|decision)\b)/g, 'town council'],
  [/\b(the|our|your|my|a|to|ask|tell|told) tc\b/g, '$1 town clerk'],
  [/\btc\b/g, 'town council'],
  // "the office" is the Clerk and staff, not the room.
  [/\bthe office\b/g, 'the office officers'],
];

/** Lower-cases, unifies quotes and dashes, and splits into word tokens (keeping `vice-chair`). */
export function tokenize(text: string): string[] {
  let cleaned = text.toLowerCase();
  for (const [phrase, replacement] of PHRASES) cleaned = cleaned.replace(phrase, replacement);
  cleaned = cleaned
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u2013\u2014]/g, ' ')
    .replace(/'s\b/g, '')
    .replace(/n't\b/g, ' not');
  return cleaned.match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? [];
}

/** A token's canonical word(s): a contraction without its apostrophe may become two words. */
function canonical(token: string): string {
  return CANONICAL.get(token) ?? token;
}

/** Canonical words, each followed by the kind of person it names, if it names one. */
export function canonicalWords(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    for (const word of canonical(token).split(' ')) {
      out.push(word);
      const kind = KIND_OF_PERSON.get(word);
      if (kind) out.push(kind);
    }
  }
  return out;
}

/** Content-word stems only: for ranking clauses, where function words are noise. */
export function contentStems(text: string): string[] {
  // Loops, not flatMap/filter/map: every message is stemmed several times (scope check, clause
  // ranking, answer), and the chained arrays were a fifth of the time per message.
  const stems: string[] = [];
  for (const token of tokenize(text)) {
    for (const word of canonical(token).split(' ')) {
      for (const part of word.split('-')) if (part.length > 1 && !STOPWORDS.has(part)) stems.push(stem(part));
    }
  }
  return stems;
}

const stemCache = new Map<string, string>();

/** Every stem worked out in this process so far, and stems known in advance (src/nlu/stemDictionary.ts). */
export const stemsSoFar = (): [string, string][] => [...stemCache];
export function addKnownStems(entries: [string, string][]): void {
  for (const [word, stemmed] of entries) if (stemCache.size < 100_000) stemCache.set(word, stemmed);
}

export function stem(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = /^\d+$/.test(word) ? word : PorterStemmer.stem(word);
    if (stemCache.size < 100_000) stemCache.set(word, stemmed);
  }
  return stemmed;
}
