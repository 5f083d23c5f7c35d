import fs from 'node:fs';
import { UsageError } from './errors';
import { Clause, NO_NUMBERING, parseProtocol } from '../protocols/parse';
import { ExtractedProtocol, readProtocolFile } from '../protocols/formats/extract';
import { UnreadableProtocolError } from '../protocols/formats/detect';

export interface ReadProtocol {
  extracted: ExtractedProtocol;
  clauses: Clause[];
  warnings: string[];
}

/**
 * A council's protocol file as the Clerk has it (PDF, Word, HTML, Markdown or text), read into clauses, or one line
 * saying what is wrong with it. `ingest` and `routes --from` read files alike, so a PDF that `ingest` takes is never
 * "found no numbered clauses" for `routes` (uat26: `routes --from` read a PDF's bytes as text). `nothingDone` ends
 * each refusal ("Nothing was added.").
 */
export async function readProtocolForCli(file: string, council: string, nothingDone: string): Promise<ReadProtocol> {
  if (!fs.existsSync(file)) throw new UsageError(`no such file: ${file}`);
  if (fs.statSync(file).isDirectory()) {
    throw new UsageError(`${file} is a folder, not a file: give the protocol's own file (PDF, Word .docx, HTML, Markdown or text). ${nothingDone}`);
  }
  let extracted: ExtractedProtocol;
  try {
    extracted = await readProtocolFile(file);
  } catch (error) {
    if (error instanceof UnreadableProtocolError) throw new UsageError(`${file}: ${error.message}. ${nothingDone}`);
    throw error;
  }
  const { clauses, warnings } = parseProtocol(extracted.text, council);
  if (clauses.length === 0) {
    // The parser's one warning says which numbering styles were looked for and what came nearest.
    throw new UsageError(`${file}: found no numbered clauses (is it a Member/Officer protocol?)${(warnings.find((w) => w.startsWith(NO_NUMBERING)) ?? '').slice(NO_NUMBERING.length)}. ${nothingDone}`);
  }
  return { extracted, clauses, warnings };
}
