import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLogger } from '../../src/log';
import { VECTORS, WordVectors, wordVectors } from '../../src/nlu/vectors';
import { VectorVote } from '../../src/nlu/vectorVote';

/** A hand-made table on disk, with the manifest the loader checks (as scripts/vectors-build.js writes it). */
function writeTable(dir: string, words: string[], values: number[], dimensions: number): void {
  const wordsText = Buffer.from(words.join('\n') + '\n');
  const bytes = Buffer.from(Int8Array.from(values).buffer);
  const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
  writeFileSync(path.join(dir, 'words.txt'), wordsText);
  writeFileSync(path.join(dir, 'vectors-i8.bin'), bytes);
  writeFileSync(path.join(dir, 'table.json'), JSON.stringify({ dimensions, words: words.length, sha256: { 'words.txt': sha256(wordsText), 'vectors-i8.bin': sha256(bytes) } }));
}

// A hand-made table of three dimensions: "ill" and "sick" point the same way, "hedge" elsewhere.
const table = WordVectors.fromWords(['ill', 'sick', 'hedge', 'councillor'], Int8Array.from([100, 10, 0, 90, 20, 0, 0, 0, 127, 5, 100, 5]), 3);

describe('word vectors', () => {
  it('finds words alike in meaning, not in spelling', () => {
    const [ill, sick, hedge] = ['ill', 'sick', 'hedge'].map((w) => table.id(w));
    expect(table.cosine(ill, sick)).toBeGreaterThan(0.95);
    expect(table.cosine(ill, hedge)).toBeLessThan(0.1);
    expect(table.cosine(ill, ill)).toBe(1);
  });

  it('reads only the content words a text has vectors for, each once', () => {
    expect(table.contentIds('The councillor is SICK, sick and ill').sort()).toEqual([table.id('councillor'), table.id('sick'), table.id('ill')].sort());
    expect(table.id('unknownword')).toBe(-1);
  });

  it('finds each word of a table read from its bytes, the last row of a word listed twice, and no other', () => {
    const words = ['ill', 'sick', 'café', 'ill', 'a', 'councillor'];
    const values = Int8Array.from({ length: words.length * 3 }, (_, i) => (i % 7) + 1);
    const fromWords = WordVectors.fromWords(words, values, 3);
    const fromBytes = new WordVectors(Buffer.from(words.join('\n') + '\n'), values, 3);
    for (const t of [fromWords, fromBytes]) {
      expect(['ill', 'sick', 'café', 'a', 'councillor', 'CAFÉ', 'Sick'].map((w) => t.id(w))).toEqual([3, 1, 2, 4, 5, 2, 1]);
      expect(['il', 'ills', 'cafe', '', 'councillors'].map((w) => t.id(w))).toEqual([-1, -1, -1, -1, -1]);
      expect(t.size).toBe(6);
    }
    // Many words: every one found at its row through the hash's collisions.
    const many = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    const big = WordVectors.fromWords(many, new Int8Array(many.length), 1);
    expect(many.every((w, i) => big.id(w) === i)).toBe(true);
    expect(big.id('w-1')).toBe(-1);
  });

  it('refuses words that are not one a line, newline-ended', () => {
    expect(() => new WordVectors(Buffer.from('ill\n\nsick\n'), new Int8Array(2), 1)).toThrow('an empty line');
    expect(() => new WordVectors(Buffer.from('ill\nsick'), new Int8Array(2), 1)).toThrow('no newline');
  });

  it('reads no table while the switch is off, and none that was never built', () => {
    const saved = { ...VECTORS };
    const empty = mkdtempSync(path.join(tmpdir(), 'vectors-'));
    const warnings: string[] = [];
    try {
      VECTORS.enabled = false;
      expect(wordVectors()).toBeNull();
      Object.assign(VECTORS, { enabled: true, dir: empty, log: createLogger('warn', (line) => warnings.push(line)) });
      expect(wordVectors()).toBeNull();
      expect(warnings).toHaveLength(1);
      expect(JSON.parse(warnings[0])).toMatchObject({ event: 'nlu.word_vectors_unavailable', problem: expect.stringContaining('missing') });
    } finally {
      Object.assign(VECTORS, saved);
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('nearest-examples vote by word vectors', () => {
  it('votes for the intent whose examples mean the same, in words none of them uses', () => {
    const saved = { ...VECTORS };
    const dir = mkdtempSync(path.join(tmpdir(), 'vectors-'));
    try {
      // "poorly" lies near "sick"; "hack" near "journalist"; the examples never say "poorly" or "hack".
      writeTable(dir, ['sick', 'poorly', 'journalist', 'hack', 'today'], [120, 5, 0, 110, 15, 0, 3, 120, 0, 10, 110, 5, 0, 0, 127], 3);
      Object.assign(VECTORS, { enabled: true, dir });
      const vote = VectorVote.over([
        { text: 'I am sick today', label: 'staff_personal_matters' },
        { text: 'a journalist rang', label: 'media_relations' },
      ]);
      expect(vote).toBeDefined();
      const shares = vote!.shares('feeling poorly', 1);
      expect([...shares.keys()]).toEqual(['staff_personal_matters']);
      expect(vote!.shares('a hack phoned', 2).get('media_relations')).toBeGreaterThan(0.5);
      expect(vote!.shares('nothing known here').size).toBe(0);
    } finally {
      Object.assign(VECTORS, saved);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('built on first use, and saved in the compiled cache', () => {
    const examples = [
      { text: 'I am sick today', label: 'staff_personal_matters' },
      { text: 'a journalist rang', label: 'media_relations' },
      { text: 'the journalist is sick', label: 'media_relations' },
    ];
    const saved = { ...VECTORS };
    let dir: string;
    let cacheDir: string;
    beforeEach(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'vectors-'));
      cacheDir = mkdtempSync(path.join(tmpdir(), 'vote-cache-'));
      writeTable(dir, ['sick', 'poorly', 'journalist', 'hack', 'today'], [120, 5, 0, 110, 15, 0, 3, 120, 0, 10, 110, 5, 0, 0, 127], 3);
      Object.assign(VECTORS, { enabled: true, dir });
    });
    afterEach(() => {
      Object.assign(VECTORS, saved);
      jest.restoreAllMocks();
      for (const d of [dir, cacheDir]) rmSync(d, { recursive: true, force: true });
    });
    const sharesOf = (vote: VectorVote | undefined) => ['feeling poorly', 'a hack phoned', 'sick hack'].map((t) => [...vote!.shares(t, 2)]);

    it('is not built until first asked, then once; a later process reads it back with the same shares', () => {
      const over = jest.spyOn(VectorVote, 'over');
      const later = VectorVote.later(examples, cacheDir)!;
      expect(over).not.toHaveBeenCalled();
      const first = later();
      expect(later()).toBe(first);
      expect(over).toHaveBeenCalledTimes(1);
      const files = readdirSync(cacheDir);
      expect(files).toEqual([expect.stringMatching(/^vector-vote-.*\.bin$/)]);

      const again = VectorVote.later(examples, cacheDir)!();
      expect(over).toHaveBeenCalledTimes(1); // read back, not built
      expect(sharesOf(again)).toEqual(sharesOf(first));
      expect(sharesOf(again)).toEqual(sharesOf(VectorVote.over(examples)));
    });

    it('builds it again from a cut-short cache file, and for other examples or another table', () => {
      VectorVote.later(examples, cacheDir)!();
      const file = path.join(cacheDir, readdirSync(cacheDir)[0]);
      writeFileSync(file, readFileSync(file).subarray(0, 100));
      const over = jest.spyOn(VectorVote, 'over');
      const rebuilt = VectorVote.later(examples, cacheDir)!();
      expect(over).toHaveBeenCalledTimes(1);
      expect(sharesOf(rebuilt)).toEqual(sharesOf(VectorVote.over(examples))); // (the second call)
      VectorVote.later(examples.slice(1), cacheDir)!();
      expect(over).toHaveBeenCalledTimes(3);
      Object.assign(VECTORS, { dir: mkdtempSync(path.join(tmpdir(), 'vectors-')) }); // a new directory: the table is read afresh
      writeTable(VECTORS.dir, ['sick', 'poorly', 'journalist', 'hack', 'today'], [120, 5, 0, 110, 15, 0, 3, 120, 0, 10, 110, 5, 0, 1, 127], 3);
      try {
        VectorVote.later(examples, cacheDir)!();
        expect(over).toHaveBeenCalledTimes(4);
      } finally {
        rmSync(VECTORS.dir, { recursive: true, force: true });
      }
    });

    it('reads a saved vote\'s means in place from an aligned buffer, by copy from any other, with the same shares', () => {
      const vote = VectorVote.over(examples)!;
      const bytes = vote.toBinary();
      const aligned = VectorVote.fromBinary(bytes, wordVectors()!);
      const shifted = Buffer.alloc(bytes.length + 1);
      bytes.copy(shifted, 1);
      const unaligned = VectorVote.fromBinary(shifted.subarray(1), wordVectors()!);
      const meansOf = (v: VectorVote) => (v as unknown as { means: Float32Array }).means;
      expect(meansOf(aligned).buffer).toBe(bytes.buffer); // a view, not a copy
      expect(meansOf(unaligned).buffer).not.toBe(shifted.buffer);
      expect(sharesOf(aligned)).toEqual(sharesOf(vote));
      expect(sharesOf(unaligned)).toEqual(sharesOf(vote));
    });

    it('is nothing while the switch is off', () => {
      VECTORS.enabled = false;
      expect(VectorVote.later(examples, cacheDir)).toBeUndefined();
    });
  });
});
