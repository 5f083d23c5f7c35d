import { askingPart } from './questionType';

/**
 * A thing a story tells in the asker's words, read as its kind in a protocol's words. People name the thing ("a case of
 * wine", "a hamper", "a steak dinner", "the spreadsheet", "the minibus"); protocols name its kind ("a gift or
 * hospitality", "a document", "Council equipment … and vehicles"). Each kind lists everyday things of it and the words
 * protocols use for it; the answer stage adds a kind's words to a question whose story names one of its things, at
 * `WEIGHTS.kind`, below the asker's own words (docs/answers.md, answers37), and a council resource's kind words to a
 * question asking to use one ("Can I borrow the van?", answers39).
 *
 * Written from general English, not from any council's text or evaluation question. Left out on purpose, because in a
 * council they as often name something else: "paper(s)" (agenda papers), "report" and "letter" (protocols' own words),
 * "quote" (a contractor's price), "minutes" (five minutes), "box" (a box of files), "show", "match", "story", "news",
 * "car" (the car park), "pen" and "diary" (protocols name them themselves), "note" (a sick note), "accounts" (email
 * accounts), "pc" (a police constable), "cash". A kind for the press (the Gazette, the telly) was measured and not kept:
 * protocols also use "press" as a verb ("should not press employees"), and where a protocol has no rule on speaking to
 * the press the added word chose a sentence that does not answer (synonyms.ts's "reporter" and "paper" do the same).
 */
interface Kind {
  /** The everyday things of this kind, one word each, lower case; a plural made with -s is found from its singular. */
  things: readonly string[];
  /** The words protocols use for the kind. */
  words: string;
  /** A kind only a thing given or offered is of: a dinner one is taken out to is hospitality, a weekly round of golf is not. */
  given?: boolean;
  /**
   * A kind of thing the council lends or lets people use (its equipment, vehicles, stationery): read in the asking sentence
   * too, when that sentence asks to use, borrow or take the thing ("Can I borrow the van?"), since a protocol's rule on
   * its resources names only their kind (answers39).
   */
  used?: boolean;
}

const GIFT = 'gift gifts hospitality';

export const THING_KINDS: Readonly<Record<string, Kind>> = {
  drink: {
    given: true,
    things: ['wine', 'beer', 'lager', 'ale', 'cider', 'whisky', 'whiskey', 'gin', 'vodka', 'rum', 'brandy', 'champagne', 'prosecco', 'fizz', 'bubbly', 'booze', 'spirits', 'sherry', 'liqueur'],
    words: GIFT,
  },
  food: {
    given: true,
    things: ['hamper', 'chocolate', 'sweets', 'biscuit', 'cake', 'fudge', 'toffee', 'truffles', 'turkey', 'cheeseboard'],
    words: GIFT,
  },
  meal: {
    given: true,
    things: ['dinner', 'lunch', 'meal', 'breakfast', 'supper', 'buffet', 'banquet', 'steak', 'curry', 'takeaway', 'barbecue', 'bbq', 'drinks'],
    words: 'hospitality',
  },
  outing: {
    given: true,
    things: ['concert', 'gig', 'theatre', 'panto', 'pantomime', 'opera', 'races', 'racing', 'golf', 'cinema', 'festival', 'spa', 'hotel', 'cruise'],
    words: 'hospitality',
  },
  token: {
    given: true,
    things: ['mug', 'biro', 'keyring', 'umbrella', 'flowers', 'bouquet', 'cufflinks', 'perfume', 'calendar', 'giftcard'],
    words: 'gift gifts token',
  },
  document: {
    things: ['spreadsheet', 'memo', 'dossier', 'folder', 'pdf', 'attachment', 'printout', 'paperwork', 'invoice'],
    words: 'document documents information',
  },
  correspondence: {
    things: ['email', 'mail', 'whatsapp', 'message', 'memo'],
    words: 'correspondence',
  },
  equipment: {
    used: true,
    things: ['laptop', 'computer', 'ipad', 'tablet', 'printer', 'photocopier', 'copier', 'scanner', 'projector', 'mower', 'strimmer', 'ladder', 'tools', 'gazebo', 'marquee', 'microphone', 'ink', 'toner', 'cartridge'],
    words: 'equipment resources',
  },
  stationery: {
    used: true,
    things: ['notepaper', 'letterhead', 'envelope', 'stamp', 'postage', 'ream', 'biro', 'pencil'],
    words: 'stationery',
  },
  vehicle: {
    used: true,
    things: ['van', 'truck', 'lorry', 'tipper', 'minibus', 'tractor', 'trailer', 'pickup', 'flatbed', 'buggy'],
    words: 'vehicle vehicles',
  },
};

/**
 * The story tells of a thing given or offered: "sent me", "offered us", "invited me to", "wants to take me to", "asked me
 * out for", "dropped off", "had … delivered". Without it a meal or an outing is something the asker does ("I play golf
 * every week with the clerk"), not hospitality.
 */
const GIVEN =
  /\b(?:offer(?:s|ed|ing)?|invit(?:e|es|ed|ing|ation)|treat(?:s|ed|ing)?|gave|give[sn]?|giving|sent|send(?:s|ing)?|bought|buy(?:s|ing)?|pa(?:y|ys|id|ying) for|(?:take|took|taking|takes) (?:me|us|him|her|them)\b|asked (?:me|us) (?:out|to)|dropped (?:off|round|in)|left (?:me|us|it|them|a|an|some)\b|deliver(?:s|ed|ing|y)?|free|complimentary|on the house|as a thank|present(?:ed)?|gift(?:ed)?|won)\b/i;

/**
 * The asking sentence asks to use, borrow or take a thing: "Can I borrow …", "use the … for", "keep the … at home", "allowed the … at home", "run …
 * off on the …", "take the … home". Without it a thing the question names is what it asks about ("Can I see the emails
 * …?", "Can I pop into the depot to check on the new mower?"), and reading its kind there moved right answers (answers37).
 */
const USE = /\b(?:us(?:e|es|ed|ing)|borrow(?:s|ed|ing)?|lend(?:s|ing)?|hir(?:e|es|ed|ing)|(?:take|taking|took|keep|keeping|have|having|allowed|bring|brought) (?:[\w']+ ){0,4}(?:home|away|out|for)|at home|run(?:s|ning)? (?:[\w']+ ){0,4}off|print(?:s|ed|ing)? (?:[\w']+ ){0,4}on|(?:photo)?cop(?:y|ies|ying) (?:[\w']+ ){0,4}on)\b/i;

/** Each everyday thing with the words of its kinds (a biro is a token and stationery), for kinds of any thing… */
const KIND_WORDS_OF = kindWordsOf((kind) => !kind.given);
/** …for the kinds a thing is of only when given… */
const GIVEN_KIND_WORDS_OF = kindWordsOf((kind) => kind.given === true);
/** …and for the kinds read in the asking sentence when it asks to use the thing. */
const USED_KIND_WORDS_OF = kindWordsOf((kind) => kind.used === true);

function kindWordsOf(isOf: (kind: Kind) => boolean): ReadonlyMap<string, string> {
  const of = new Map<string, string>();
  for (const kind of Object.values(THING_KINDS)) {
    if (!isOf(kind)) continue;
    for (const thing of kind.things) of.set(thing, of.has(thing) ? `${of.get(thing)} ${kind.words}` : kind.words);
  }
  return of;
}

/** The kind words a table gives a word, or its singular when it is a plural made with -s ("mugs", "vans"). */
function kindWordsOfWord(of: ReadonlyMap<string, string>, word: string): string | undefined {
  return of.get(word) ?? (word.length > 3 && word.endsWith('s') ? of.get(word.slice(0, -1)) : undefined);
}

/**
 * The words of the kinds of the things a message's story names, one string per thing ("A builder sent me a case of wine.
 * Can I keep it?" → "gift gifts hospitality"). The story before the asking sentence is read for every kind: a thing named
 * in the question itself ("Can I see the emails between …?") is what is asked about in the asker's own words, and reading
 * its kind there moved answers that were right (docs/answers.md, answers37). The asking sentence is read only for the
 * council's resources, and only when it asks to use one ("Can I borrow the van for the weekend?": answers39).
 */
export function kindWordsFor(message: string): string[] {
  return thingsOfKinds(message).map((named) => named.words);
}

/**
 * `kindWordsFor` with the thing each string of kind words is for ("wine" → "gift gifts hospitality"). With
 * `givenAsked`, a thing given or offered in the asking sentence itself is read as well ("Where do I record a dinner
 * invitation?"): for a message the model reads as out of scope, where only a sentence on the kind can meet it
 * (coveredOutOfScope.ts); the answer stage keeps the asking sentence's things as asked (answers37).
 */
export function thingsOfKinds(message: string, options: { givenAsked?: boolean } = {}): { thing: string; words: string }[] {
  const asking = askingPart(message);
  const story = asking === message ? '' : message.slice(0, message.lastIndexOf(asking));
  const given = GIVEN.test(story);
  const storyWords = new Set(story.toLowerCase().match(/[a-z]+/g) ?? []);
  const out: { thing: string; words: string }[] = [];
  for (const word of storyWords) {
    const words = [kindWordsOfWord(KIND_WORDS_OF, word), given ? kindWordsOfWord(GIVEN_KIND_WORDS_OF, word) : undefined].filter(Boolean).join(' ');
    if (words) out.push({ thing: word, words });
  }
  if (options.givenAsked && GIVEN.test(asking)) {
    for (const word of new Set(asking.toLowerCase().match(/[a-z]+/g) ?? [])) {
      const words = storyWords.has(word) ? undefined : kindWordsOfWord(GIVEN_KIND_WORDS_OF, word);
      if (words) out.push({ thing: word, words });
    }
  }
  if (USE.test(asking)) {
    for (const word of new Set(asking.toLowerCase().match(/[a-z]+/g) ?? [])) {
      const words = storyWords.has(word) ? undefined : kindWordsOfWord(USED_KIND_WORDS_OF, word);
      if (words) out.push({ thing: word, words });
    }
  }
  return out;
}
