import { loadConfig } from '../src/config';

describe('configuration from the environment', () => {
  test('has working defaults with nothing set', () => {
    const config = loadConfig({});
    expect(config.COUNCIL).toBe('flitwick');
    expect(config.DATABASE_PATH).toMatch(/var[/\\]protocol-bot\.sqlite$/);
    expect(config.LOG_LEVEL).toBe('info');
    expect(config.PORT).toBe(3000);
    expect(config.CLERK_USER_IDS).toEqual([]);
  });

  test('reads lists and numbers', () => {
    const config = loadConfig({ CLERK_USER_IDS: 'U1, U2,,', PORT: '8080', ACK_TARGET_DAYS: '3' });
    expect(config.CLERK_USER_IDS).toEqual(['U1', 'U2']);
    expect(config.PORT).toBe(8080);
    expect(config.ACK_TARGET_DAYS).toBe(3);
  });

  test.each([
    ['LOG_LEVEL', 'loud', /LOG_LEVEL="loud"/],
    ['PORT', 'eighty', /PORT="eighty"/],
    ['COUNCIL', 'Flitwick Town', /COUNCIL="Flitwick Town"/],
    ['SLACK_API_URL', 'not a url', /SLACK_API_URL/],
  ])('a bad %s is refused in one line naming it', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(message);
    try {
      loadConfig({ [name]: value });
    } catch (error) {
      expect((error as Error).message.split('\n')).toHaveLength(1);
    }
  });
});

describe('a bad value says what to type instead (uat26)', () => {
  test("a council's name typed as written names the id it would be", () => {
    expect(() => loadConfig({ COUNCIL: 'Rookhaven' })).toThrow(
      'invalid COUNCIL="Rookhaven": a council id is lower-case letters, digits or dashes, starting with a letter, such as "flitwick" (did you mean COUNCIL=rookhaven?)',
    );
    expect(() => loadConfig({ COUNCIL: 'Little Marshwood' })).toThrow(/\(did you mean COUNCIL=little-marshwood\?\)$/);
    expect(() => loadConfig({ COUNCIL: '3rd-parish' })).toThrow(/such as "flitwick"$/);
  });

  test.each(['PROTOCOLS_DIR', 'DATABASE_PATH', 'INTENTS_DIR', 'MODEL_CACHE_DIR'])('%s set but empty is refused in words, naming the default', (name) => {
    expect(() => loadConfig({ [name]: '' })).toThrow(new RegExp(`^invalid ${name}="": an empty path: give one, or leave it unset for the default \\(.+\\)$`));
  });
});
