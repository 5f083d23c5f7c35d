import fs from 'node:fs';
import path from 'node:path';
import { Clause } from './parse';
import { CouncilMetadata, councilMetadataSchema } from './metadata';
import { parseProtocolBytes } from './parsedCache';

export interface Protocol {
  council: CouncilMetadata;
  clauses: Clause[];
  warnings: string[];
}

/** Which version of a council's protocol the library quotes, for an answer to name. */
export interface ProtocolVersion {
  /** 1 for the first version ingested (a shipped protocol with no history is version 1). */
  number: number;
  /** When the council adopted it, as printed, if known. */
  adopted?: string;
  /** The day it was ingested (YYYY-MM-DD), if known. */
  ingested?: string;
}

export const versionOf = (council: CouncilMetadata): ProtocolVersion => ({
  number: council.version ?? 1,
  ...(council.adopted ? { adopted: council.adopted } : {}),
  ...(council.ingested ? { ingested: council.ingested } : {}),
});

/** Raised for a council id the library does not hold; the CLI turns it into exit code 2. */
export class UnknownCouncilError extends Error {
  constructor(
    readonly councilId: string,
    readonly known: string[],
  ) {
    super(`unknown council "${councilId}"; known councils: ${known.join(', ') || '(none)'}`);
    this.name = 'UnknownCouncilError';
  }
}

export class ProtocolFileError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'ProtocolFileError';
  }
}

/** Splits `flitwick:58` into its council and ref. */
export function parseClauseName(name: string): { council: string; ref: string } | null {
  const match = /^([a-z][a-z0-9-]*):(\S+)$/.exec(name.trim());
  return match ? { council: match[1], ref: match[2] } : null;
}

export const clauseName = (clause: Pick<Clause, 'council' | 'ref'>): string => `${clause.council}:${clause.ref}`;

interface Entry {
  council: CouncilMetadata;
  /** Where its text is; read and parsed the first time a clause is wanted. */
  textPath?: string;
  protocol?: Protocol;
  byRef?: Map<string, Clause>;
}

/**
 * The protocols in one folder: `<id>.txt` (the text) with `<id>.json` (its metadata). Earlier
 * versions live in `versions/<id>/` and are not loaded here (see versions.ts).
 *
 * Loading reads only the metadata; a council's text is parsed the first time it is asked for,
 * so one large protocol does not slow down commands about other councils.
 */
export class ProtocolLibrary {
  private readonly entries = new Map<string, Entry>();

  /** `cacheDir` (`MODEL_CACHE_DIR`): where parsed texts are kept between starts (parsedCache.ts); without it each start parses. */
  constructor(
    readonly directory: string,
    private readonly cacheDir?: string,
  ) {}

  static load(directory: string, options: { cacheDir?: string } = {}): ProtocolLibrary {
    const library = new ProtocolLibrary(directory, options.cacheDir);
    if (!fs.existsSync(directory)) throw new ProtocolFileError(directory, 'protocols folder not found');
    const metadataFiles = fs.readdirSync(directory).filter((f) => f.endsWith('.json')).sort();
    for (const file of metadataFiles) {
      const metadataPath = path.join(directory, file);
      const council = readMetadata(metadataPath);
      const textPath = metadataPath.replace(/\.json$/, '.txt');
      if (!fs.existsSync(textPath)) throw new ProtocolFileError(textPath, 'protocol text missing');
      library.entries.set(council.id, { council, textPath });
    }
    return library;
  }

  add(protocol: Protocol): void {
    this.entries.set(protocol.council.id, { council: protocol.council, protocol });
  }

  ids(): string[] {
    return [...this.entries.keys()].sort();
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  /** A council's metadata (name, Clerk's title, routes, version) without parsing its text. */
  metadata(id: string): CouncilMetadata {
    return this.entry(id).council;
  }

  /** The version of a council's protocol the library quotes. */
  version(id: string): ProtocolVersion {
    return versionOf(this.metadata(id));
  }

  get(id: string): Protocol {
    const entry = this.entry(id);
    if (!entry.protocol) {
      const { clauses, warnings } = parseProtocolBytes(fs.readFileSync(entry.textPath!), id, this.cacheDir);
      entry.protocol = { council: entry.council, clauses, warnings };
    }
    return entry.protocol;
  }

  /**
   * What a council's clauses are parsed from, for a cache key that needs no parsing: its text
   * file, or for a protocol added in memory its clauses.
   */
  source(id: string): Buffer | string {
    const entry = this.entry(id);
    return entry.textPath ? fs.readFileSync(entry.textPath) : JSON.stringify(entry.protocol!.clauses.map((c) => [c.ref, c.heading, c.text]));
  }

  clause(council: string, ref: string): Clause | undefined {
    const entry = this.entry(council);
    if (!entry.byRef) {
      entry.byRef = new Map();
      // A duplicated number (a warning at ingest) answers with its first clause.
      for (const clause of this.get(council).clauses) if (!entry.byRef.has(clause.ref)) entry.byRef.set(clause.ref, clause);
    }
    return entry.byRef.get(ref);
  }

  private entry(id: string): Entry {
    const entry = this.entries.get(id);
    if (!entry) throw new UnknownCouncilError(id, this.ids());
    return entry;
  }
}

export function readMetadata(metadataPath: string): CouncilMetadata {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(metadataPath, 'utf8'));
  } catch (error) {
    throw new ProtocolFileError(metadataPath, `not valid JSON (${(error as Error).message})`);
  }
  const parsed = councilMetadataSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ProtocolFileError(metadataPath, `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}
