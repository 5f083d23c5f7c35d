import { cacheFile, digestOf, moduleSource, readCached, writeCached } from '../nlu/cacheFiles';
import { Clause, parseProtocol, ParseResult } from './parse';

/**
 * A council's parsed protocol (clauses and warnings) in the compiled cache (`MODEL_CACHE_DIR`).
 *
 * Why: a one-shot `protocol-bot ask` parsed the asker's protocol text at every start, and the
 * parser compiles and runs many regular expressions over every line (speed3's "left"). The
 * parse depends only on the text's bytes, the council id (each clause carries it) and the
 * parser's own code, so a file named by a digest of those holds exactly what a fresh parse
 * would give; a changed text or parser gets a new name and is parsed again.
 */

/**
 * The modules whose code decides the parse: parse.ts and every module it imports, transitively
 * (test/protocols/parsed-cache.test.ts checks this list against the imports).
 */
export const PARSER_SOURCES = ['../protocols/parse', '../protocols/numbering', '../protocols/hyphenation', '../protocols/furniture'] as const;

/** What is saved: each clause as [ref, heading, text] (the council is the file's own), and the warnings. */
interface Saved {
  clauses: [string, string, string][];
  warnings: string[];
}

export const parsedProtocolFile = (cacheDir: string, council: string, bytes: Buffer): string =>
  cacheFile(cacheDir, `parsed-protocol-${council}`, digestOf([council, bytes, ...PARSER_SOURCES.map(moduleSource)]), 'json');

function fromSaved(bytes: Buffer, council: string): ParseResult {
  const saved = JSON.parse(bytes.toString('utf8')) as Saved;
  if (!Array.isArray(saved.clauses) || !Array.isArray(saved.warnings)) throw new Error('not a parsed protocol');
  const clauses: Clause[] = saved.clauses.map(([ref, heading, text]) => ({ council, ref, heading, text }));
  return { clauses, warnings: saved.warnings };
}

const toSaved = (parsed: ParseResult): Saved => ({ clauses: parsed.clauses.map((c) => [c.ref, c.heading, c.text]), warnings: parsed.warnings });

/**
 * The protocol text's clauses and warnings: read from the cache when a file for these bytes and
 * this parser is there, else parsed (as `parseProtocol` on the text read as UTF-8) and saved.
 * Without a cache folder it only parses.
 */
export function parseProtocolBytes(bytes: Buffer, council: string, cacheDir?: string): ParseResult {
  if (!cacheDir) return parseProtocol(bytes.toString('utf8'), council);
  const file = parsedProtocolFile(cacheDir, council, bytes);
  const cached = readCached(file, (saved) => fromSaved(saved, council));
  if (cached) return cached;
  const parsed = parseProtocol(bytes.toString('utf8'), council);
  writeCached(file, JSON.stringify(toSaved(parsed)));
  return parsed;
}
