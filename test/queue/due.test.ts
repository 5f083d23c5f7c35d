import path from 'node:path';
import { addWorkingDays, dueDates } from '../../src/queue/due';
import { clerk, DAY, documentRequest, FakeClock, HOUR, jo, openQueue, removeTempDirs, sam, tempDir } from './helpers';
import { OPERATOR, SEE_ALL } from '../support/operator';

afterAll(removeTempDirs);

describe('working-day due dates', () => {
  test.each([
    ['Monday', '2025-03-03T09:00:00.000Z', 2, '2025-03-05T09:00:00.000Z'],
    ['Thursday', '2025-03-06T14:30:00.000Z', 2, '2025-03-10T14:30:00.000Z'],
    ['Friday', '2025-03-07T16:00:00.000Z', 2, '2025-03-11T16:00:00.000Z'],
    ['Saturday', '2025-03-08T10:00:00.000Z', 2, '2025-03-11T10:00:00.000Z'],
    ['Sunday', '2025-03-09T10:00:00.000Z', 1, '2025-03-10T10:00:00.000Z'],
    ['Monday, 20 days', '2025-03-03T09:00:00.000Z', 20, '2025-03-31T09:00:00.000Z'],
    ['Friday, 5 days', '2025-03-07T09:00:00.000Z', 5, '2025-03-14T09:00:00.000Z'],
    ['Tuesday, none', '2025-03-04T09:00:00.000Z', 0, '2025-03-04T09:00:00.000Z'],
  ])('filed on a %s (%s) with %d working days is due %s', (_day, filed, days, due) => {
    expect(addWorkingDays(new Date(filed), days).toISOString()).toBe(due);
  });

  test('a negative or fractional target is a programming error', () => {
    expect(() => addWorkingDays(new Date(), -1)).toThrow(RangeError);
    expect(() => addWorkingDays(new Date(), 1.5)).toThrow(RangeError);
  });

  test('targets are configurable', () => {
    const filed = new Date('2025-03-07T09:00:00.000Z'); // a Friday
    const { acknowledgeBy, resolveBy } = dueDates(filed, { acknowledgeDays: 1, resolveDays: 3 });
    expect(acknowledgeBy.toISOString()).toBe('2025-03-10T09:00:00.000Z');
    expect(resolveBy.toISOString()).toBe('2025-03-12T09:00:00.000Z');
  });
});

describe('overdue requests in the queue', () => {
  test('the queue stamps each request with its targets from its options', () => {
    const clock = new FakeClock();
    clock.set('2025-03-07T09:00:00.000Z'); // Friday
    const queue = openQueue(path.join(tempDir(), 'q.sqlite'), { now: clock.now, ackTargetDays: 3, resolveTargetDays: 10 });
    try {
      const filed = queue.file(documentRequest());
      expect(filed.acknowledgeBy).toBe('2025-03-12T09:00:00.000Z');
      expect(filed.resolveBy).toBe('2025-03-21T09:00:00.000Z');
      expect(filed.overdue).toBe(false);
    } finally {
      queue.close();
    }
  });

  test('new past the acknowledgement target, or open past the resolution target, is overdue and listed first', () => {
    const clock = new FakeClock(); // Monday 09:00
    const queue = openQueue(path.join(tempDir(), 'q.sqlite'), { now: clock.now, ackTargetDays: 2, resolveTargetDays: 5 });
    try {
      const oldAcknowledged = queue.file(documentRequest(jo)).id; // Mon 09:00, resolve by next Mon 09:00
      queue.move(oldAcknowledged, 'acknowledged', clerk);
      clock.advance(HOUR);
      const oldResolved = queue.file(documentRequest(sam)).id; // Mon 10:00
      for (const to of ['acknowledged', 'in_progress', 'resolved'] as const) queue.move(oldResolved, to, clerk);
      clock.advance(2 * DAY); // Wed 10:00
      const fresh = queue.file(documentRequest(jo)).id; // Wed 10:00, ack by Fri 10:00
      clock.advance(HOUR); // Wed 11:00
      const ackLate = queue.file(documentRequest(sam)).id; // Wed 11:00, ack by Fri 11:00

      // Friday 10:30: `fresh` has waited past its 2 working days; `ackLate` has not yet.
      clock.set('2025-03-07T10:30:00.000Z');
      expect(queue.list({ status: 'open' }, OPERATOR, SEE_ALL).map((r) => [r.id, r.overdue])).toEqual([
        [fresh, true],
        [oldAcknowledged, false],
        [ackLate, false],
      ]);

      // Next Monday 09:30: the acknowledged request is past its resolution target too.
      clock.set('2025-03-10T09:30:00.000Z');
      const open = queue.list({ status: 'open' }, OPERATOR, SEE_ALL);
      expect(open.map((r) => [r.id, r.overdue])).toEqual([
        [oldAcknowledged, true],
        [fresh, true],
        [ackLate, true],
      ]);
      // A closed request is never overdue, and the whole list still puts overdue ones first.
      const all = queue.list({}, OPERATOR, SEE_ALL);
      expect(all.at(-1)).toMatchObject({ id: oldResolved, status: 'resolved', overdue: false });
      expect(queue.get(fresh, clerk).overdue).toBe(true);

      // Acknowledging clears the acknowledgement lateness, not the resolution lateness.
      clock.set('2025-03-07T10:30:00.000Z');
      expect(queue.move(fresh, 'acknowledged', clerk).overdue).toBe(false);
    } finally {
      queue.close();
    }
  });
});
