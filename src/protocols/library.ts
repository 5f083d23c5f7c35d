import fs from 'node:fs';
import path from 'node:path';
import { Clause, parseProtocol } from './parse';
import { CouncilMetadata, councilMetadataSchema } from './metadata';

export interface Protocol {
  council: CouncilMetadata;
  clauses: Clause[];
  warnings: string[];
}

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

/** The protocols in one folder: `<id>.txt` (the text) with `<id>.json` (its metadata). */
export class ProtocolLibrary {
  private readonly protocols = new Map<string, Protocol>();

  constructor(readonly directory: string) {}

  static load(directory: string): ProtocolLibrary {
    const library = new ProtocolLibrary(directory);
    if (!fs.existsSync(directory)) throw new ProtocolFileError(directory, 'protocols folder not found');
    const metadataFiles = fs.readdirSync(directory).filter((f) => f.endsWith('.json')).sort();
    for (const file of metadataFiles) library.add(readCouncil(path.join(directory, file)));
    return library;
  }

  add(protocol: Protocol): void {
    this.protocols.set(protocol.council.id, protocol);
  }

  ids(): string[] {
    return [...this.protocols.keys()].sort();
  }

  has(id: string): boolean {
    return this.protocols.has(id);
  }

  get(id: string): Protocol {
    const protocol = this.protocols.get(id);
    if (!protocol) throw new UnknownCouncilError(id, this.ids());
    return protocol;
  }

  clause(council: string, ref: string): Clause | undefined {
    return this.get(council).clauses.find((c) => c.ref === ref);
  }
}

function readCouncil(metadataPath: string): Protocol {
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
  const council = parsed.data;
  const textPath = metadataPath.replace(/\.json$/, '.txt');
  if (!fs.existsSync(textPath)) throw new ProtocolFileError(textPath, 'protocol text missing');
  const { clauses, warnings } = parseProtocol(fs.readFileSync(textPath, 'utf8'), council.id);
  return { council, clauses, warnings };
}
