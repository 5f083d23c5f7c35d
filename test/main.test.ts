import { main } from '../src/main';

describe('npm start with a bad set-up', () => {
  let stderr: string;
  let spy: jest.SpyInstance;
  beforeEach(() => {
    stderr = '';
    spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stderr += chunk.toString();
      return true;
    });
  });
  afterEach(() => {
    spy.mockRestore();
    process.exitCode = 0;
  });

  test.each([
    [{ COUNCIL: 'atlantis' }, /^protocol-bot: unknown council "atlantis"; known councils: alsager, cottingham, flitwick, halstead, tewkesbury\n$/],
    [{ LOG_LEVEL: 'loud' }, /^protocol-bot: invalid LOG_LEVEL="loud": .*"silent"\n$/],
    [{ PROTOCOLS_DIR: '/nonexistent/protocols' }, /^protocol-bot: \/nonexistent\/protocols: protocols folder not found\n$/],
    [{ INTENTS_DIR: '/nonexistent/intents' }, /^protocol-bot: \/nonexistent\/intents: intents folder not found\n$/],
  ])('%j stops with one line and exit code 2', async (env, message) => {
    await main({ LOG_LEVEL: 'silent', ...env } as NodeJS.ProcessEnv);
    expect(stderr).toMatch(message);
    expect(process.exitCode).toBe(2);
  });
});
