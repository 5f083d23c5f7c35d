import type { CheckedClause, CouncilMetadata } from './metadata';
import type { StaleRef } from './curated';

/**
 * A changed clause's references are stale until a person has read the new text and either
 * corrected them or found them still right. The second is recorded in `<id>.json` (`checked`),
 * for the current version only: a later version that changes the clause again is reported again.
 */

/** The current version's number, as the library counts it (a shipped protocol with no history is 1). */
const currentVersion = (metadata: Pick<CouncilMetadata, 'version'>): number => metadata.version ?? 1;

/** Whether a person has checked this council's clause `ref` in its current version. */
export const isChecked = (metadata: Pick<CouncilMetadata, 'version' | 'checked'>, ref: string): boolean =>
  (metadata.checked ?? []).some((c) => c.ref === ref && c.version === currentVersion(metadata));

/**
 * The stale references still to look at: a changed clause someone checked for this version is not
 * one, nor a new clause someone found no topic needs; a missing clause always is.
 */
export const uncheckedStaleRefs = (stale: StaleRef[], metadata: Pick<CouncilMetadata, 'version' | 'checked'>): StaleRef[] =>
  stale.filter((s) => s.problem === 'missing' || !isChecked(metadata, s.ref));

/** Why a clause cannot be marked checked, or null when it can (its text changed in the current version). */
export function checkRefusal(council: string, ref: string, stale: StaleRef[], clauseRefs: readonly string[]): string | null {
  const mine = stale.filter((s) => s.ref === ref);
  // A ref the protocol has no clause for is said to be that, in the words of `clause`, not "no changed-text warning" (uat22).
  if (mine.length === 0 && !clauseRefs.includes(ref)) return `${council} has no clause ${ref}; its clauses run ${clauseRefs[0]} … ${clauseRefs[clauseRefs.length - 1]}`;
  if (mine.length === 0) return `${council}:${ref} has no changed-text warning in the current version: nothing to mark (\`protocol-bot doctor\` lists the ones there are)`;
  const missing = mine.find((s) => s.problem === 'missing');
  if (missing) return `${council}:${ref} no longer exists, so it cannot be checked: correct the reference in ${mine.map((s) => s.where).join(' and ')}`;
  return null;
}

/** The metadata with `ref` recorded as checked in its current version by `by` at `at` (an earlier record for the same version is replaced). */
export function withChecked(metadata: CouncilMetadata, ref: string, by: string, at: Date): CouncilMetadata {
  const version = currentVersion(metadata);
  const kept = (metadata.checked ?? []).filter((c) => !(c.ref === ref && c.version === version));
  const record: CheckedClause = { ref, version, by, at: at.toISOString() };
  return { ...metadata, checked: [...kept, record] };
}
