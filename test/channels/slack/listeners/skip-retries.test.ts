import { skipRetries } from '../../../../src/channels/slack/listeners/skip-retries';
import { silentLogger } from '../../../../src/log';

const run = async (middleware: ReturnType<typeof skipRetries>, body: object, retryNum?: number) => {
  const next = jest.fn(async () => undefined);
  const ack = jest.fn(async () => undefined);
  await middleware({ body, context: { retryNum, isEnterpriseInstall: false }, next, ack } as never);
  return { next, ack };
};

describe('retried deliveries from Slack', () => {
  it('drops a retried event, so a question is not answered twice', async () => {
    const middleware = skipRetries(silentLogger);
    expect((await run(middleware, { type: 'event_callback', event_id: 'Ev1' })).next).toHaveBeenCalled();
    expect((await run(middleware, { type: 'event_callback', event_id: 'Ev1' }, 1)).next).not.toHaveBeenCalled();
  });

  it('drops a retry even when the first delivery reached another process (no memory of it here)', async () => {
    expect((await run(skipRetries(silentLogger), { type: 'event_callback', event_id: 'EvElsewhere' }, 3)).next).not.toHaveBeenCalled();
  });

  it('drops an event id already handled even without the retry header', async () => {
    const middleware = skipRetries(silentLogger);
    await run(middleware, { type: 'event_callback', event_id: 'Ev2' });
    expect((await run(middleware, { type: 'event_callback', event_id: 'Ev2' })).next).not.toHaveBeenCalled();
    expect((await run(middleware, { type: 'event_callback', event_id: 'Ev3' })).next).toHaveBeenCalled();
  });

  it('acknowledges a retried command without running it', async () => {
    const { next, ack } = await run(skipRetries(silentLogger), { command: '/request-documents' }, 2);
    expect(next).not.toHaveBeenCalled();
    expect(ack).toHaveBeenCalled();
  });

  it('lets form submissions through: they file with an idempotency key instead', async () => {
    expect((await run(skipRetries(silentLogger), { type: 'view_submission' }, 1)).next).toHaveBeenCalled();
  });

  it('forgets the oldest ids beyond its memory', async () => {
    const middleware = skipRetries(silentLogger, 2);
    for (const id of ['A', 'B', 'C']) await run(middleware, { type: 'event_callback', event_id: id });
    expect((await run(middleware, { type: 'event_callback', event_id: 'A' })).next).toHaveBeenCalled();
  });
});
