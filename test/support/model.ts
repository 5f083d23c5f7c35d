import { loadConfig } from '../../src/config';

/**
 * Tests share the project's model cache, which `npm install` fills (`protocol-bot train`), so
 * test files do not each train the intent model again, all at once, on a clean machine.
 */
export const MODEL_CACHE_DIR = loadConfig({}).MODEL_CACHE_DIR;
