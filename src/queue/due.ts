import { isOpen } from './lifecycle';
import type { RequestStatus } from './types';

/** Targets in working days (Monday to Friday); configurable through ACK/RESOLVE_TARGET_DAYS. */
export interface DueTargets {
  acknowledgeDays: number;
  resolveDays: number;
}

export const DEFAULT_TARGETS: DueTargets = { acknowledgeDays: 2, resolveDays: 20 };

const isWeekend = (date: Date): boolean => date.getUTCDay() === 0 || date.getUTCDay() === 6;

/**
 * The moment `days` working days after `start`, at the same time of day; Saturdays and Sundays
 * do not count. Filed on a Friday afternoon with a 2-day target, it is due on Tuesday
 * afternoon; filed on a Saturday, on Tuesday (Monday is the first working day). Days are UTC
 * calendar days, which differ from UK days only in the hour after midnight in summer.
 * Bank holidays are not known and count as working days.
 */
export function addWorkingDays(start: Date, days: number): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`working days must be a whole number ≥ 0, not ${days}`);
  const due = new Date(start.getTime());
  let left = days;
  while (left > 0) {
    due.setUTCDate(due.getUTCDate() + 1);
    if (!isWeekend(due)) left -= 1;
  }
  return due;
}

export function dueDates(filedAt: Date, targets: DueTargets): { acknowledgeBy: Date; resolveBy: Date } {
  return {
    acknowledgeBy: addWorkingDays(filedAt, targets.acknowledgeDays),
    resolveBy: addWorkingDays(filedAt, targets.resolveDays),
  };
}

/** Overdue: still `new` past the acknowledgement target, or still open past the resolution target. */
export function isOverdue(request: { status: RequestStatus; acknowledgeBy: string; resolveBy: string }, now: Date): boolean {
  const at = now.toISOString();
  if (request.status === 'new' && request.acknowledgeBy < at) return true;
  return isOpen(request.status) && request.resolveBy < at;
}
