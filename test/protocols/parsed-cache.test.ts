import fs from 'node:fs';
import path from 'node:path';
import { ProtocolLibrary } from '../../src/protocols/library';
import { parseProtocol } from '../../src/protocols/parse';
import { parsedProtocolFile, parseProtocolBytes, PARSER_SOURCES } from '../../src/protocols/parsedCache';
import { MODEL_CACHE_DIR } from '../support/model';
import { PROJECT_ROOT, PROTOCOLS_DIR, removeTempDirs, tempDir } from '../support/fixtures';
import { runCliCaptured } from '../support/runCli';

afterEach(removeTempDirs);

/** Every protocol text the project ships or tests the parser with (the evaluation's unseen texts are not read here). */
const TEXT_FOLDERS = ['data/protocols', 'data/answers/design', 'test/protocols/fixtures', 'test/protocols/fixtures/unseen', 'test/protocols/fixtures/revised', 'test/fixtures/numbering', 'test/fixtures/qa'];
const texts = TEXT_FOLDERS.flatMap((folder) =>
  fs
    .readdirSync(path.join(PROJECT_ROOT, folder))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: `${folder}/${f}`, council: f.replace(/\.txt$/, ''), bytes: fs.readFileSync(path.join(PROJECT_ROOT, folder, f)) })),
);

/** parseProtocolBytes from a fresh module registry in which calling the parser throws: a new process that must not parse. */
function parseWithoutParser(bytes: Buffer, council: string, cacheDir: string): ReturnType<typeof parseProtocol> {
  let parsed: ReturnType<typeof parseProtocol> | undefined;
  jest.isolateModules(() => {
    jest.doMock('../../src/protocols/parse', () => ({
      ...jest.requireActual<typeof import('../../src/protocols/parse')>('../../src/protocols/parse'),
      parseProtocol: () => {
        throw new Error('the protocol was parsed');
      },
    }));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fresh = require('../../src/protocols/parsedCache') as typeof import('../../src/protocols/parsedCache');
    parsed = fresh.parseProtocolBytes(bytes, council, cacheDir);
  });
  jest.dontMock('../../src/protocols/parse');
  return parsed!;
}

describe("the compiled cache of a council's parsed protocol", () => {
  test('read back, every shipped and fixture protocol is exactly what a fresh parse gives (clauses and warnings)', () => {
    expect(texts.length).toBeGreaterThan(30);
    const cacheDir = tempDir();
    for (const { name, council, bytes } of texts) {
      const fresh = parseProtocol(bytes.toString('utf8'), council);
      expect({ name, ...parseProtocolBytes(bytes, council, cacheDir) }).toStrictEqual({ name, ...fresh }); // the first parse, saved
      expect(fs.existsSync(parsedProtocolFile(cacheDir, council, bytes))).toBe(true);
      expect({ name, ...parseWithoutParser(bytes, council, cacheDir) }).toStrictEqual({ name, ...fresh }); // read, not parsed
    }
  });

  test('a changed text is parsed again, not read', () => {
    const cacheDir = tempDir();
    const bytes = fs.readFileSync(path.join(PROTOCOLS_DIR, 'cottingham.txt'));
    parseProtocolBytes(bytes, 'cottingham', cacheDir);
    const changed = Buffer.from(bytes.toString('utf8').replace('Officers', 'Staff'));
    expect(parsedProtocolFile(cacheDir, 'cottingham', changed)).not.toBe(parsedProtocolFile(cacheDir, 'cottingham', bytes));
    expect(() => parseWithoutParser(changed, 'cottingham', cacheDir)).toThrow('the protocol was parsed');
    expect(parseProtocolBytes(changed, 'cottingham', cacheDir)).toStrictEqual(parseProtocol(changed.toString('utf8'), 'cottingham'));
    // The same text under another council id carries that id in every clause: its own file.
    expect(parsedProtocolFile(cacheDir, 'cottingham', bytes)).not.toBe(parsedProtocolFile(cacheDir, 'othertown', bytes));
  });

  test("a change to any of the parser's modules is a new file name", () => {
    const cacheDir = tempDir();
    const bytes = fs.readFileSync(path.join(PROTOCOLS_DIR, 'halstead.txt'));
    const before = parsedProtocolFile(cacheDir, 'halstead', bytes);
    for (const changedModule of PARSER_SOURCES) {
      let after = '';
      jest.isolateModules(() => {
        jest.doMock('../../src/nlu/cacheFiles', () => {
          const actual = jest.requireActual<typeof import('../../src/nlu/cacheFiles')>('../../src/nlu/cacheFiles');
          return { ...actual, moduleSource: (name: string) => (name === changedModule ? `${actual.moduleSource(name).toString()}\n// changed` : actual.moduleSource(name)) };
        });
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        after = (require('../../src/protocols/parsedCache') as typeof import('../../src/protocols/parsedCache')).parsedProtocolFile(cacheDir, 'halstead', bytes);
      });
      jest.dontMock('../../src/nlu/cacheFiles');
      expect({ changedModule, after }).not.toEqual({ changedModule, after: before });
    }
  });

  test("the parser's modules named in the key are parse.ts and everything it imports", () => {
    const found = new Set<string>();
    const visit = (file: string): void => {
      if (found.has(file)) return;
      found.add(file);
      const source = fs.readFileSync(path.join(PROJECT_ROOT, 'src', `${file}.ts`), 'utf8');
      for (const [, relative] of source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'(\.{1,2}\/[^']+)'/gms)) visit(path.posix.join(path.posix.dirname(file), relative));
    };
    visit('protocols/parse');
    expect([...found].sort()).toEqual(PARSER_SOURCES.map((s) => path.posix.join('nlu', s)).sort());
  });

  test('a damaged file is parsed again and replaced', () => {
    const cacheDir = tempDir();
    const bytes = fs.readFileSync(path.join(PROTOCOLS_DIR, 'flitwick.txt'));
    const file = parsedProtocolFile(cacheDir, 'flitwick', bytes);
    fs.writeFileSync(file, '{"clauses": 3}');
    expect(parseProtocolBytes(bytes, 'flitwick', cacheDir)).toStrictEqual(parseProtocol(bytes.toString('utf8'), 'flitwick'));
    expect(parseWithoutParser(bytes, 'flitwick', cacheDir).clauses.length).toBeGreaterThan(10);
  });

  test('the library with a cache folder gives the same protocols as without, from the second library on without parsing', () => {
    const cacheDir = tempDir();
    const plain = ProtocolLibrary.load(PROTOCOLS_DIR);
    const first = ProtocolLibrary.load(PROTOCOLS_DIR, { cacheDir });
    for (const id of plain.ids()) expect(first.get(id)).toStrictEqual(plain.get(id));
    expect(fs.readdirSync(cacheDir).filter((f) => f.startsWith('parsed-protocol-'))).toHaveLength(plain.ids().length);
    let second: ProtocolLibrary | undefined;
    jest.isolateModules(() => {
      jest.doMock('../../src/protocols/parse', () => ({
        ...jest.requireActual<typeof import('../../src/protocols/parse')>('../../src/protocols/parse'),
        parseProtocol: () => {
          throw new Error('the protocol was parsed');
        },
      }));
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      second = (require('../../src/protocols/library') as typeof import('../../src/protocols/library')).ProtocolLibrary.load(PROTOCOLS_DIR, { cacheDir });
    });
    jest.dontMock('../../src/protocols/parse');
    for (const id of plain.ids()) expect(second!.get(id)).toStrictEqual(plain.get(id));
  });

  test("`train` leaves every council's parsed protocol in the cache, so the first `ask` does not parse", async () => {
    const library = ProtocolLibrary.load(PROTOCOLS_DIR);
    const files = library.ids().map((id) => parsedProtocolFile(MODEL_CACHE_DIR, id, fs.readFileSync(path.join(PROTOCOLS_DIR, `${id}.txt`))));
    for (const file of files) fs.rmSync(file, { force: true });
    const result = await runCliCaptured(['train'], { MODEL_CACHE_DIR, PROTOCOLS_DIR });
    expect(result.code).toBe(0);
    expect(files.filter((file) => !fs.existsSync(file))).toEqual([]);
  });
});
