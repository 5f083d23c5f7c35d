import { z } from 'zod';

/** Who receives one kind of request, and the clause of the protocol that says so. */
export const routeSchema = z.object({
  recipient: z.string().min(1),
  clause: z.string().min(1).optional(),
  note: z.string().optional(),
});
export type Route = z.infer<typeof routeSchema>;

/** A person's word that a changed clause's references still point where they should, in one version. */
export const checkedClauseSchema = z.object({
  ref: z.string().min(1),
  /** The version whose text was checked: a later version that changes the clause again is not covered. */
  version: z.number().int().positive(),
  by: z.string().min(1),
  /** When, as an ISO timestamp. */
  at: z.string().min(1),
});
export type CheckedClause = z.infer<typeof checkedClauseSchema>;

export const councilIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,39}$/, 'a council id is 2–40 lower-case letters, digits or dashes, starting with a letter');

/**
 * `data/protocols/<id>.json`, beside `<id>.txt`. Routes say who deals with each kind of
 * request; a kind without a route goes to the Clerk.
 */
export const councilMetadataSchema = z.object({
  id: councilIdSchema,
  name: z.string().min(1),
  /** When the council adopted this version, as printed ("12 May 2025"). */
  adopted: z.string().optional(),
  /** Which version of the council's protocol this is: 1 for the first ingested; see versions.ts. */
  version: z.number().int().positive().optional(),
  /** The day this version was ingested (YYYY-MM-DD). */
  ingested: z.string().optional(),
  clerkTitle: z.string().min(1).default('Clerk'),
  /**
   * Changed clauses whose hand-made references a person has checked against this version's text
   * (`protocol-bot checked`): doctor stops reporting them for this version only. See checked.ts.
   */
  checked: z.array(checkedClauseSchema).optional(),
  monitoringOfficer: z.string().min(1).optional(),
  routes: z
    .object({
      document_access: routeSchema.optional(),
      question: routeSchema.optional(),
      complaint_about_officer: routeSchema.optional(),
      complaint_about_clerk: routeSchema.optional(),
      complaint_about_councillor: routeSchema.optional(),
      /**
       * A councillor's complaint about another councillor (a breach of the protocol or the Code of Conduct): the route
       * "about a councillor" is an officer's, so this pair has its own ("may result in a complaint to the Monitoring Officer").
       */
      complaint_about_councillor_by_councillor: routeSchema.optional(),
    })
    .default({}),
});
export type CouncilMetadata = z.infer<typeof councilMetadataSchema>;
export type RouteKind = keyof CouncilMetadata['routes'];

/** Each route kind as people read it, the same in `routes`, `ingest` and `doctor`. */
export const ROUTE_KIND_NAMES: Record<RouteKind, string> = {
  complaint_about_officer: 'Complaints about officers',
  complaint_about_clerk: 'Complaints about the Clerk',
  complaint_about_councillor: 'Complaints about councillors',
  complaint_about_councillor_by_councillor: 'Complaints about councillors by councillors',
  document_access: 'Document disputes',
  question: 'Questions',
};
