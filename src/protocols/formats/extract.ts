import fs from 'node:fs';
import { decodeEntities, htmlToText, markdownToText } from './markup';
import { CONTENTS_ENTRY } from './contents';
import { decodeText, detectFormat, looksBinary, MAX_PROTOCOL_BYTES, ProtocolFormat, UnreadableProtocolError } from './detect';

export interface ExtractedProtocol {
  format: ProtocolFormat;
  /** The protocol as plain lines, ready for `parseProtocol` and for keeping as `<id>.txt`. */
  text: string;
  /** Running headers, footers and page numbers removed (each once). */
  furniture: string[];
}

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/**
 * Reads a protocol as the council publishes it (PDF, Word .docx, HTML, Markdown or plain text)
 * into plain lines. Anything it cannot read (an empty or oversized file, a scan, an encrypted
 * PDF, an old .doc) is refused with an `UnreadableProtocolError` before anything is written.
 */
export async function readProtocolFile(file: string, maxBytes = MAX_PROTOCOL_BYTES): Promise<ExtractedProtocol> {
  const size = fs.statSync(file).size;
  if (size === 0) throw new UnreadableProtocolError('the file is empty');
  if (size > maxBytes) {
    throw new UnreadableProtocolError(`the file is ${megabytes(size)}, above the ${megabytes(maxBytes)} limit for a protocol (is it the right file?)`);
  }
  return extractProtocol(fs.readFileSync(file), file);
}

export async function extractProtocol(bytes: Buffer, fileName: string): Promise<ExtractedProtocol> {
  const format = detectFormat(bytes, fileName);
  let text: string;
  let furniture: string[] = [];
  switch (format) {
    case 'pdf': {
      const { pdfToText } = await import('./pdf');
      ({ text, furniture } = await pdfToText(bytes));
      break;
    }
    case 'docx': {
      const { docxToText } = await import('./docx');
      text = await docxToText(bytes);
      break;
    }
    default: {
      const decoded = decodeText(bytes);
      if (looksBinary(decoded)) throw new UnreadableProtocolError('this file is not text, PDF or Word; save the protocol as PDF, .docx or .txt');
      text = format === 'html' ? htmlToText(decoded) : format === 'markdown' ? markdownToText(decoded) : decodeEntities(decoded.replace(/\u00ad/g, ''));
      ({ text, furniture } = dropRepeatedLines(text));
      text = dropContentsEntries(text);
    }
  }
  if (text.trim().length === 0) throw new UnreadableProtocolError(format === 'pdf' ? 'this PDF has no text' : 'the file has no text');
  return { format, text, furniture };
}

/** Lines of a contents list printed with dot leaders and page numbers. */
export function dropContentsEntries(text: string): string {
  if (!/(?:\.\s?){4,}|…/.test(text)) return text;
  return text
    .split('\n')
    .filter((line) => !CONTENTS_ENTRY.test(line.trimEnd()))
    .join('\n');
}

/**
 * In text copied out of a PDF, the running header or footer comes back once a page: a short
 * line (not a clause, bullet or heading mark) printed three times or more, page numbers aside,
 * is taken for one and removed.
 */
export function dropRepeatedLines(text: string): { text: string; furniture: string[] } {
  const lines = text.split(/\r?\n|\f/);
  // Only short lines can be furniture; the key ignores case, spacing and page numbers.
  const keys = lines.map((line) => (line.length <= 120 ? line.trim().toLowerCase().replace(/\d+/g, '#').replace(/[ \t\u00a0]{2,}|[\t\u00a0]/g, ' ') : ''));
  const counts = new Map<string, number>();
  for (const k of keys) if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  const repeated = new Set([...counts].filter(([k, n]) => n >= 3 && k.length <= 100 && /[a-z]/.test(k) && !/^(?:[-–•·▪◦*#]|\(?[a-z]{1,4}[.)]\s|#[.)\s])/.test(k)).map(([k]) => k));
  if (repeated.size === 0) return { text, furniture: [] };
  const furniture = new Set<string>();
  const kept = lines.filter((line, i) => {
    if (!repeated.has(keys[i])) return true;
    furniture.add(line.trim());
    return false;
  });
  return { text: kept.join('\n'), furniture: [...furniture] };
}
