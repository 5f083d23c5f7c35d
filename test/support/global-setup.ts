import { loadConfig } from '../../src/config';
import { IntentEngine } from '../../src/nlu/engine';
import { loadIntents } from '../../src/nlu/intents';

/**
 * Before any suite runs, the intent model of the tests' own flavour is made sure of in the shared
 * cache. Tests under jest name cache files by the `.ts` sources and `npm install` trains only the compiled
 * `.js` flavour, so on a fresh clone the first suites that needed the model each trained it, and a
 * suite that checks the cache (doctor's `model_cache`) passed or failed by which suite happened to
 * run first. When the model is cached already this only reads it back.
 */
export default function trainTestModelOnce(): void {
  const config = loadConfig({});
  const intents = loadIntents(config.INTENTS_DIR, { cacheDir: config.MODEL_CACHE_DIR });
  IntentEngine.train(intents, { cacheDir: config.MODEL_CACHE_DIR }).prepareVectorVote();
}
