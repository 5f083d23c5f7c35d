import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, wordVectorsOn } from '../../src/config';
import { createLogger } from '../../src/log';
import { IntentEngine } from '../../src/nlu/engine';
import { loadIntents } from '../../src/nlu/intents';
import { readVectorTable, VECTORS, WordVectors, wordVectors } from '../../src/nlu/vectors';
import { wordVectorsCheck } from '../../src/ops/doctor';
import { MODEL_CACHE_DIR } from '../support/model';

/**
 * The word vectors' vote as a user meets it: on by default (`WORD_VECTORS=off` turns it off); on, it reads the committed table in data/vectors; a missing or damaged table is one warning and the old reading (docs/word-vectors.md).
 */
const intents = loadIntents(path.join(__dirname, '../../intents'));
const committed = VECTORS.dir;

/** An engine built with the switch and table given (the vote is made when the engine is built). */
function engineWith(settings: Partial<typeof VECTORS>): IntentEngine {
  const saved = { ...VECTORS };
  try {
    Object.assign(VECTORS, settings);
    return IntentEngine.train(intents, { cacheDir: MODEL_CACHE_DIR });
  } finally {
    Object.assign(VECTORS, saved);
  }
}

// "Commandeer" is in no training example; the classifier alone is unsure and leans to contracts, while the word lies
// near "borrow", "use" and "take", which the council-resources examples use.
const COMMANDEER = 'Can I commandeer the council van?';

describe('the word vectors, on by default', () => {
  test('the setting is on unless WORD_VECTORS=off, and any other value is refused at start', () => {
    expect(loadConfig({}).WORD_VECTORS).toBe('on');
    expect(loadConfig({ WORD_VECTORS: 'off' }).WORD_VECTORS).toBe('off');
    expect(loadConfig({ WORD_VECTORS: 'on' }).WORD_VECTORS).toBe('on');
    expect(loadConfig({ WORD_VECTORS: ' ' }).WORD_VECTORS).toBe('on');
    expect(() => loadConfig({ WORD_VECTORS: 'yes' })).toThrow('invalid WORD_VECTORS="yes": must be on or off');
    expect(wordVectorsOn({})).toBe(true);
    expect(wordVectorsOn({ WORD_VECTORS: 'on' })).toBe(true);
    expect(wordVectorsOn({ WORD_VECTORS: 'off' })).toBe(false);
  });

  test('the committed table loads and matches its manifest', () => {
    const read = readVectorTable(committed);
    expect(read.problem).toBeUndefined();
    expect(read.table!.size).toBeGreaterThan(40_000);
    expect(read.table!.dimensions).toBe(100);
    const [sick, ill, hedge] = ['sick', 'ill', 'hedge'].map((w) => read.table!.id(w));
    expect(read.table!.cosine(sick, ill)).toBeGreaterThan(read.table!.cosine(sick, hedge));
  });

  test('a table read from disk holds only the rows used, each read from the file with the values a whole-file table has', () => {
    const read = readVectorTable(committed);
    const manifest = JSON.parse(readFileSync(path.join(committed, 'table.json'), 'utf8')) as { dimensions: number };
    const bytes = readFileSync(path.join(committed, 'vectors-i8.bin'));
    const whole = new WordVectors(readFileSync(path.join(committed, 'words.txt')), new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), manifest.dimensions);
    const table = read.table!;
    expect(table.rowsHeld).toBe(0);
    const words = ['sick', 'ill', 'hedge', 'clerk', 'sick', 'councillor', 'leaflets', 'photocopier', 'zebra', 'hospital'];
    for (let i = 1; i < words.length; i++) {
      const [a, b] = [words[i - 1], words[i]];
      expect(table.cosine(table.id(a), table.id(b))).toBe(whole.cosine(whole.id(a), whole.id(b)));
    }
    expect(table.rowsHeld).toBe(new Set(words).size);
    // More rows than the first allocation (64), so the held rows move to a larger array: the earlier rows keep their values.
    const many = Array.from({ length: 200 }, (_, i) => i * 97);
    for (const row of many) table.cosine(row, many[0]);
    expect(table.mean(many)).toEqual(whole.mean(many));
    expect(table.mean([table.id('sick'), table.id('ill')])).toEqual(whole.mean([whole.id('sick'), whole.id('ill')]));
  });

  test('reads a word no example uses through its neighbours in meaning, which the classifier alone misreads', () => {
    expect(engineWith({ enabled: true, dir: committed }).classify(COMMANDEER).intent).toBe('council_resources');
    expect(engineWith({ enabled: false }).classify(COMMANDEER).intent).not.toBe('council_resources');
  });

  test('leaves a confident reading as it is', () => {
    const message = 'Can I use the council photocopier for my election leaflets?';
    const on = engineWith({ enabled: true, dir: committed }).classify(message);
    const off = engineWith({ enabled: false }).classify(message);
    expect(on.intent).toBe('council_resources');
    expect(on).toEqual(off);
  });

  describe('a damaged or missing table', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'vectors-'));
      for (const file of ['table.json', 'words.txt', 'vectors-i8.bin']) copyFileSync(path.join(committed, file), path.join(dir, file));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    test('a cut-short table: one warning when the engine is built, and messages read as with the switch off', () => {
      const bytes = readFileSync(path.join(dir, 'vectors-i8.bin'));
      writeFileSync(path.join(dir, 'vectors-i8.bin'), bytes.subarray(0, bytes.length - 1000));
      const warnings: string[] = [];
      const log = createLogger('warn', (line) => warnings.push(line));
      const engine = engineWith({ enabled: true, dir, log });
      expect(warnings).toHaveLength(1); // found at start from the file's length, before any message
      expect(engine.classify(COMMANDEER)).toEqual(engineWith({ enabled: false }).classify(COMMANDEER));
      Object.assign(VECTORS, { enabled: true, dir });
      try {
        expect(wordVectors()).toBeNull(); // remembered: read (and warned about) once
      } finally {
        Object.assign(VECTORS, { enabled: wordVectorsOn(), dir: committed });
      }
      expect(warnings).toHaveLength(1);
      expect(JSON.parse(warnings[0])).toMatchObject({ level: 'warn', event: 'nlu.word_vectors_unavailable', problem: `vectors-i8.bin holds ${bytes.length - 1000} bytes, where table.json says 40275 words of 100` });
    });

    test('a damaged byte is refused by its sha256 when the first unsure reading reads the table, not before', () => {
      const bytes = readFileSync(path.join(dir, 'vectors-i8.bin'));
      bytes[12345] ^= 0x40;
      writeFileSync(path.join(dir, 'vectors-i8.bin'), bytes);
      const warnings: string[] = [];
      const engine = engineWith({ enabled: true, dir, log: createLogger('warn', (line) => warnings.push(line)) });
      const confident = 'Can I use the council photocopier for my election leaflets?';
      expect(engine.classify(confident).intent).toBe('council_resources');
      expect(warnings).toHaveLength(0); // neither the start nor a confident reading read the table
      expect(engine.classify(COMMANDEER)).toEqual(engineWith({ enabled: false }).classify(COMMANDEER));
      engine.classify(COMMANDEER);
      expect(warnings).toHaveLength(1);
      expect(JSON.parse(warnings[0])).toMatchObject({ event: 'nlu.word_vectors_unavailable', problem: 'vectors-i8.bin does not match its sha256 in table.json' });
    });

    test('doctor says whether the vectors are loaded, off, or on without a usable table', () => {
      expect(wordVectorsCheck(loadConfig({ WORD_VECTORS: 'on' }), committed)).toMatchObject({ name: 'word_vectors', ok: true, detail: expect.stringMatching(/^loaded: \d+ words, 100-d/) });
      expect(wordVectorsCheck(loadConfig({}), committed)).toMatchObject({ ok: true, detail: expect.stringMatching(/^loaded: /) });
      expect(wordVectorsCheck(loadConfig({ WORD_VECTORS: 'off' }), dir)).toMatchObject({ ok: true, detail: expect.stringContaining('off (WORD_VECTORS=off') });
      writeFileSync(path.join(dir, 'table.json'), 'version https://git-lfs.github.com/spec/v1\n');
      expect(wordVectorsCheck(loadConfig({ WORD_VECTORS: 'on' }), dir)).toMatchObject({ ok: false, detail: expect.stringContaining('table.json cannot be read'), fix: expect.stringContaining('WORD_VECTORS=off') });
      rmSync(path.join(dir, 'words.txt'));
      expect(readVectorTable(dir).problem).toBe(`words.txt is missing in ${dir}`);
    });
  });
});
