import fs from 'node:fs';
import { cacheFile, digestOf, moduleSource, readCached, writeCached } from './cacheFiles';
import { addKnownStems, canonicalWords, stem, stemsSoFar } from './normalize';

/**
 * The stem of every word of the protocols and of the intents, kept in the compiled cache
 * (`MODEL_CACHE_DIR`) and handed to `stem` before a message is read.
 *
 * Why: in a fresh process the Porter stemmer runs unoptimised, and a one-question `ask` stems
 * a few thousand words (the asker's protocol, sentence by sentence, to choose the answer):
 * about a tenth of its time. A stem depends only on the word and the code, so the file is keyed
 * by the code; the words are those of the texts when it was built, and a word it lacks (from a
 * protocol ingested since, or a message) is stemmed as before.
 */
export function preloadStems(cacheDir: string, texts: () => Iterable<string>): void {
  const file = cacheFile(cacheDir, 'stems', digestOf([moduleSource('normalize'), moduleSource('stemDictionary'), stemmerVersion()]), 'json');
  const known = readCached(file, (bytes) => JSON.parse(bytes.toString('utf8')) as [string, string][]);
  if (known) {
    addKnownStems(known);
    return;
  }
  // Every way a text is stemmed (content stems, feature stems) goes through `stem` on the parts of its canonical words.
  for (const text of texts()) for (const word of canonicalWords(text)) for (const part of word.split('-')) if (part) stem(part);
  writeCached(file, JSON.stringify(stemsSoFar()));
}

/** natural's version: its Porter stemmer is the rest of the code a stem depends on. */
function stemmerVersion(): string {
  try {
    return (JSON.parse(fs.readFileSync(require.resolve('natural/package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
