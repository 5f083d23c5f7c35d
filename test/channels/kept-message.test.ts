import { keepMessageUpToDate, KeptMessage, KeptMessagePolicy } from '../../src/channels/kept-message';

/** A chat service of one conversation: messages by id, an update that can be made to fail. */
function service(options: { updateFails?: boolean; noId?: boolean } = {}) {
  const messages = new Map<string, string>();
  const saved: Array<{ id: string; shows: string }> = [];
  const steps: string[] = [];
  let n = 0;
  const message = (policy: KeptMessagePolicy, text: string, shows: string, post?: { id: string; shows: string }): KeptMessage<{ id: string; shows: string }> => ({
    policy,
    saved: post,
    shownIn: (p) => p.shows,
    shows,
    update: async (p) => {
      if (options.updateFails) throw new Error('message_not_found');
      messages.set(p.id, text);
    },
    send: async () => {
      const id = `m${++n}`;
      messages.set(id, text);
      return options.noId ? undefined : { id, shows: '' };
    },
    save: (p, at) => saved.push({ id: p.id, shows: at }),
    log: (step) => steps.push(step),
  });
  return { messages, saved, steps, message };
}

describe('a message kept up to date as a request moves on', () => {
  it('is updated in place, and a late retry never puts an older state over it', async () => {
    const s = service();
    const first = { id: 'm0', shows: '2026-11-30T10:00:00Z' };
    s.messages.set('m0', 'new');
    expect(await keepMessageUpToDate(s.message('one message', 'acknowledged', '2026-11-30T11:00:00Z', first))).toBe('updated');
    expect(s.messages.get('m0')).toBe('acknowledged');
    expect(s.saved).toEqual([{ id: 'm0', shows: '2026-11-30T11:00:00Z' }]);
    const nowShowing = { id: 'm0', shows: '2026-11-30T11:00:00Z' };
    expect(await keepMessageUpToDate(s.message('one message', 'new', '2026-11-30T10:00:00Z', nowShowing))).toBe('newer_shown');
    expect(s.messages.get('m0')).toBe('acknowledged');
  });

  it("one message (the Clerks' channel): a failed update throws and nothing new is posted", async () => {
    const s = service({ updateFails: true });
    await expect(keepMessageUpToDate(s.message('one message', 'acknowledged', 't2', { id: 'm0', shows: 't1' }))).rejects.toThrow('message_not_found');
    expect(s.messages.size).toBe(0);
    expect(s.saved).toEqual([]);
  });

  it("one message: a new post that comes back without an id throws, so it is retried", async () => {
    const s = service({ noId: true });
    await expect(keepMessageUpToDate(s.message('one message', 'new', 't1'))).rejects.toThrow(/without an id/);
  });

  it("send anew (the complaint handler's message): a failed update sends a new message, which is saved", async () => {
    const s = service({ updateFails: true });
    expect(await keepMessageUpToDate(s.message('send anew', 'acknowledged', 't2', { id: 'm0', shows: 't1' }))).toBe('sent');
    expect([...s.messages.entries()]).toEqual([['m1', 'acknowledged']]);
    expect(s.saved).toEqual([{ id: 'm1', shows: 't2' }]);
    expect(s.steps).toEqual(['update_failed', 'sent']);
  });

  it('send anew: a new message without an id is sent all the same, and not saved', async () => {
    const s = service({ noId: true });
    expect(await keepMessageUpToDate(s.message('send anew', 'new', 't1'))).toBe('sent');
    expect(s.messages.size).toBe(1);
    expect(s.saved).toEqual([]);
  });
});
