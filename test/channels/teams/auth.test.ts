import { generateKeyPairSync, KeyObject, sign } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PLATFORM } from '../../../src/channels/teams/bot';
import type { RunningChannel } from '../../../src/channels/deps';
import { startTeams } from '../../../src/channels/teams/server';
import { silentLogger } from '../../../src/log';
import type { ClerkQueue } from '../../../src/queue/queue';
import { FakeConnector, postActivity } from './connector';
import { councillor, FakeAssistant, library, openQueue, personalMessage, removeTempDirs, teamsId, testConfig } from './helpers';

/**
 * With MICROSOFT_APP_ID set, only requests carrying a Bot Framework token signed by a key the
 * Bot Framework publishes get in. The published keys are served here from 127.0.0.1, so the
 * test needs no network and can prove that a well-signed token is let in (a control: the
 * rejections are about the token, not a broken set-up).
 */
const APP_ID = '0b0b0b0b-1111-2222-3333-444444444444';
const ISSUER = 'https://api.botframework.com';

/** The public cloud's settings (botframework-connector's defaults), with the channel keys served locally. */
const publicCloudWithKeysAt = (openIdMetadataUrl: string) => ({
  ValidateAuthority: true,
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  ToBotFromChannelTokenIssuer: ISSUER,
  OAuthUrl: 'https://api.botframework.com',
  ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
  ToBotFromEmulatorOpenIdMetadataUrl: openIdMetadataUrl,
  CallerId: 'urn:botframework:azure',
});

const b64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');

function token(key: KeyObject, claims: Record<string, unknown>): string {
  const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'published-key' }));
  const payload = b64url(JSON.stringify(claims));
  const signature = sign('RSA-SHA256', Buffer.from(`${header}.${payload}`), key);
  return `${header}.${payload}.${b64url(signature)}`;
}

describe('the Teams endpoint with an app id', () => {
  const published = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const impostor = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let keysServer: http.Server;
  let connector: FakeConnector;
  let queue: ClerkQueue;
  let teams: RunningChannel & { port: number };
  let endpoint: string;
  let errorSpy: jest.SpyInstance;

  beforeAll(async () => {
    keysServer = http.createServer((req, res) => {
      const base = `http://127.0.0.1:${(keysServer.address() as AddressInfo).port}`;
      res.setHeader('content-type', 'application/json');
      if (req.url === '/openid') res.end(JSON.stringify({ issuer: ISSUER, jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
      else res.end(JSON.stringify({ keys: [{ ...published.publicKey.export({ format: 'jwk' }), kid: 'published-key', use: 'sig', endorsements: ['msteams'] }] }));
    });
    await new Promise<void>((resolve) => keysServer.listen(0, '127.0.0.1', resolve));
    connector = await new FakeConnector().start();
    queue = openQueue();
    const config = testConfig({ MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'not-a-real-secret' });
    teams = await startTeams(
      { config, logger: silentLogger, library: library(), queue, assistant: new FakeAssistant() as never },
      { host: '127.0.0.1', authentication: publicCloudWithKeysAt(`http://127.0.0.1:${(keysServer.address() as AddressInfo).port}/openid`) },
    );
    endpoint = `http://127.0.0.1:${teams.port}/api/messages`;
    // CloudAdapter prints each rejected request with console.error; keep the test output readable.
    errorSpy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  afterAll(async () => {
    errorSpy?.mockRestore();
    await teams?.stop();
    await connector?.stop();
    await new Promise((resolve) => keysServer?.close(resolve));
    queue?.close();
    removeTempDirs();
  });

  const claims = (activity: { serviceUrl?: string }) => {
    const now = Math.floor(Date.now() / 1000);
    return { iss: ISSUER, aud: APP_ID, serviceurl: activity.serviceUrl, nbf: now - 60, exp: now + 600 };
  };

  test.each([
    ['no Authorization header', () => ({})],
    ['a token that is not a JWT', () => ({ authorization: 'Bearer not-a-token' })],
    ['a token signed by a key the Bot Framework does not publish', (a: { serviceUrl?: string }) => ({ authorization: `Bearer ${token(impostor.privateKey, claims(a))}` })],
    ['a token for another bot', (a: { serviceUrl?: string }) => ({ authorization: `Bearer ${token(published.privateKey, { ...claims(a), aud: 'another-bot' })}` })],
  ])('a request with %s is rejected with 401 and does nothing', async (_name, headers) => {
    const message = personalMessage(councillor, 'hello', connector.url);
    const response = await postActivity(endpoint, message, headers(message));
    expect(response.status).toBe(401);
    expect(connector.calls).toEqual([]);
    expect(queue.conversationReference(PLATFORM, teamsId(councillor))).toBeUndefined();
  });

  test('a request with a valid token gets in (control)', async () => {
    // An empty message: the bot stores the chat and has nothing to say, so no outbound call needs a real token.
    const message = personalMessage(councillor, '', connector.url);
    const response = await postActivity(endpoint, message, { authorization: `Bearer ${token(published.privateKey, claims(message))}` });
    expect(response.status).toBe(200);
    expect(queue.conversationReference(PLATFORM, teamsId(councillor))).toBeDefined();
  });
});
