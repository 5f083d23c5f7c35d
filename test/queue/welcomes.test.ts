import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { openQueue, tempDir } from './helpers';
import { removeTempDirs } from '../support/fixtures';

afterAll(() => removeTempDirs());

describe('a welcome is said once per person and channel', () => {
  it('is claimed the first time only, and stays claimed after a restart', () => {
    const file = path.join(tempDir(), 'q.sqlite');
    let queue = openQueue(file);
    expect(queue.claimWelcome('slack:U1', 'slack')).toBe(true);
    expect(queue.claimWelcome('slack:U1', 'slack')).toBe(false);
    expect(queue.claimWelcome('slack:U2', 'slack')).toBe(true);
    queue.close();
    queue = openQueue(file);
    expect(queue.claimWelcome('slack:U1', 'slack')).toBe(false);
    queue.close();
  });

  it('can be given back when it could not be sent, so the next visit tries again', () => {
    const queue = openQueue(path.join(tempDir(), 'q.sqlite'));
    expect(queue.claimWelcome('slack:U1', 'slack')).toBe(true);
    queue.forgetWelcome('slack:U1', 'slack');
    expect(queue.claimWelcome('slack:U1', 'slack')).toBe(true);
    queue.close();
  });

  it('is part of what is held about a person', () => {
    const queue = openQueue(path.join(tempDir(), 'q.sqlite'), { now: () => new Date('2026-11-30T22:00:00Z') });
    queue.claimWelcome('slack:U1', 'slack');
    expect(queue.exportPerson('slack:U1').welcomed).toEqual([{ channel: 'slack', at: '2026-11-30T22:00:00.000Z' }]);
    expect(queue.exportPerson('slack:U2').welcomed).toEqual([]);
    queue.close();
  });
});
