import { z } from 'zod';
import { COMPLAINT_SUBJECTS } from '../../../../queue/types';
import type { OfferPayload } from '../../blocks';

const offerSchema = z.object({
  c: z.string().max(40),
  s: z.string().max(2000).optional(),
  a: z.enum(COMPLAINT_SUBJECTS).optional(),
  q: z.string().max(2000).optional(),
  b: z.string().max(2000).optional(),
});

/** What an offered-action button carries; an unreadable value gives an empty prefill. */
export function readOffer(value: string | undefined): Partial<OfferPayload> {
  try {
    const parsed = offerSchema.safeParse(JSON.parse(value ?? '{}'));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}
