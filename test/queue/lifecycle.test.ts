import path from 'node:path';
import { ClerkQueue } from '../../src/queue/queue';
import { Person, QueueError, REQUEST_STATUSES, RequestStatus } from '../../src/queue/types';
import { clerk, complaint, documentRequest, FakeClock, HOUR, jo, officer, openQueue, removeTempDirs, sam, tempDir } from './helpers';

/**
 * The lifecycle written out by hand from issue 4, independently of src/queue/lifecycle.ts:
 * new → acknowledged → in_progress → resolved | refused (refusal with a reason), and
 * withdrawn by the requester while the request is open.
 */
const CLERK_MOVES: Array<[RequestStatus, RequestStatus]> = [
  ['new', 'acknowledged'],
  ['acknowledged', 'in_progress'],
  ['in_progress', 'resolved'],
  ['in_progress', 'refused'],
];
const OPEN: RequestStatus[] = ['new', 'acknowledged', 'in_progress'];

const legalFor = (actor: 'clerk' | 'requester' | 'stranger', from: RequestStatus, to: RequestStatus): boolean => {
  if (actor === 'clerk') return CLERK_MOVES.some(([f, t]) => f === from && t === to);
  if (actor === 'requester') return to === 'withdrawn' && OPEN.includes(from);
  return false;
};

const PAIRS = REQUEST_STATUSES.flatMap((from) => REQUEST_STATUSES.map((to) => [from, to] as [RequestStatus, RequestStatus]));
const ACTORS: Array<['clerk' | 'requester' | 'stranger', Person]> = [
  ['clerk', clerk],
  ['requester', jo],
  ['stranger', sam],
];

let queue: ClerkQueue;
const clock = new FakeClock();

beforeAll(() => {
  queue = openQueue(path.join(tempDir(), 'queue.sqlite'), { now: clock.now });
});
afterAll(() => {
  queue.close();
  removeTempDirs();
});

/** A request of Jo's brought to `status` by the legal route. */
function requestIn(status: RequestStatus): number {
  const { id } = queue.file(documentRequest(jo));
  const path: Record<RequestStatus, Array<[RequestStatus, Person, string?]>> = {
    new: [],
    acknowledged: [['acknowledged', clerk]],
    in_progress: [['acknowledged', clerk], ['in_progress', clerk]],
    resolved: [['acknowledged', clerk], ['in_progress', clerk], ['resolved', clerk]],
    refused: [['acknowledged', clerk], ['in_progress', clerk], ['refused', clerk, 'Exempt: legal advice to the council']],
    withdrawn: [['withdrawn', jo]],
  };
  for (const [to, actor, note] of path[status]) {
    clock.advance(HOUR);
    queue.move(id, to, actor, note);
  }
  return id;
}

describe('every transition, for the Clerk, the requester and another councillor', () => {
  for (const [actorKind, actor] of ACTORS) {
    test.each(PAIRS)(`${actorKind}: %s → %s`, (from, to) => {
      const id = requestIn(from);
      const before = queue.get(id, clerk);
      const outboxBefore = queue.outbox.forRequest(id).length;
      const note = to === 'refused' ? 'The papers are exempt under paragraph 3' : undefined;
      clock.advance(HOUR);
      if (legalFor(actorKind, from, to)) {
        const moved = queue.move(id, to, actor, note);
        expect(moved.status).toBe(to);
        const after = queue.get(id, clerk);
        expect(after.status).toBe(to);
        expect(after.history).toHaveLength(before.history.length + 1);
        expect(after.history[after.history.length - 1]).toEqual({
          at: clock.now().toISOString(),
          by: actor.userId,
          from,
          to,
          ...(note ? { note } : {}),
        });
        // One notification for the requester, one to update the Clerks' channel.
        const added = queue.outbox.forRequest(id).slice(outboxBefore);
        expect(added.map((n) => [n.audience, n.event, n.recipient])).toEqual([
          ['requester', 'status_changed', jo.userId],
          ['clerks', 'status_changed', undefined],
        ]);
      } else {
        expect(() => queue.move(id, to, actor, note)).toThrow(QueueError);
        const after = queue.get(id, clerk);
        expect(after).toEqual(before);
        expect(queue.outbox.forRequest(id)).toHaveLength(outboxBefore);
      }
    });
  }
});

describe('refusals say why', () => {
  function errorOf(fn: () => unknown): QueueError {
    try {
      fn();
    } catch (error) {
      if (error instanceof QueueError) return error;
      throw error;
    }
    throw new Error('expected a QueueError');
  }

  test('a refusal needs a non-empty reason', () => {
    const id = requestIn('in_progress');
    for (const note of [undefined, '', '   ']) {
      const error = errorOf(() => queue.move(id, 'refused', clerk, note));
      expect(error.code).toBe('invalid');
      expect(error.message).toMatch(/needs a reason/);
    }
    expect(queue.get(id, clerk).status).toBe('in_progress');
    expect(queue.move(id, 'refused', clerk, '  Not held by the council  ').status).toBe('refused');
    expect(queue.get(id, clerk).history.at(-1)?.note).toBe('Not held by the council');
  });

  test('skipping a step names the next legal one', () => {
    const id = requestIn('new');
    const error = errorOf(() => queue.move(id, 'resolved', clerk));
    expect(error.code).toBe('illegal_transition');
    expect(error.message).toBe(`document request #${id} is new: it can move to acknowledged next, not resolved`);
  });

  test('a closed request cannot be reopened', () => {
    const id = requestIn('resolved');
    const error = errorOf(() => queue.move(id, 'in_progress', clerk));
    expect(error.code).toBe('illegal_transition');
    expect(error.message).toMatch(/resolved and closed/);
  });

  test('only the requester may withdraw, even the Clerk may not do it for them', () => {
    const id = requestIn('acknowledged');
    const error = errorOf(() => queue.move(id, 'withdrawn', clerk));
    expect(error.code).toBe('forbidden');
    expect(error.message).toMatch(/only the person who filed/);
  });

  test('a councillor cannot act on someone else\'s request, nor see it', () => {
    const id = requestIn('new');
    expect(errorOf(() => queue.move(id, 'withdrawn', sam)).code).toBe('forbidden');
    expect(errorOf(() => queue.get(id, sam)).code).toBe('forbidden');
    expect(errorOf(() => queue.get(id, officer)).code).toBe('forbidden');
    expect(queue.get(id, jo).id).toBe(id);
    expect(queue.get(id, clerk).id).toBe(id);
  });

  test('a requester cannot acknowledge their own request', () => {
    const id = requestIn('new');
    const error = errorOf(() => queue.move(id, 'acknowledged', jo));
    expect(error.code).toBe('forbidden');
    expect(error.message).toMatch(/only the Clerk/);
  });

  test('a Clerk who filed a request may withdraw it', () => {
    const { id } = queue.file(complaint('councillor', clerk));
    expect(queue.move(id, 'withdrawn', clerk).status).toBe('withdrawn');
  });

  test('an unknown request id or status is refused clearly', () => {
    expect(errorOf(() => queue.move(999_999, 'acknowledged', clerk)).code).toBe('not_found');
    expect(errorOf(() => queue.get(999_999, clerk)).message).toBe('there is no request #999999');
    const id = requestIn('new');
    const error = errorOf(() => queue.move(id, 'done' as RequestStatus, clerk));
    expect(error.code).toBe('invalid');
    expect(error.message).toMatch(/the status must be one of new, acknowledged/);
  });

  test("a refusal names the request by its kind, and a complaint's refusal says 'not upheld' (uat25)", () => {
    // Before: "request #3 …" whatever the kind, and "refusing request #3 needs a reason" for a complaint.
    const { id } = queue.file(complaint('officer', jo));
    expect(errorOf(() => queue.move(id, 'resolved', clerk)).message).toBe(`complaint #${id} is new: it can move to acknowledged next, not resolved`);
    expect(errorOf(() => queue.move(id, 'acknowledged', sam)).message).toBe(`complaint #${id} is not yours: only the Clerk and the person who filed it can act on it`);
    expect(errorOf(() => queue.move(id, 'acknowledged', jo)).message).toBe(`only the Clerk can move complaint #${id} to acknowledged; you can withdraw your own request`);
    expect(errorOf(() => queue.move(id, 'withdrawn', clerk)).message).toBe(`only the person who filed complaint #${id} can withdraw it`);
    queue.move(id, 'acknowledged', clerk);
    queue.move(id, 'in_progress', clerk);
    const unreasoned = errorOf(() => queue.move(id, 'refused', clerk));
    expect(unreasoned).toMatchObject({ code: 'invalid', kind: 'complaint', message: `closing complaint #${id} as not upheld needs a reason: add a note saying why` });
    const question = requestIn('in_progress');
    expect(errorOf(() => queue.move(question, 'refused', clerk)).message).toBe(`refusing document request #${question} needs a reason: add a note saying why`);
  });
});
