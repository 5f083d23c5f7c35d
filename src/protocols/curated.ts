import { squashSpaces } from './spaces';
import fs from 'node:fs';
import { Clause, parseProtocol } from './parse';
import { CouncilMetadata } from './metadata';
import { ProtocolLibrary } from './library';
import { listVersions } from './versions';
import { diffClauses } from './diff';
import { uncheckedStaleRefs } from './checked';
import type { IntentFile } from '../nlu/intents';

/**
 * Hand-made references to a council's clauses — the `clauses:` maps in intents/*.yaml and the
 * `clause` of each route in `<id>.json` — that a new version of the protocol has made stale:
 * the clause is gone, or its text changed since the previous version.
 */
export interface StaleRef {
  council: string;
  ref: string;
  /** Where the reference is: `intents/media_relations.yaml` or `routes.question`; for a new clause, `intents/*.yaml`. */
  where: string;
  /**
   * `new`: not a reference but the lack of one: a clause this version added that no intent's map
   * names, on a council the maps do name. Answers there start from each topic's mapped clauses, so
   * such a clause may never be quoted (the thirteenth session's walk: Cottingham's new 8.1–8.4).
   */
  problem: 'missing' | 'changed' | 'new';
}

/** Where a new clause's missing reference belongs. */
export const INTENT_MAPS = 'intents/*.yaml';

export function staleCuratedRefs(options: {
  council: string;
  clauses: Clause[];
  /** The previous version's clauses; without them only missing clauses are found. */
  previous?: Clause[];
  intents: Pick<IntentFile, 'id' | 'clauses'>[];
  routes?: CouncilMetadata['routes'];
}): StaleRef[] {
  const current = new Map(options.clauses.map((c) => [c.ref, c]));
  const previous = new Map((options.previous ?? []).map((c) => [c.ref, c]));
  const normalise = (text: string) => squashSpaces(text).trim();
  const check = (ref: string, where: string): StaleRef | undefined => {
    const clause = current.get(ref);
    if (!clause) return { council: options.council, ref, where, problem: 'missing' };
    const before = previous.get(ref);
    if (before && normalise(before.text) !== normalise(clause.text)) return { council: options.council, ref, where, problem: 'changed' };
    return undefined;
  };
  const stale: StaleRef[] = [];
  for (const intent of options.intents) {
    for (const ref of intent.clauses[options.council] ?? []) {
      const found = check(ref, `intents/${intent.id}.yaml`);
      if (found) stale.push(found);
    }
  }
  for (const [kind, route] of Object.entries(options.routes ?? {})) {
    if (!route?.clause) continue;
    for (const ref of route.clause.split(/\s*[,;]\s*/).filter(Boolean)) {
      const found = check(ref, `routes.${kind}`);
      if (found) stale.push(found);
    }
  }
  const mapped = new Set(options.intents.flatMap((intent) => intent.clauses[options.council] ?? []));
  if (options.previous && mapped.size > 0) {
    for (const clause of diffClauses(options.previous, options.clauses).added) {
      if (!mapped.has(clause.ref)) stale.push({ council: options.council, ref: clause.ref, where: INTENT_MAPS, problem: 'new' });
    }
  }
  return stale;
}

/**
 * Every stale reference across the councils in a protocols folder, comparing each council's
 * current version with the one before it. For `doctor`: an empty list means the maps are sound.
 * A changed clause a person has checked in the current version (`protocol-bot checked`) is left
 * out unless `includeChecked` (the `checked` command itself needs them all).
 */
export function staleCuratedRefsIn(library: ProtocolLibrary, intents: Pick<IntentFile, 'id' | 'clauses'>[], councils = library.ids(), includeChecked = false): StaleRef[] {
  return councils.flatMap((council) => {
    const versions = listVersions(library.directory, council);
    const before = versions.length >= 2 ? versions[versions.length - 2] : undefined;
    const stale = staleCuratedRefs({
      council,
      clauses: library.get(council).clauses,
      ...(before ? { previous: parseProtocol(fs.readFileSync(before.textPath, 'utf8'), council).clauses } : {}),
      intents,
      routes: library.metadata(council).routes,
    });
    return includeChecked ? stale : uncheckedStaleRefs(stale, library.metadata(council));
  });
}

/** How many changed clauses a person has checked in the councils' current versions (for doctor to say so). */
export const checkedCount = (library: ProtocolLibrary, councils = library.ids()): number =>
  councils.reduce((n, council) => {
    const metadata = library.metadata(council);
    return n + new Set((metadata.checked ?? []).filter((c) => c.version === (metadata.version ?? 1)).map((c) => c.ref)).size;
  }, 0);

export const describeStaleRef = (s: StaleRef): string =>
  s.problem === 'new'
    ? `${s.council}:${s.ref} is new in this version and in no topic's clause map`
    : `${s.council}:${s.ref} in ${s.where} ${s.problem === 'missing' ? 'no longer exists' : 'has changed text since the previous version'}`;
