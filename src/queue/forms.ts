/**
 * The request forms, once for every channel: what each kind of request asks, the limits of each
 * answer, the words for a problem, how the subject is made from the answers, and what the
 * requester is told once it is filed. The console, the Slack modals and the Teams cards only
 * read their own widgets into `FormAnswers` and call `readForm`; an invalid answer is shown
 * next to its field (or asked again) with every other answer kept.
 */
import { COMPLAINT_SUBJECTS, ComplaintSubject, Person, RequestKind } from '../domain/types';
import { isAboutTheClerk } from './roles';
import type { ClerkRequest, NewRequest } from './types';

export interface FormField {
  name: string;
  /** The label on a modal or card. */
  label: string;
  /** The console's question. */
  prompt: string;
  required: boolean;
  type: 'text' | 'longtext' | 'date' | 'choice';
  /** For text: the fewest and most characters, after trimming. */
  min?: number;
  max?: number;
  /** For `choice`: the values allowed. */
  choices?: readonly string[];
  /** Said when a required answer is missing or too short. */
  missing: string;
}

const ABOUT_LABELS: Record<ComplaintSubject, string> = {
  officer: 'an officer',
  councillor: 'a councillor',
  clerk: 'the Clerk',
};
/** `officer` → "an officer": whom a complaint is about, as every channel words it. */
export const aboutLabel = (about: ComplaintSubject | string): string => (Object.hasOwn(ABOUT_LABELS, about) ? ABOUT_LABELS[about as ComplaintSubject] : about);

export const FORMS: Record<RequestKind, { title: string; fields: readonly FormField[] }> = {
  document_access: {
    title: 'Document request',
    fields: [
      { name: 'what', label: 'What documents or information do you need?', prompt: 'Which documents or information do you need?', required: true, type: 'longtext', min: 3, max: 2000, missing: 'Please say which documents or information you need.' },
      { name: 'meeting', label: 'Which meeting or committee are they for?', prompt: 'Which committee or meeting are they for? (blank if none)', required: false, type: 'text', max: 200, missing: '' },
      { name: 'reason', label: 'Why do you need them?', prompt: 'Why do you need them for your role? (blank to skip)', required: false, type: 'longtext', max: 2000, missing: '' },
      { name: 'neededBy', label: 'Needed by', prompt: 'Needed by (DD/MM/YYYY, blank if no date)?', required: false, type: 'date', missing: '' },
    ],
  },
  complaint: {
    title: 'Confidential complaint',
    fields: [
      { name: 'about', label: 'Who is the complaint about?', prompt: 'Is the complaint about an officer, a councillor or the Clerk? (officer, councillor or clerk)', required: true, type: 'choice', choices: COMPLAINT_SUBJECTS, missing: 'Please choose who the complaint is about.' },
      { name: 'whatHappened', label: 'What happened?', prompt: 'What happened? (kept confidential)', required: true, type: 'longtext', min: 10, max: 3000, missing: 'Please say what happened, in a sentence or two.' },
      { name: 'outcomeSought', label: 'What outcome would you like?', prompt: 'What outcome are you seeking? (blank to skip)', required: false, type: 'longtext', max: 1000, missing: '' },
    ],
  },
  question: {
    title: 'Question for the Clerk',
    fields: [
      { name: 'question', label: 'Your question for the Clerk', prompt: 'What would you like to ask the Clerk?', required: true, type: 'longtext', min: 3, max: 3000, missing: 'Please write your question for the Clerk.' },
    ],
  },
};

/** One field of one form, by name (throws for a name no form has: a programming error). */
export function formField(kind: RequestKind, name: string): FormField {
  const field = FORMS[kind].fields.find((f) => f.name === name);
  if (!field) throw new Error(`the ${kind} form has no field "${name}"`);
  return field;
}

/** The most characters a field takes: channels set their widgets' limits from it. */
export const maxLength = (kind: RequestKind, name: string): number => formField(kind, name).max ?? 200;

/** Answers as a channel read them from its widgets: strings, blank or missing when not given. */
export type FormAnswers = Record<string, string | undefined>;
/** What is wrong, by field name, in words for the user. */
export type FormProblems = Record<string, string>;
export type FormResult<K extends RequestKind> =
  | { ok: true; value: FormValue<K> }
  | { ok: false; problems: FormProblems; answers: FormAnswers };

export interface FormValues {
  document_access: { what: string; meeting?: string; reason?: string; neededBy?: string };
  complaint: { about: ComplaintSubject; whatHappened: string; outcomeSought?: string };
  question: { question: string; botAnswer?: string };
}
export type FormValue<K extends RequestKind> = FormValues[K];

/** Today's date in the UK, `YYYY-MM-DD` (en-CA writes dates that way). */
export function ukToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A day that exists; "2026-13-01" is an Invalid Date, whose toISOString throws, so it is checked first. */
const realDay = (v: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const day = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(v);
};

/** A date written in one of the ways `readDate` reads, as its parts (digits as typed); undefined for anything else. */
interface WrittenDate {
  day: string;
  month: string;
  year?: string;
}

function writtenDate(value: string): WrittenDate | undefined {
  const withoutYear = /^(\d{1,2})[/.-](\d{1,2})$/.exec(value);
  if (withoutYear) return { day: withoutYear[1], month: withoutYear[2] };
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (dayFirst) return { day: dayFirst[1], month: dayFirst[2], year: dayFirst[3] };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return iso ? { day: iso[3], month: iso[2], year: iso[1] } : undefined;
}

/**
 * A typed date as `YYYY-MM-DD`, or undefined if it is not a real day. People in the UK write the
 * day first (31/12/2026, 1.2.2027, 1-2-2027), so that is read too; never month first. Without a
 * year (31/12, as the refusal's own example puts it: uat20) it is the next such day from `now`'s
 * UK date: this year's, or next year's once this year's has passed.
 */
export function readDate(typed: string, now: Date = new Date()): string | undefined {
  const written = writtenDate(typed.trim());
  if (!written) return undefined;
  const monthDay = `${written.month.padStart(2, '0')}-${written.day.padStart(2, '0')}`;
  if (written.year === undefined) {
    const thisYear = Number(ukToday(now).slice(0, 4));
    return [`${thisYear}-${monthDay}`, `${thisYear + 1}-${monthDay}`].find((day) => realDay(day) && day >= ukToday(now));
  }
  const iso = `${written.year}-${monthDay}`;
  return realDay(iso) ? iso : undefined;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DATE_FORMAT_PROBLEM = 'Please give a date as DD/MM/YYYY or YYYY-MM-DD, such as 31/12 of this year.';

/**
 * Why a date written the right way is still no day, so the person fixes what is wrong: "31/02/2027" was told to
 * write DD/MM/YYYY, which it had (uat20). A month past 12 is most likely written month first (12/31/2026).
 */
function missingDayProblem(written: WrittenDate): string {
  const day = Number(written.day);
  const month = Number(written.month);
  if (month < 1 || month > 12) return `There is no month ${month}: please give a date as DD/MM/YYYY (the day first) or YYYY-MM-DD.`;
  if (day < 1) return `There is no day ${day}: please check the date.`;
  // Without a year, 29/02 is refused only when neither this year nor next has one.
  if (written.year === undefined && month === 2 && day === 29) return '29 February comes only in a leap year: please give the year too, as DD/MM/YYYY.';
  return `There is no ${day} ${MONTH_NAMES[month - 1]}${written.year === undefined ? '' : ` ${Number(written.year)}`}: please check the date.`;
}

/** What is wrong with one answer, or null. `now` decides which dates have passed. */
export function checkAnswer(field: FormField, answer: string | undefined, now: Date = new Date()): string | null {
  const value = (answer ?? '').trim();
  if (value === '') return field.required ? field.missing : null;
  switch (field.type) {
    case 'choice':
      return field.choices?.includes(value.toLowerCase()) ? null : `Please answer one of: ${field.choices?.join(', ')}.`;
    case 'date': {
      const day = readDate(value, now);
      if (!day) {
        const written = writtenDate(value);
        return written ? missingDayProblem(written) : DATE_FORMAT_PROBLEM;
      }
      return day < ukToday(now) ? 'That date has passed: please pick today or a later date.' : null;
    }
    default:
      if (field.min !== undefined && value.length < field.min) return field.missing;
      if (field.max !== undefined && value.length > field.max) {
        return `That is too long (${value.length} characters): please keep it to ${field.max.toLocaleString('en-GB')}.`;
      }
      return null;
  }
}

/**
 * Reads a whole form: the trimmed values, or every problem by field with the answers as given
 * (to put back in the form). Fields a form does not have are dropped, except a question's
 * `botAnswer`, which the channel carries, not the user.
 */
export function readForm<K extends RequestKind>(kind: K, answers: FormAnswers, now: Date = new Date()): FormResult<K> {
  const problems: FormProblems = {};
  const value: Record<string, string> = {};
  for (const field of FORMS[kind].fields) {
    const problem = checkAnswer(field, answers[field.name], now);
    if (problem) problems[field.name] = problem;
    const given = (answers[field.name] ?? '').trim();
    if (given !== '') value[field.name] = field.type === 'choice' ? given.toLowerCase() : field.type === 'date' ? (readDate(given, now) ?? given) : given;
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems, answers };
  if (kind === 'question' && answers.botAnswer?.trim()) value.botAnswer = answers.botAnswer.trim().slice(0, 10_000);
  return { ok: true, value: value as unknown as FormValue<K> };
}

/** The longest subject: lists show it on one line. The whole text stays in the details. */
export const SUBJECT_LENGTH = 120;

/** A subject line for lists: the first words of what was asked, never a reason to refuse. */
export function subjectFrom(text: string, max = SUBJECT_LENGTH): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}

/**
 * The request a valid form files. A complaint's subject names only whom it is about (the subject appears in
 * lists), the Clerk by the council's own title ("Complaint about the Chief Executive"; `clerkTitle` is the
 * council's, "Clerk" where it has none). The subject is stored as filed: rows filed before the title was used
 * keep "Complaint about the Clerk", and an export shows what the lists showed.
 */
export function newRequest<K extends RequestKind>(kind: K, council: string, requester: Person, value: FormValue<K>, clerkTitle = 'Clerk'): NewRequest {
  switch (kind) {
    case 'document_access': {
      const v = value as FormValues['document_access'];
      return { kind: 'document_access', council, requester, subject: subjectFrom(v.what), details: v };
    }
    case 'complaint': {
      const v = value as FormValues['complaint'];
      return { kind: 'complaint', council, requester, subject: `Complaint about ${v.about === 'clerk' ? `the ${clerkTitle}` : aboutLabel(v.about)}`, details: v };
    }
    default: {
      const v = value as FormValues['question'];
      return { kind: 'question', council, requester, subject: subjectFrom(v.question), details: v };
    }
  }
}

/**
 * What the requester must be told beyond "filed": for a complaint about the Clerk when nobody
 * is configured to receive it (CLERK_COMPLAINTS_USER_IDS), that the bot cannot deliver it and
 * to whom the protocol says it goes. The Clerk is named by the council's own title ("the Town
 * Clerk cannot see it"), as every other line of the receipt names them. Undefined when there is
 * nothing to add.
 */
export function undeliverableNotice(
  request: Pick<ClerkRequest, 'id' | 'kind' | 'details' | 'routing' | 'council'>,
  deliverable: boolean,
  clerkTitle = 'Clerk',
): string | undefined {
  if (!isAboutTheClerk(request) || deliverable) return undefined;
  const { recipient, clause } = request.routing;
  // Only a route with a clause is the protocol's word; any other recipient is configuration.
  const whereItGoes = clause
    ? `Your protocol says a complaint about the ${clerkTitle} goes to the ${recipient} (clause ${clause} of the protocol)`
    : `A complaint about the ${clerkTitle} goes to ${recipient}`;
  return (
    `${whereItGoes}, but nobody has been set up to receive it through this bot, so it cannot deliver it. ` +
    `It is recorded as #${request.id} and the ${clerkTitle} cannot see it; please send it to ${clause ? `the ${recipient}` : recipient} directly.`
  );
}
