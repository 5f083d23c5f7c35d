import { z } from 'zod';

/** Who receives one kind of request, and the clause of the protocol that says so. */
export const routeSchema = z.object({
  recipient: z.string().min(1),
  clause: z.string().min(1).optional(),
  note: z.string().optional(),
});
export type Route = z.infer<typeof routeSchema>;

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
  monitoringOfficer: z.string().min(1).optional(),
  routes: z
    .object({
      document_access: routeSchema.optional(),
      question: routeSchema.optional(),
      complaint_about_officer: routeSchema.optional(),
      complaint_about_clerk: routeSchema.optional(),
      complaint_about_councillor: routeSchema.optional(),
    })
    .default({}),
});
export type CouncilMetadata = z.infer<typeof councilMetadataSchema>;
export type RouteKind = keyof CouncilMetadata['routes'];
