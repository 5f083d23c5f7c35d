import path from 'node:path';

/**
 * scripts/pair-protocols.js finds the protocol text a pair file's council needs: a design text in data/answers/design/
 * and a check's own text in data/answers/check/, so a check set can sit on a protocol of its own.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { protocolsFor } = require('../../scripts/pair-protocols.js') as { protocolsFor: (files: string[]) => string[] };

const root = path.join(__dirname, '../..');

describe('pair-protocols finds a pair file\'s protocol', () => {
  it('finds a design text in data/answers/design/', () => {
    expect(protocolsFor([path.join(root, 'data/answers/design/pairs-ellingford-42.jsonl')])).toContain('data/answers/design/ellingford.txt');
  });

  it('finds a check text in data/answers/check/', () => {
    expect(protocolsFor([path.join(root, 'data/answers/check/pairs-coldharbour-42.jsonl')])).toContain('data/answers/check/coldharbour.txt');
  });
});
