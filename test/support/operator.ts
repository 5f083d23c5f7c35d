import type { Person } from '../../src/domain/types';

/** The command line's view of the queue: every request, as `protocol-bot queue list` sees them. */
export const OPERATOR: Person = { userId: 'cli', name: 'command line', role: 'clerk' };
export const SEE_ALL = { operator: true } as const;
