import { runCliCaptured } from '../support/runCli';
import { library } from '../support/fixtures';

/**
 * `start --help` (docs/uat-twenty-second-session.md): `start` takes no options, so its help said only "-h, --help",
 * and a new Clerk looked there for how to choose their council. It now names the settings a first start needs.
 */
describe('protocol-bot start --help', () => {
  test('names COUNCIL with the bundled ids and an ingested one, the queue, the protocols folder and how to be a Clerk', async () => {
    const help = (await runCliCaptured(['start', '--help'])).stdout.replace(/\s+/g, ' ');
    expect(help).toMatch(/COUNCIL=<id> the council whose protocol answers: alsager, cottingham, flitwick \(the default\), halstead, tewkesbury, or the id you gave `ingest --council`/);
    expect(help).toMatch(/DATABASE_PATH=<file> the Clerk's queue/);
    expect(help).toMatch(/PROTOCOLS_DIR=<folder>/);
    expect(help).toMatch(/CLERK_USER_IDS=console:<login> makes you a Clerk in the console \(or type \/role clerk there\)/);
    expect(help).toMatch(/For example: COUNCIL=cottingham bin\/protocol-bot start/);
  });

  test('the bundled councils it names are the ones shipped', () => {
    expect(library().ids()).toEqual(['alsager', 'cottingham', 'flitwick', 'halstead', 'tewkesbury']);
  });
});
