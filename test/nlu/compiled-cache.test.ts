import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cacheFile, writeCached } from '../../src/nlu/cacheFiles';
import { IntentClassifier } from '../../src/nlu/classifier';
import { loadIntents } from '../../src/nlu/intents';
import { SNAPSHOT_CORPUS, SNAPSHOT_MESSAGES } from './snapshot-corpus';

const INTENTS_DIR = path.join(__dirname, '..', '..', 'intents');

describe('the compiled cache of the intents', () => {
  let work: string;
  let intentsDir: string;
  let cacheDir: string;
  beforeEach(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'compiled-cache-'));
    intentsDir = path.join(work, 'intents');
    cacheDir = path.join(work, 'cache');
    fs.mkdirSync(intentsDir);
    for (const f of fs.readdirSync(INTENTS_DIR).filter((f) => f.endsWith('.yaml')).slice(0, 3)) fs.copyFileSync(path.join(INTENTS_DIR, f), path.join(intentsDir, f));
  });
  afterEach(() => {
    jest.dontMock('yaml');
    fs.rmSync(work, { recursive: true, force: true });
  });

  /** loadIntents from a fresh module registry in which the YAML parser cannot be loaded. */
  function loadWithoutYaml(): ReturnType<typeof loadIntents> {
    let loaded: ReturnType<typeof loadIntents> = [];
    jest.isolateModules(() => {
      jest.doMock('yaml', () => {
        throw new Error('the YAML parser was loaded');
      });
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const fresh = require('../../src/nlu/intents') as typeof import('../../src/nlu/intents');
      loaded = fresh.loadIntents(intentsDir, { cacheDir });
    });
    return loaded;
  }

  test('a warm start reads the same intents without parsing any YAML', () => {
    const cold = loadIntents(intentsDir, { cacheDir });
    expect(fs.readdirSync(cacheDir).filter((f) => f.startsWith('intents-'))).toHaveLength(1);
    expect(loadWithoutYaml()).toEqual(cold);
  });

  test('a changed intent file is parsed again, and the stale cache file removed', () => {
    loadIntents(intentsDir, { cacheDir });
    const [file] = fs.readdirSync(intentsDir);
    fs.writeFileSync(path.join(intentsDir, file), fs.readFileSync(path.join(intentsDir, file), 'utf8').replace(/^summary: .*$/m, 'summary: A summary changed for the test.'));
    const changed = loadIntents(intentsDir, { cacheDir });
    expect(changed.find((i) => `${i.id}.yaml` === file)?.summary).toBe('A summary changed for the test.');
    expect(fs.readdirSync(cacheDir).filter((f) => f.startsWith('intents-'))).toHaveLength(1);
    expect(loadWithoutYaml()).toEqual(changed);
  });

  test('a broken intent file is still reported by name, cache or not', () => {
    loadIntents(intentsDir, { cacheDir });
    const [file] = fs.readdirSync(intentsDir);
    fs.writeFileSync(path.join(intentsDir, file), 'id: [unclosed');
    expect(() => loadIntents(intentsDir, { cacheDir })).toThrow(new RegExp(`${file}: not valid YAML`));
  });
});

describe('the saved model', () => {
  const model = IntentClassifier.train(SNAPSHOT_CORPUS, { epochs: 5 });

  test('loaded from its binary form, predicts exactly as the model trained', () => {
    const loaded = IntentClassifier.fromBinary(model.toBinary());
    for (const { text, role } of SNAPSHOT_MESSAGES) {
      const [a, b] = [model.predict(text, role), loaded.predict(text, role)];
      expect(b.ranked).toEqual(a.ranked);
      expect(model.labels.map((l) => b.probabilityOf(l))).toEqual(model.labels.map((l) => a.probabilityOf(l)));
    }
  });

  test('a truncated or foreign file is refused, not half-read', () => {
    const bytes = model.toBinary();
    expect(() => IntentClassifier.fromBinary(bytes.subarray(0, bytes.length - 4))).toThrow(/inconsistent/);
    expect(() => IntentClassifier.fromBinary(Buffer.from('{"format":1}'))).toThrow(/not a saved classifier/);
  });
});

describe('cache files of compiled code and of ts-jest', () => {
  test("saving one flavour's model leaves the other's in place, so `npm test` does not make the next start retrain", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flavours-'));
    try {
      const other = path.join(dir, 'intent-model-js-0123456789abcdef.bin');
      fs.writeFileSync(other, 'the compiled build’s model');
      const own = cacheFile(dir, 'intent-model', 'fedcba9876543210', 'bin');
      expect(path.basename(own)).toBe('intent-model-ts-fedcba9876543210.bin');
      writeCached(own, Buffer.from('this run’s model'));
      writeCached(cacheFile(dir, 'intent-model', '00000000000000ff', 'bin'), Buffer.from('a newer model'));
      expect(fs.readdirSync(dir).sort()).toEqual(['intent-model-js-0123456789abcdef.bin', 'intent-model-ts-00000000000000ff.bin']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
