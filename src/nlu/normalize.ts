import { PorterStemmer } from './natural';

/**
 * Text normalisation shared by the intent classifier and clause search, so that a question and
 * a protocol speak the same vocabulary: British and American spellings, councils' synonyms for
 * the same people (member/councillor, officer/employee/staff) and common abbreviations.
 */

/** Whole-word rewrites applied before stemming. Keys are lower-case tokens. */
const CANONICAL: Record<string, string> = {
  // people
  member: 'councillor', members: 'councillors', cllr: 'councillor', cllrs: 'councillors',
  councilor: 'councillor', councilors: 'councillors',
  councilllor: 'councillor', counciller: 'councillor', councellor: 'councillor',
  employee: 'officer', employees: 'officers', staff: 'officers', staffer: 'officer',
  worker: 'officer', workers: 'officers', oficer: 'officer', offcer: 'officer',
  chairman: 'chair', chairwoman: 'chair', chairperson: 'chair', mayor: 'chair',
  'vice-chair': 'vicechair', 'vice-chairman': 'vicechair',
  // spelling
  organise: 'organize', organisation: 'organization', recognise: 'recognize', apologise: 'apologize',
  behaviour: 'behavior', behaviours: 'behaviors', favour: 'favor', honour: 'honor', colour: 'color',
  defence: 'defense', licence: 'license', practise: 'practice', programme: 'program',
  centre: 'center', judgement: 'judgment', emails: 'email', 'e-mail': 'email', 'e-mails': 'email',
  // chat shorthand
  pls: 'please', plz: 'please', thx: 'thanks', thanx: 'thanks', ty: 'thanks', u: 'you', ur: 'your',
  msg: 'message', info: 'information', docs: 'documents', doc: 'document', asap: 'urgent',
  hr: 'personnel', convo: 'conversation', mtg: 'meeting', cttee: 'committee', cttees: 'committees',
};

/**
 * Kinds of people named by job or office. The word is kept and its kind added after it, so
 * "the groundsman" reads as an officer without losing what the groundsman does.
 */
const KIND_OF_PERSON: Record<string, string> = {
  groundsman: 'officer', groundsmen: 'officers', caretaker: 'officer', caretakers: 'officers',
  handyman: 'officer', gardener: 'officer', gardeners: 'officers', cleaner: 'officer', cleaners: 'officers',
  ranger: 'officer', rangers: 'officers', warden: 'officer', wardens: 'officers', receptionist: 'officer',
  administrator: 'officer', admin: 'officer', assistant: 'officer', bookkeeper: 'officer', rfo: 'officer',
  clerk: 'officer', clerks: 'officers', manager: 'officer', director: 'officer', executive: 'officer',
  secretary: 'officer', apprentice: 'officer', attendant: 'officer', supervisor: 'officer', ceo: 'officer',
  chair: 'councillor', leader: 'councillor', vicechair: 'councillor', alderman: 'councillor',
};

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

function canonical(token: string): string {
  return CANONICAL[token] ?? token;
}

/** Canonical words, each followed by the kind of person it names, if it names one. */
export function canonicalWords(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    const word = canonical(token);
    out.push(word);
    const kind = KIND_OF_PERSON[word];
    if (kind) out.push(kind);
  }
  return out;
}

/** Content-word stems only: for ranking clauses, where function words are noise. */
export function contentStems(text: string): string[] {
  return tokenize(text)
    .map(canonical)
    .flatMap((w) => w.split('-'))
    .filter((w) => w.length > 1 && !STOPWORDS.has(w))
    .map(stem);
}

const stemCache = new Map<string, string>();
export function stem(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = /^\d+$/.test(word) ? word : PorterStemmer.stem(word);
    if (stemCache.size < 100_000) stemCache.set(word, stemmed);
  }
  return stemmed;
}
