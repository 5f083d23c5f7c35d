#!/usr/bin/env node
// @ts-check
/**
 * `npm run fixtures`: PDF and Word copies of the bundled protocols and of the unseen test
 * protocol, with the traps real councils' files have: a running header, a page footer with the
 * page number, justified text with words hyphenated at line ends, Word heading styles and
 * Word's own list numbering (the numbers are not in the text). Also the files ingest must
 * refuse: a scanned PDF (an image, no text), an encrypted PDF and an old binary .doc.
 *
 * The output is committed (test/protocols/fixtures/generated/) so tests only parse it. Run
 * `npm run build` first: headings are placed where the project's own parser finds them.
 */
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const PDFDocument = require('pdfkit');
const docx = require('docx');

const ROOT = path.resolve(__dirname, '..');
/** PDFs carry this date, so running the script again rewrites them byte for byte. */
const FIXED_DATE = new Date('2025-05-12T09:00:00Z');
const OUT = path.join(ROOT, 'test/protocols/fixtures/generated');
const { parseProtocol, protocolLines } = require(path.join(ROOT, 'dist/src/protocols/parse.js'));

const SOURCES = [
  ...['alsager', 'cottingham', 'flitwick', 'halstead', 'tewkesbury'].map((id) => ({ id, file: path.join(ROOT, 'data/protocols', `${id}.txt`) })),
  { id: 'ashcombe', file: path.join(ROOT, 'test/protocols/fixtures/unseen/ashcombe.txt') },
];

/** Each line of the text as the parser reads it, with what it is: heading, clause, bullet, letter item or text. */
function paragraphs(id, text) {
  const lines = protocolLines(text);
  const { clauses } = parseProtocol(text, id);
  const headings = new Set(clauses.map((c) => c.heading));
  const lastIndex = new Map();
  lines.forEach((line, i) => lastIndex.set(headingOf(line), i));
  return lines.map((line, i) => {
    const bare = line.replace(/^(?:[-–•·▪◦*]|\uF0B7)\s+/, '');
    const heading = headingOf(line);
    if (headings.has(heading) && lastIndex.get(heading) === i && !/^\d+\.\d*[1-9]/.test(bare)) return { kind: 'heading', text: bare };
    const numbered = /^(\d{1,3}(?:\.\d{1,3}){0,3})(\.?)\s+(.*)$/.exec(bare);
    if (numbered) return { kind: 'numbered', ref: numbered[1], dot: numbered[2], text: numbered[3] };
    const lettered = /^\(?([a-h])[.)]\s+(.*)$/.exec(bare);
    if (lettered && bare !== line) return { kind: 'bullet', text: bare };
    if (lettered) return { kind: 'lettered', letter: lettered[1], style: bare.startsWith('(') ? '(%1)' : bare[1] === ')' ? '%1)' : '%1.', text: lettered[2] };
    if (bare !== line) return { kind: 'bullet', text: bare };
    return { kind: 'text', text: line };
  });
}
function headingOf(line) {
  const bare = line.replace(/^(?:[-–•·▪◦*]|\uF0B7)\s+/, '');
  const m = /^(?:\d{1,3})(?:\.0)?[.)]?\s+(\S.*)$/.exec(bare);
  return m && !/^\d+\.\d*[1-9]/.test(bare) ? m[1] : bare;
}

/** Decides where Word's own numbering can print each number, and where the number must be typed. */
function planNumbering(paras) {
  const counters = [];
  let level0 = null;
  let deeperDot = '';
  for (const p of paras) {
    const ref = p.kind === 'numbered' ? p.ref : p.kind === 'heading' ? (/^(\d{1,3})(\.0)?([.)]?)\s/.exec(p.text) || [])[1] : undefined;
    const section = p.kind === 'heading' ? /^SECTION (\d+) – /.exec(p.text) : null;
    if (section) {
      level0 ??= 'SECTION %1 –';
      if (level0 === 'SECTION %1 –' && Number(section[1]) === (counters[0] ?? 0) + 1) {
        counters.length = 0;
        counters[0] = Number(section[1]);
        p.numbering = { level: 0 };
        p.text = p.text.replace(/^SECTION \d+ – /, '');
      }
      continue;
    }
    if (!ref) continue;
    const parts = ref.split('.').map(Number);
    const depth = parts.length - 1;
    if (depth === 0 && level0 === null) level0 = p.kind === 'heading' ? (/^\d+\.0\s/.test(p.text) ? '%1.0' : /^\d+\.\s/.test(p.text) ? '%1.' : '%1') : p.dot ? '%1.' : '%1';
    if (depth === 1 && !deeperDot) deeperDot = p.kind === 'numbered' && p.dot ? '.' : '';
    const parentsMatch = parts.slice(0, depth).every((n, i) => counters[i] === n);
    const next = (counters[depth] ?? 0) + 1;
    const printedLikeList = depth === 0 ? (p.kind === 'heading' ? true : (p.dot ? '%1.' : '%1') === level0) : (p.dot || '') === deeperDot;
    if (parentsMatch && parts[depth] === next && printedLikeList && depth <= 2) {
      counters.length = depth;
      counters[depth] = next;
      p.numbering = { level: depth };
      p.text = p.kind === 'heading' ? p.text.replace(/^\d+(?:\.0)?[.)]?\s+/, '') : p.text;
    }
  }
  return { level0: level0 ?? '%1.', deeperDot };
}

const title = (id) => ({ alsager: 'Alsager Town Council', cottingham: 'Cottingham Parish Council', flitwick: 'Flitwick Town Council', halstead: 'Halstead Town Council', tewkesbury: 'Tewkesbury Borough Council', ashcombe: 'Ashcombe Magna Town Council' })[id];

// ---------------------------------------------------------------- Word

async function makeDocx(id, paras) {
  const { level0, deeperDot } = planNumbering(paras);
  const { AlignmentType, LevelFormat, Paragraph, TextRun, HeadingLevel, Header, Footer, PageNumber, Document, Packer } = docx;
  const indent = (level) => ({ indent: { left: 720 * (level + 1), hanging: 720 } });
  const numbering = {
    config: [
      {
        reference: 'clauses',
        levels: [0, 1, 2].map((level) => ({
          level,
          format: LevelFormat.DECIMAL,
          text: level === 0 ? level0 : `${Array.from({ length: level + 1 }, (_, i) => `%${i + 1}`).join('.')}${deeperDot}`,
          alignment: AlignmentType.LEFT,
          style: { paragraph: indent(level) },
        })),
      },
      { reference: 'letters-dot', levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: indent(1) } }] },
      { reference: 'letters-paren', levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: '(%1)', alignment: AlignmentType.LEFT, style: { paragraph: indent(1) } }] },
      { reference: 'letters-close', levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: '%1)', alignment: AlignmentType.LEFT, style: { paragraph: indent(1) } }] },
      { reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: indent(1) } }] },
    ],
  };
  let letterInstance = 0;
  let expectedLetter = 'a';
  let runStyle = '';
  const listFor = { '(%1)': 'letters-paren', '%1)': 'letters-close', '%1.': 'letters-dot' };
  const typed = (p) => p.style.replace('%1', p.letter);
  const children = [];
  for (const p of paras) {
    if (p.kind === 'lettered') {
      if (p.letter === 'a') {
        letterInstance += 1;
        expectedLetter = 'a';
        runStyle = p.style;
      }
      if (p.letter === expectedLetter && p.style === runStyle) {
        children.push(new Paragraph({ text: p.text, numbering: { reference: listFor[p.style], level: 0, instance: letterInstance }, alignment: AlignmentType.JUSTIFIED }));
        expectedLetter = String.fromCharCode(expectedLetter.charCodeAt(0) + 1);
        continue;
      }
      expectedLetter = '';
      children.push(new Paragraph({ text: `${typed(p)} ${p.text}`, alignment: AlignmentType.JUSTIFIED }));
      continue;
    }
    if (p.kind === 'heading') {
      children.push(new Paragraph({ text: p.text, heading: HeadingLevel.HEADING_2, ...(p.numbering ? { numbering: { reference: 'clauses', level: 0 } } : {}) }));
    } else if (p.kind === 'numbered') {
      children.push(
        p.numbering
          ? new Paragraph({ text: p.text, numbering: { reference: 'clauses', level: p.numbering.level }, alignment: AlignmentType.JUSTIFIED })
          : new Paragraph({ text: `${p.ref}${p.dot} ${p.text}`, alignment: AlignmentType.JUSTIFIED }),
      );
    } else if (p.kind === 'bullet') {
      children.push(new Paragraph({ text: p.text.replace(/^(?:[-–•·▪◦*]|\uF0B7)\s+/, ''), numbering: { reference: 'bullets', level: 0 } }));
    } else {
      children.push(new Paragraph({ text: p.text, alignment: AlignmentType.JUSTIFIED }));
    }
  }
  const document = new Document({
    numbering,
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun(`${title(id)} – Member/Officer Protocol`)] })] }) },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] })] }) },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

// ---------------------------------------------------------------- PDF

const PAGE = { width: 595.28, height: 841.89, left: 64, right: 64, top: 72, bottom: 78 };
const FONT_SIZE = 10;
const LEADING = 13.5;

/** Where a word may be broken: between a vowel and a consonant, leaving three letters each side. */
function breakPoints(word) {
  if (!/^[a-z]{7,}$/i.test(word)) return [];
  const points = [];
  for (let i = word.length - 3; i >= 3; i--) if (/[aeiouy]/i.test(word[i - 1]) && !/[aeiouy]/i.test(word[i])) points.push(i);
  return points;
}

/** Greedy line breaking with hyphenation; each line is its words and whether it ends the paragraph. */
function breakLines(doc, text, width) {
  const words = text.split(/\s+/).filter(Boolean);
  const lines = [];
  let line = [];
  const widthOf = (ws) => doc.widthOfString(ws.join(' '));
  for (let w = 0; w < words.length; w++) {
    const word = words[w];
    if (widthOf([...line, word]) <= width) {
      line.push(word);
      continue;
    }
    const split = breakPoints(word).find((i) => widthOf([...line, `${word.slice(0, i)}-`]) <= width);
    if (split !== undefined && line.length > 0) {
      line.push(`${word.slice(0, split)}-`);
      lines.push({ words: line, last: false });
      line = [word.slice(split)];
      continue;
    }
    if (line.length > 0) lines.push({ words: line, last: false });
    line = [word];
  }
  if (line.length > 0) lines.push({ words: line, last: true });
  return lines;
}

function makePdf(id, paras) {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margins: { top: 0, bottom: 0, left: 0, right: 0 }, bufferPages: true, info: { Title: `${title(id)} protocol`, CreationDate: FIXED_DATE } });
    const chunks = [];
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    let y = PAGE.top;
    const bottom = PAGE.height - PAGE.bottom;
    const ensure = (height) => {
      if (y + height > bottom) {
        doc.addPage();
        y = PAGE.top;
      }
    };
    const textWidth = PAGE.width - PAGE.left - PAGE.right;
    for (const p of paras) {
      if (p.kind === 'heading') {
        y += 6;
        ensure(LEADING * 3);
        doc.font('Helvetica-Bold').fontSize(11.5);
        for (const line of breakLines(doc, p.text, textWidth)) {
          doc.text(line.words.join(' '), PAGE.left, y, { lineBreak: false });
          y += LEADING + 1;
        }
        y += 4;
        continue;
      }
      doc.font('Helvetica').fontSize(FONT_SIZE);
      const marker = p.kind === 'numbered' ? `${p.ref}${p.dot}` : p.kind === 'lettered' ? p.style.replace('%1', p.letter) : p.kind === 'bullet' ? '•' : '';
      const body = p.kind === 'bullet' ? p.text.replace(/^(?:[-–•·▪◦*]|\uF0B7)\s+/, '') : p.text;
      const hang = p.kind === 'numbered' ? 40 : p.kind === 'lettered' || p.kind === 'bullet' ? 58 : 0;
      const x = PAGE.left + hang;
      const width = textWidth - hang;
      const lines = breakLines(doc, body, width);
      lines.forEach((line, i) => {
        ensure(LEADING);
        if (i === 0 && marker) doc.text(marker, PAGE.left + (p.kind === 'numbered' ? 0 : 40), y, { lineBreak: false });
        const natural = doc.widthOfString(line.words.join(' '));
        const gaps = line.words.length - 1;
        const wordSpacing = !line.last && gaps > 0 ? (width - natural) / gaps : 0;
        doc.text(line.words.join(' '), x, y, { lineBreak: false, wordSpacing });
        y += LEADING;
      });
      y += 5;
    }
    const range = doc.bufferedPageRange();
    for (let i = 0; i < range.count; i++) {
      doc.switchToPage(range.start + i);
      doc.font('Helvetica-Oblique').fontSize(8.5).text(`${title(id)} – Member/Officer Protocol`, PAGE.left, 36, { lineBreak: false });
      doc.font('Helvetica').fontSize(8.5).text(`Page ${i + 1} of ${range.count}`, PAGE.width / 2 - 20, PAGE.height - 48, { lineBreak: false });
    }
    doc.end();
  });
}

// ---------------------------------------------------------------- files ingest refuses

/** A page of "scanned" text: a grey-scale image with stripes like lines of print, and no text layer. */
function makeScannedPdf() {
  const width = 400;
  const height = 560;
  const raw = Buffer.alloc((width + 1) * height, 255);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0; // filter: none
    const inLine = y % 18 < 9 && y > 30 && y < height - 30;
    for (let x = 0; x < width && inLine; x++) if (x > 30 && x < width - 30 && (x * 7 + y * 3) % 11 < 6) raw[y * (width + 1) + 1 + x] = 40;
  }
  const png = encodePng(width, height, raw);
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4', margin: 0, info: { CreationDate: FIXED_DATE } });
    const chunks = [];
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.image(png, 50, 50, { width: 495 });
    doc.addPage().image(png, 50, 50, { width: 495 });
    doc.end();
  });
}

function encodePng(width, height, raw) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // grey-scale
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

function makeEncryptedPdf(userPassword) {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4', info: { CreationDate: FIXED_DATE }, ...(userPassword ? { userPassword } : {}), ownerPassword: 'council', permissions: { copying: false }, pdfVersion: '1.7' });
    const chunks = [];
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.fontSize(11).text('1.1 This protocol is locked with a password and cannot be read without it.');
    doc.end();
  });
}

/** The start of an old binary Word file: the OLE compound-file header, then filler. */
function makeLegacyDoc() {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([header, Buffer.alloc(4096 - header.length, 0)]);
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  for (const source of SOURCES) {
    const text = fs.readFileSync(source.file, 'utf8');
    fs.writeFileSync(path.join(OUT, `${source.id}.pdf`), await makePdf(source.id, paragraphs(source.id, text)));
    fs.writeFileSync(path.join(OUT, `${source.id}.docx`), await makeDocx(source.id, paragraphs(source.id, text)));
    process.stdout.write(`${source.id}: pdf, docx\n`);
  }
  fs.writeFileSync(path.join(OUT, 'scanned.pdf'), await makeScannedPdf());
  fs.writeFileSync(path.join(OUT, 'encrypted.pdf'), await makeEncryptedPdf('clerk'));
  fs.writeFileSync(path.join(OUT, 'encrypted-no-password.pdf'), await makeEncryptedPdf(''));
  fs.writeFileSync(path.join(OUT, 'legacy.doc'), makeLegacyDoc());
  process.stdout.write(`refused kinds: scanned.pdf, encrypted.pdf, encrypted-no-password.pdf, legacy.doc\nwritten to ${path.relative(ROOT, OUT)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exitCode = 1;
});
