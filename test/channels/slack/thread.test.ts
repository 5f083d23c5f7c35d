import { DM_CONTINUES_WITHIN_MS, slackThread } from '../../../src/channels/slack/thread';

describe('which conversation a Slack message belongs to', () => {
  test('a reply in a thread belongs to that thread', () => {
    expect(slackThread({ channel: 'D1', ts: '2.0', threadTs: '1.0', isDirectMessage: true })).toEqual({ key: 'slack:D1:1.0' });
    expect(slackThread({ channel: 'C1', ts: '2.0', threadTs: '1.0', isDirectMessage: false })).toEqual({ key: 'slack:C1:1.0' });
  });

  test('an @mention outside a thread starts one, under itself', () => {
    expect(slackThread({ channel: 'C1', ts: '3.0', isDirectMessage: false })).toEqual({ key: 'slack:C1:3.0' });
  });

  test('a DM outside a thread starts one, and carries on the DM conversation of the last 10 minutes', () => {
    expect(slackThread({ channel: 'D1', ts: '3.0', isDirectMessage: true })).toEqual({
      key: 'slack:D1:3.0',
      continues: { key: 'slack:D1', withinMs: DM_CONTINUES_WITHIN_MS },
    });
    expect(DM_CONTINUES_WITHIN_MS).toBe(10 * 60 * 1000);
  });
});
