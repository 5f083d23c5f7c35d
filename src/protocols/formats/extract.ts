import fs from 'node:fs';
import { decodeEntities, htmlToText, markdownToText } from './markup';
import { CONTENTS_ENTRY } from './contents';
import { dropRepeatedLines } from '../furniture';
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

