import type { Slots, Subject } from './context';

/**
 * The slots a message names: who it is about, which documents, which committee or meeting.
 * People are recognised by the words councils use for them; the first one named wins, since a
 * question names its subject before the people around it ("can the vice-chair ask the clerk").
 */
const SUBJECTS: [RegExp, Subject][] = [
  [/\bvice[- ]?(?:chair(?:man|woman|person)?|mayor|president)\b|\bdeputy (?:chair(?:man|woman|person)?|mayor)\b/, 'vice_chair'],
  [/\b(?:chair(?:man|woman|person)?|mayor|lord mayor|chair of (?:the )?council)\b/, 'chair'],
  [/\b(?:(?:town|parish) )?clerk\b|\bproper officer\b|\bchief executive\b|\brfo\b|\bresponsible financial officer\b/, 'clerk'],
  [/\b(?:councillors?|cllrs?|members?(?! of (?:the )?(?:staff|public))|alderm[ae]n|ward members?)\b/, 'councillor'],
  [/\b(?:officers?|staff|employees?|groundsm[ae]n|groundstaff|caretakers?|assistants?|administrators?|receptionists?|wardens?|rangers?|cleaners?|deputy clerk|workers?|colleagues?)\b/, 'officer'],
];

/**
 * One word naming people as the protocols distinguish them, but not the chair or vice-chair (chairs
 * have a topic of their own): "and for the deputy clerk?" names only people, and so keeps the
 * thread's topic and changes its slot.
 */
export const PERSON_WORD =
  /^(?:councillors?|cllrs?|members?|alderm[ae]n|officers?|staff|employees?|groundsm[ae]n|groundstaff|caretakers?|assistants?|administrators?|receptionists?|wardens?|rangers?|cleaners?|workers?|colleagues?|clerks?|rfo|deputy|deputies|leaders?)$/;

const DOCUMENT_NOUN =
  '(?:documents?|papers?|reports?|minutes|files?|contracts?|invoices?|accounts?|emails?|correspondence|records?|tenders?|quotes?|quotations?|list|plans?|applications?|letters?|figures|budget|policy|policies|agenda|notes|data|spreadsheets?|statements?|bids?|receipts?|costings?|legal advice|advice)';
/** "… the tender documents for the pavilion", "a copy of the lease": the phrase naming what is wanted. */
const DOCUMENT = new RegExp(
  `\\b((?:the|a|an|our|their|any|all|those|these|that|this|some)\\s+(?:[a-z'-]+\\s+){0,4}${DOCUMENT_NOUN}\\b(?:\\s+(?:for|on|about|of|from|relating to|regarding)\\s+(?:the\\s+)?[a-z'-]+(?:\\s+(?!(?:before|after|by|to|so|because|and|but|as|if|when|for|please|until|at|in|on|is|are|was|were)\\b)[a-z'-]+){0,3})?)`,
  'i',
);
const MEETING =
  /\b((?:the\s+)?(?:(?!(?:of|to|for|at|in|on|with|and|or|by|from|about|the|a|an)\b)[a-z&'-]+\s+){0,3}?(?:committee|sub-committee|working group|working party|panel|full council)|(?:the\s+)?(?:next|last|tonight's|tomorrow's|(?:mon|tues|wednes|thurs|fri|satur|sun)day's|annual|extraordinary|closed|public)\s+meeting)\b/i;
/** Every committee or meeting a message names ("the planning committee", "full council", "the annual meeting"). */
export const MEETINGS = new RegExp(MEETING.source, 'gi');
/** Words that may open a captured phrase but say nothing about which document or meeting. */
const LEADING_FILLER = /^(?:the|a|an|our|their|any|all|those|these|that|this|some)\s+(?=(?:the|a|an)\s)/i;
const MAX_PHRASE = 80;

/** A post named with the Clerk's word that is an officer's, not the Clerk's ("the deputy clerk", "an assistant clerk"). */
const CLERKS_STAFF = /\b(?:deputy|assistant|junior) (?:town |parish )?clerks?\b/g;

/**
 * Every kind of person a text names, each once, in the order of SUBJECTS: the words of each kind are taken out before the
 * next is looked for, so "the vice-chair" is not a chair as well, nor "the deputy clerk" the Clerk.
 */
export function peopleNamed(text: string): Subject[] {
  let rest = text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ');
  const named = new Set<Subject>();
  if (CLERKS_STAFF.test(rest)) named.add('officer');
  rest = rest.replace(CLERKS_STAFF, ' ');
  for (const [pattern, subject] of SUBJECTS) {
    const all = new RegExp(pattern.source, 'g');
    if (all.test(rest)) named.add(subject);
    rest = rest.replace(all, ' ');
  }
  return [...named];
}

/** The one kind of person a text names, if it names exactly one. */
export function onlyPersonNamed(text: string): Subject | undefined {
  const named = peopleNamed(text);
  return named.length === 1 ? named[0] : undefined;
}

export function extractSlots(text: string): Slots {
  const lower = text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ');
  const slots: Slots = {};
  let first = Infinity;
  for (const [pattern, subject] of SUBJECTS) {
    const match = pattern.exec(lower);
    if (match && match.index < first) {
      first = match.index;
      slots.about = subject;
    }
  }
  if (slots.about) {
    const person = onlyPersonNamed(text);
    if (person) slots.person = person;
  }
  // Phrases are taken from the text as written, so a place or a name keeps its capitals.
  const written = text.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ');
  const document = DOCUMENT.exec(written)?.[1];
  if (document) slots.document = tidy(document);
  const meeting = MEETING.exec(written)?.[1];
  if (meeting && !/^(?:the |a )?(?:committee|meeting)$/i.test(meeting)) slots.meeting = tidy(meeting);
  return slots;
}

const tidy = (phrase: string): string => phrase.replace(LEADING_FILLER, '').trim().slice(0, MAX_PHRASE);

/** A follow-up keeps the slots it does not change; one that names anyone says afresh whether it named only one. */
export function carrySlots(previous: Slots, current: Slots): Slots {
  const carried: Slots = { ...previous, ...Object.fromEntries(Object.entries(current).filter(([, v]) => v !== undefined)) };
  if (current.about !== undefined && current.person === undefined) delete carried.person;
  return carried;
}

/** Words for a subject, added to a follow-up's clause search when it names no one itself. */
export const SUBJECT_WORDS: Record<Subject, string> = {
  officer: 'officer',
  clerk: 'clerk',
  councillor: 'councillor',
  chair: 'chair',
  vice_chair: 'vice-chair',
};
