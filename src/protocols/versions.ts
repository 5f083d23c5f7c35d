import fs from 'node:fs';
import path from 'node:path';
import { readMetadata } from './library';
import { CouncilMetadata } from './metadata';
import { isSignOff } from './parse';

/**
 * Every version of a council's protocol is kept. The current one is `<dir>/<id>.txt` and
 * `<id>.json`, as the library loads it; each earlier one is `<dir>/versions/<id>/v<n>.txt`
 * and `v<n>.json` (its metadata as it was, with its adoption or ingest date), which the
 * library never loads.
 */

export interface StoredVersion {
  number: number;
  adopted?: string;
  ingested?: string;
  current: boolean;
  textPath: string;
  metadata: CouncilMetadata;
}

export const VERSIONS_FOLDER = 'versions';
export const versionsDirectory = (directory: string, id: string) => path.join(directory, VERSIONS_FOLDER, id);

const stored = (metadata: CouncilMetadata, textPath: string, current: boolean): StoredVersion => ({
  number: metadata.version ?? 1,
  ...(metadata.adopted ? { adopted: metadata.adopted } : {}),
  ...(metadata.ingested ? { ingested: metadata.ingested } : {}),
  current,
  textPath,
  metadata,
});

/** A council's versions, oldest first; the last is the current one. Empty for an unknown council. */
export function listVersions(directory: string, id: string): StoredVersion[] {
  const versions: StoredVersion[] = [];
  const archive = versionsDirectory(directory, id);
  if (fs.existsSync(archive)) {
    for (const file of fs.readdirSync(archive).filter((f) => /^v\d+\.json$/.test(f))) {
      versions.push(stored(readMetadata(path.join(archive, file)), path.join(archive, file.replace(/\.json$/, '.txt')), false));
    }
  }
  const currentMetadata = path.join(directory, `${id}.json`);
  if (fs.existsSync(currentMetadata)) versions.push(stored(readMetadata(currentMetadata), path.join(directory, `${id}.txt`), true));
  return versions.sort((a, b) => a.number - b.number || Number(a.current) - Number(b.current));
}

export const describeVersion = (v: Pick<StoredVersion, 'number' | 'adopted' | 'ingested'>): string =>
  `v${v.number}${v.adopted ? ` (adopted ${v.adopted})` : v.ingested ? ` (ingested ${v.ingested})` : ''}`;

/** Finds a version by `v2`, `2`, its adoption date as printed, or its ingest date. */
export function findVersion(versions: StoredVersion[], spec: string): StoredVersion | undefined {
  const wanted = spec.trim().toLowerCase();
  const number = /^v?(\d+)$/.exec(wanted);
  if (number) return versions.find((v) => v.number === Number(number[1]));
  return versions.find((v) => v.adopted?.toLowerCase() === wanted || v.ingested === wanted);
}

/** Moves the current version into the archive, so a new one can take its place. */
export function archiveCurrent(directory: string, id: string): StoredVersion | undefined {
  const current = listVersions(directory, id).find((v) => v.current);
  if (!current) return undefined;
  const archive = versionsDirectory(directory, id);
  fs.mkdirSync(archive, { recursive: true });
  const base = path.join(archive, `v${current.number}`);
  const metadata = { ...current.metadata, version: current.number };
  fs.copyFileSync(current.textPath, `${base}.txt`);
  writeFileAtomic(`${base}.json`, `${JSON.stringify(metadata, null, 2)}\n`);
  return { ...current, current: false, textPath: `${base}.txt`, metadata };
}

/** Writes beside the target and renames, so a reader never sees half a file. */
export function writeFileAtomic(file: string, content: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, content);
  fs.renameSync(temporary, file);
}

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const DATE = new RegExp(`\\b(\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\s+\\d{4}|(?:${MONTHS})\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4})\\b`, 'i');

/**
 * The adoption date printed near the top or bottom of a protocol ("Adopted by the Council on 12 May 2025").
 * A long line counts only when it is the sign-off ("Revised and adopted by … on 19 November 2026 under
 * minute 2417 ‘…’" runs on with the minute): a long clause that mentions adoption is not a date's place.
 */
export function adoptionDateIn(text: string): string | undefined {
  for (const line of text.split(/\r?\n/)) {
    if (!/\b(?:adopted|approved|ratified)\b/i.test(line) || (line.length > 200 && !isSignOff(line))) continue;
    const date = DATE.exec(line);
    if (date) return date[1];
  }
  return undefined;
}
