import type { ClerkRequest } from '../../src/queue/types';

/** A Flitwick document request as the channels' renderers receive it; a test overrides what it is about. */
export function flitwickRequest(overrides: Partial<ClerkRequest> = {}): ClerkRequest {
  return {
    id: 7,
    kind: 'document_access',
    council: 'flitwick',
    status: 'new',
    requester: { userId: 'teams:jo', name: 'Jo **Bloggs**', role: 'councillor' },
    subject: 'Pavilion tender',
    details: { what: 'Pavilion tender documents', meeting: 'Amenities', reason: 'Ward member', neededBy: '2025-03-10' },
    routing: { recipient: 'Town Clerk', clause: '59', note: 'The Town Clerk decides disputed requests.' },
    confidential: false,
    createdAt: '2025-03-03T09:00:00.000Z',
    updatedAt: '2025-03-03T09:00:00.000Z',
    acknowledgeBy: '2025-03-05T09:00:00.000Z',
    resolveBy: '2025-03-31T09:00:00.000Z',
    overdue: false,
    ...overrides,
  };
}
