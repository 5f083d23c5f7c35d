import path from 'node:path';
import { Assistant } from '../../src/assistant/assistant';
import { ProtocolLibrary } from '../../src/protocols/library';
import { MODEL_CACHE_DIR } from './model';

const root = path.join(__dirname, '../..');
let library: ProtocolLibrary | undefined;

/**
 * An assistant on the shipped protocols and intents, with the tests' model cache, answering for the council named (no
 * queue, no thread): what a reading rule's tests ask through the whole bot.
 */
export function assistantFor(council: string): Assistant {
  library ??= ProtocolLibrary.load(path.join(root, 'data/protocols'));
  return Assistant.create({ config: { COUNCIL: council, INTENTS_DIR: path.join(root, 'intents'), MODEL_CACHE_DIR }, library });
}

/** The askers the reading-rule tests send their messages as. */
export const COUNCILLOR_ASKER = { id: 'test', name: 'Pat', role: 'councillor' } as const;
export const OFFICER_ASKER = { id: 'test', name: 'Sam', role: 'officer' } as const;
