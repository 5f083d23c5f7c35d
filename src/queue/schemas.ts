import { z } from 'zod';
import { COMPLAINT_SUBJECTS, NewRequest, Person, QueueError, REQUEST_STATUSES, ROLES } from './types';

/**
 * zod schemas for everything that enters the queue. The queue validates again whatever a
 * channel or the CLI already checked: it is the last door before the database.
 */

const typeError = (what: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? `${what} is missing` : `${what} must be text`;

const text = (what: string, max: number) =>
  z
    .string({ error: typeError(what) })
    .trim()
    .min(1, `${what} must not be empty`)
    .max(max, `${what} is too long (at most ${max} characters)`);

const optionalText = (what: string, max: number) =>
  z
    .string({ error: typeError(what) })
    .trim()
    .max(max, `${what} is too long (at most ${max} characters)`)
    .optional()
    .transform((v) => (v === '' ? undefined : v));

export const personSchema = z.object({
  userId: text('the user id', 200),
  name: text('the name', 200),
  role: z.enum(ROLES, { error: `the role must be one of ${ROLES.join(', ')}` }),
});

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'the date must be written YYYY-MM-DD')
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), 'that date does not exist');

const base = {
  council: text('the council', 40),
  requester: personSchema,
  subject: text('the subject', 200),
};

export const newRequestSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('document_access'),
      ...base,
      details: z.object({
        what: text('what is requested', 2000),
        meeting: optionalText('the committee or meeting', 200),
        reason: optionalText('the reason', 2000),
        neededBy: isoDate.optional(),
      }),
    }),
    z.object({
      kind: z.literal('complaint'),
      ...base,
      details: z.object({
        about: z.enum(COMPLAINT_SUBJECTS, { error: `a complaint is about one of: ${COMPLAINT_SUBJECTS.join(', ')}` }),
        whatHappened: text('what happened', 5000),
        outcomeSought: optionalText('the outcome sought', 2000),
      }),
    }),
    z.object({
      kind: z.literal('question'),
      ...base,
      details: z.object({
        question: text('the question', 5000),
        botAnswer: optionalText("the bot's answer", 10000),
      }),
    }),
  ],
  { error: 'the kind must be one of document_access, complaint, question' },
);

export const statusSchema = z.enum(REQUEST_STATUSES, { error: `the status must be one of ${REQUEST_STATUSES.join(', ')}` });

export const listFilterSchema = z.object({
  status: z.union([statusSchema, z.literal('open')], { error: `the status must be open or one of ${REQUEST_STATUSES.join(', ')}` }).optional(),
  requesterId: text('the user id', 200).optional(),
  council: text('the council', 40).optional(),
  limit: z.number().int().min(1).max(10_000).optional(),
});
export type ListFilter = z.input<typeof listFilterSchema>;

export const noteSchema = optionalText('the note', 2000);

export const feedbackSchema = z.object({
  userId: text('the user id', 200),
  council: text('the council', 40),
  intent: text('the intent', 100),
  helpful: z.boolean(),
  clauseRefs: z.array(z.string().trim().min(1).max(100)).max(50),
});
export type Feedback = z.output<typeof feedbackSchema>;

/** Long messages are cut rather than refused: the Clerk needs the gist, not the whole essay. */
export const UNANSWERED_TEXT_LIMIT = 2000;
export const unansweredSchema = z.object({
  userId: text('the user id', 200),
  council: text('the council', 40),
  text: z
    .string()
    .trim()
    .min(1, 'the question must not be empty')
    .transform((v) => v.slice(0, UNANSWERED_TEXT_LIMIT)),
  intent: text('the intent', 100),
  confidence: z.number().min(0).max(1),
});
export type Unanswered = z.output<typeof unansweredSchema>;

export const referenceSchema = z.object({
  platform: text('the platform', 40),
  key: text('the key', 500),
  reference: text('the reference', 20_000),
});

/** Parses or throws QueueError('invalid') naming the first problem in plain words. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new QueueError('invalid', describeIssue(result.error.issues[0]));
}

export function describeIssue(issue: z.core.$ZodIssue): string {
  // The messages above are lower-case sentences that name their field; zod's own (capitalised,
  // e.g. "Invalid input: expected object") get the path put in front.
  const where = issue.path.length ? issue.path.join('.') : '';
  const custom = /^[a-z]/.test(issue.message);
  return custom || !where ? issue.message : `${where}: ${issue.message}`;
}

export const validPerson = (person: unknown): Person => parseOrThrow(personSchema, person);
export const validNewRequest = (request: unknown): NewRequest => parseOrThrow(newRequestSchema, request) as NewRequest;
