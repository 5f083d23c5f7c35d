import type { Clause } from '../protocols/parse';
import type { ScopeReason } from '../nlu/scope';
import { contentStems } from '../nlu/normalize';
import { withoutChatter } from '../nlu/chatter';
import { splitSentences } from './sentences';
import { thingsOfKinds } from './thingKinds';
import { IRREGULAR_FORMS, protocolWordsFor } from './synonyms';
import { topicWordsFor } from './topicWords';

/**
 * A message the intent model reads as out of scope, answered all the same when the council's own protocol has a
 * sentence that plainly meets it (docs/answers.md, answers46).
 *
 * The model's out-of-scope class is learned from what the shipped protocols leave out: gifts and hospitality, expenses,
 * booking a room, a lost laptop. A council that ingests its own protocol may well have rules on those, and telling a
 * councillor "your protocol doesn't cover that" when it does is wrong. The intent stays out of scope (the model's
 * reading is not second-guessed); only the reply quotes the sentence, marked unsure, with the Clerk still offered.
 *
 * "Plainly meets" is read by words alone, strictly: most of the message's own content words (each weighted by how
 * rare it is among the protocol's sentences, so a word only one rule uses counts most) found in one sentence and its
 * clause heading, and at least two different words shared. The protocol's words for the message's everyday ones and
 * for the things its story names (a case of wine as "gift or hospitality", src/answer/synonyms.ts and thingKinds.ts)
 * count at half a word of its own (only a thing's kind counts as another word shared: "tell" and its protocol word
 * "inform" are one word). A word that names a topic in the protocol's words ("mileage" and "expenses", the office
 * shutting and "hours", topicWords.ts) counts as a thing's kind does, and a thing given may be named in the asking
 * sentence itself ("a dinner invitation"); two such words meet a sentence with none of the message's own (messy-round36). Words every protocol uses for its people (council, councillor, member, officer, clerk …) say
 * nothing of the topic and are left out of both sides. A sentence's illustrations ("such as the date of a bin
 * collection", "including the village hall") do not count: they name what the rule is applied to, not what it is
 * about, and a message on a bin round or a hall for a party met them by those words alone. Two words side by side in
 * both the message and the sentence ("the Civic Centre", "bank holidays") are one name, so one word shared: the wifi in
 * the Civic Centre is not a rule on booking a room there.
 */
export const COVERED = {
  /** The least share of the message's weighted content words the sentence must hold. */
  minCoverage: 0.25,
  /** The least number of different words (its own, or a kind for a thing it names) the sentence must share. */
  minShared: 2,
  /** What a protocol word for the message's everyday word counts for, against a word of its own. */
  protocolWordShare: 0.5,
  /** What a thing the message names counts for when the sentence names its kind, against a word of its own. */
  thingShare: 1,
};

/** An out-of-scope reading whose message asks something a sentence might meet: not a keyboard mash, an empty message, or a fault report (IT help). */
const READINGS_TO_TRY: ReadonlySet<ScopeReason | undefined> = new Set<ScopeReason | undefined>(['classified', 'low_confidence', 'unexplained', undefined]);

/** The words every protocol uses for the people it is about: shared with any sentence, they say nothing of the topic. */
const PEOPLE_WORDS = new Set(contentStems('council councils councillor councillors member members officer officers staff employee employees clerk protocol parish town borough'));

export interface CoveredSentence {
  ref: string;
  text: string;
  /** The share of the message's weighted content words the sentence holds (with the protocol's words for them at their share). */
  coverage: number;
}

interface Unit {
  ref: string;
  text: string;
  /** The stems of its clause heading and of its own words, its illustrations left out. */
  stems: Set<string>;
  /** Its words' stems next to each other ("civic center"), each pair as "first second". */
  pairs: Set<string>;
}

/** A text with each irregular verb form as its base ("kept" → keep, "gave" → give), so "who keeps" meets "kept by". */
const withBaseForms = (text: string): string => text.replace(/[A-Za-z]+/g, (word) => IRREGULAR_FORMS.get(word.toLowerCase()) ?? word);

/** Each word's content stem in order, a function word leaving a gap (''): which stems stand side by side. */
const stemsInOrder = (text: string): string[] => (text.toLowerCase().match(/[a-z]+/g) ?? []).map((word) => contentStems(word)[0] ?? '');

/** The pairs of stems side by side in a text. */
function sideBySide(text: string): string[] {
  const order = stemsInOrder(text);
  const pairs: string[] = [];
  for (let i = 1; i < order.length; i++) if (order[i - 1] && order[i]) pairs.push(`${order[i - 1]} ${order[i]}`);
  return pairs;
}

/** An illustration within a sentence: from "such as", "including", "for example" to the next comma or stop. */
const ILLUSTRATION = /\b(?:such as|including|for example|for instance|e\.g\.)\s[^,;:.()]*/gi;

interface ProtocolSentences {
  units: Unit[];
  /** How many sentences each stem is in. */
  frequency: Map<string, number>;
}

const sentencesCache = new WeakMap<Clause[], ProtocolSentences>();

/** Every sentence of the protocol with its clause heading's stems, read once per protocol. */
function sentencesOf(clauses: Clause[]): ProtocolSentences {
  let read = sentencesCache.get(clauses);
  if (read) return read;
  const units: Unit[] = [];
  const frequency = new Map<string, number>();
  for (const clause of clauses) {
    for (const unit of splitSentences(clause.text)) {
      const words = withBaseForms(unit.text);
      const stems = new Set(contentStems(`${clause.heading} ${words.replace(ILLUSTRATION, ' ')}`));
      units.push({ ref: clause.ref, text: unit.text, stems, pairs: new Set(sideBySide(words)) });
      for (const s of stems) frequency.set(s, (frequency.get(s) ?? 0) + 1);
    }
  }
  read = { units, frequency };
  sentencesCache.set(clauses, read);
  return read;
}

/** Whether an out-of-scope reading is worth looking for a sentence for at all. */
export function mayBeCovered(scopeReason: ScopeReason | undefined): boolean {
  return READINGS_TO_TRY.has(scopeReason);
}

/**
 * The protocol's sentence that plainly meets a message read as out of scope, or null when none does (the usual case:
 * the shipped protocols have no rule on what the model reads as out of scope). `minShared` lowers the words it must share
 * for the one caller that checks the word itself (coveredTopic.ts: a word naming a topic learned as out of scope).
 */
export function coveredSentence(clauses: Clause[], message: string, minShared: number = COVERED.minShared): CoveredSentence | null {
  let last = lastLookup.get(clauses);
  if (last?.message !== message) {
    last = { message, found: new Map() };
    lastLookup.set(clauses, last);
  }
  const known = last.found.get(minShared);
  if (known !== undefined) return known;
  const found = findCoveredSentence(clauses, message, minShared);
  last.found.set(minShared, found);
  return found;
}

/**
 * Each protocol's last message looked up and what was found, by the words it had to share: on a protocol no intent maps, a
 * message read out of scope is looked up to read it by the covering clause's topic (coveredTopic.ts, with two words shared
 * and then with one on a named topic) and, when it stays out of scope, again with two to answer.
 */
const lastLookup = new WeakMap<Clause[], { message: string; found: Map<number, CoveredSentence | null> }>();

function findCoveredSentence(clauses: Clause[], message: string, minShared: number): CoveredSentence | null {
  const { units, frequency } = sentencesOf(clauses);
  if (units.length === 0) return null;
  const asked = withBaseForms(withoutChatter(message));
  const own = [...new Set(contentStems(asked))].filter((s) => !PEOPLE_WORDS.has(s));
  if (own.length === 0) return null;
  const notOwn = (words: string[]) => [...new Set(contentStems(words.join(' ')))].filter((s) => !PEOPLE_WORDS.has(s) && !own.includes(s));
  // A thing the story names ("a case of wine") is met by a sentence on its kind ("gift or hospitality").
  // So is a word that names a topic in the protocol's words ("mileage" and "expenses", "shut" and "hours"; topicWords.ts).
  const named = [...thingsOfKinds(asked, { givenAsked: true }), ...[...topicWordsFor(asked)].map(([thing, words]) => ({ thing, words }))];
  const things = named.map(({ thing, words }) => ({ stems: contentStems(thing), kinds: notOwn([words]) }));
  const synonyms = notOwn(protocolWordsFor(asked)).filter((s) => !things.some((t) => t.kinds.includes(s)));
  // A word in few of the protocol's sentences says more about which rule is meant; one it never uses weighs most.
  const rarity = (stem: string) => Math.log((units.length + 1) / ((frequency.get(stem) ?? 0) + 0.5));
  const total = own.reduce((sum, s) => sum + rarity(s), 0);
  if (total <= 0) return null;
  const ownPairs = sideBySide(asked)
    .map((pair) => pair.split(' '))
    .filter(([first, second]) => own.includes(first) && own.includes(second));
  let best: CoveredSentence | null = null;
  for (const unit of units) {
    let held = 0;
    let shared = 0;
    for (const s of own)
      if (unit.stems.has(s)) {
        held += rarity(s);
        shared++;
      }
    // Two words side by side in both ("the Civic Centre", "bank holidays") name one thing: one word shared, not two.
    for (const [first, second] of ownPairs) if (unit.pairs.has(`${first} ${second}`) && unit.stems.has(first) && unit.stems.has(second)) shared--;
    for (const thing of things)
      if (thing.kinds.some((s) => unit.stems.has(s)))
        for (const s of thing.stems)
          if (own.includes(s) && !unit.stems.has(s)) {
            held += COVERED.thingShare * rarity(s);
            shared++;
          }
    for (const s of synonyms) if (unit.stems.has(s)) held += COVERED.protocolWordShare * rarity(s);
    const coverage = held / total;
    if (shared >= minShared && coverage >= COVERED.minCoverage && (!best || coverage > best.coverage)) best = { ref: unit.ref, text: unit.text, coverage };
  }
  return best;
}
