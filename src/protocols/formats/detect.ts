/**
 * Which kind of file a protocol arrived as, decided from its first bytes (a PDF saved as
 * `.txt` is still a PDF), with the extension only to tell Markdown from plain text.
 */

export type ProtocolFormat = 'pdf' | 'docx' | 'html' | 'markdown' | 'text';

/** Files above this size are refused before they are read: no protocol is this long. */
export const MAX_PROTOCOL_BYTES = 25 * 1024 * 1024;

/**
 * A file the ingest cannot read as a protocol. The message is one line, says what the file
 * is and what the clerk can do instead; the CLI prints it and exits 2 with nothing written.
 */
export class UnreadableProtocolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableProtocolError';
  }
}

const startsWith = (bytes: Uint8Array, signature: number[], at = 0): boolean => signature.every((b, i) => bytes[at + i] === b);
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

export function detectFormat(bytes: Buffer, fileName: string): ProtocolFormat {
  if (bytes.length === 0) throw new UnreadableProtocolError('the file is empty');
  if (bytes.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, OLE)) {
    throw new UnreadableProtocolError('this is an old binary Word (.doc) file, which cannot be read; open it in Word or LibreOffice and save it as .docx or PDF');
  }
  if (startsWith(bytes, ZIP)) {
    if (bytes.includes('word/document.xml')) return 'docx';
    if (bytes.includes('application/vnd.oasis.opendocument')) {
      throw new UnreadableProtocolError('this is an OpenDocument (.odt) file; save it as .docx or PDF');
    }
    throw new UnreadableProtocolError('this is a ZIP archive, not a Word document; unzip it or save the protocol as .docx or PDF');
  }
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) throw new UnreadableProtocolError('this is an RTF file; save it as .docx or PDF');
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff]) || startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    throw new UnreadableProtocolError('this is an image, not text; a scanned protocol needs its text (OCR) first: ask for the Word file or a PDF with text');
  }
  const head = decodeText(bytes.subarray(0, 4096));
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype html|<html[\s>])/i.test(head) || (/<(?:p|div|h[1-6]|body)[\s>]/i.test(head) && /<\/(?:p|div|h[1-6]|body)>/i.test(head))) {
    return 'html';
  }
  // Named as Word but text inside: said as that, not read on to "no numbered clauses" (uat22). A PDF or a web page so named is read above.
  if (/\.docx$/i.test(fileName)) {
    throw new UnreadableProtocolError(
      looksBinary(head)
        ? 'this is not a Word document: its name ends .docx but it is not a Word file inside; open the protocol in Word and save it as .docx, or save it as PDF'
        : 'this is not a Word document: its name ends .docx but it is plain text; open the protocol in Word and save it as .docx, or rename the file .txt if the text is the protocol',
    );
  }
  if (/\.(?:md|markdown)$/i.test(fileName) || /^#{1,6} \S/m.test(head)) return 'markdown';
  return 'text';
}

/** Text in UTF-8 (with or without BOM) or UTF-16 with a BOM; binary content is refused. */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return Buffer.from(bytes.subarray(2)).toString('utf16le');
  if (startsWith(bytes, [0xfe, 0xff])) return Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1))).swap16().toString('utf16le');
  const text = Buffer.from(bytes).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Whether decoded text looks like binary data rather than a document. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0 || (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0xfffd) control++;
  }
  return control > sample.length * 0.02;
}
