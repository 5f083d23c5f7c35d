import { canBeRated, ratedAnswers } from '../../src/assistant/rating';
import type { Reply } from '../../src/assistant/reply';
import { ConsoleSession } from '../../src/channels/console/session';
import { ACTIONS, encodeFeedback, replyMessages } from '../../src/channels/slack/blocks';
import { recordFeedback } from '../../src/channels/slack/listeners/actions/feedback';
import { answerCard } from '../../src/channels/teams/cards';
import { assistantWithQueue } from '../support/assistantWithQueue';
import { printingAsked, printingClause } from '../support/furtherAnswer';
import { ASKER, buttonArgs, fakeClient, makeContext, sampleReply } from './slack/helpers';
import { botHarness, button, buttons, cardInvoke, cardOf, councillor, personalMessage, teamsId } from './teams/helpers';

/**
 * 👍/👎 under a reply to two questions rate both answers: each question's intent and clauses are
 * stored as a feedback row of its own, in every channel. (twoq18; messages written for this test.)
 */
const twoQuestions = (council: string, overrides: Partial<Reply> = {}): Reply =>
  sampleReply({
    council: { id: council, name: 'Test Council' },
    clauses: [{ council, ref: '3.2', heading: 'Information', text: 'Officers may give Councillors information.', score: 1 }],
    also: [printingAsked([{ council, ref: '6.2', heading: 'Resources', text: 'Stationery is ordered by the Clerk.', score: 0.7 }, printingClause(council)])],
    ...overrides,
  });

describe('ratedAnswers', () => {
  test("the first question's clauses as before, then the further question's, its answering clause first", () => {
    expect(ratedAnswers(twoQuestions('halstead'))).toEqual([
      { intent: 'document_access', clauseRefs: ['halstead:3.2'] },
      { intent: 'council_resources', clauseRefs: ['halstead:6.1', 'halstead:6.2'] },
    ]);
  });

  test('a further answer whose clause was quoted for the first question still names that clause', () => {
    const reply = twoQuestions('halstead');
    const shared = { ...reply, clauses: [...reply.clauses, reply.also![0].clauses[1]], also: [{ ...reply.also![0], clauses: [] }] };
    expect(ratedAnswers(shared)[1]).toEqual({ intent: 'council_resources', clauseRefs: ['halstead:6.1'] });
  });

  test('one question: one rated answer, as before', () => {
    expect(ratedAnswers(sampleReply())).toEqual([{ intent: 'document_access', clauseRefs: ['alsager:52', 'alsager:53'] }]);
  });

  test('a reply can be rated when any of its questions quoted the protocol', () => {
    expect(canBeRated(twoQuestions('halstead', { clauses: [] }))).toBe(true);
    expect(canBeRated(sampleReply({ clauses: [] }))).toBe(false);
  });
});

describe('Slack', () => {
  let t: ReturnType<typeof makeContext>;
  beforeEach(() => {
    t = makeContext();
  });
  afterEach(() => t.close());

  test('👎 under a reply to two questions stores both answers', async () => {
    const { args } = buttonArgs(fakeClient(), { actionId: ACTIONS.feedbackUnhelpful, value: encodeFeedback(twoQuestions('alsager')), user: ASKER });
    await recordFeedback(t.ctx)(args);
    expect(t.queue.exportPerson(`slack:${ASKER}`).feedback).toEqual([
      expect.objectContaining({ council: 'alsager', intent: 'document_access', helpful: false, clauseRefs: ['alsager:3.2'] }),
      expect.objectContaining({ council: 'alsager', intent: 'council_resources', helpful: false, clauseRefs: ['alsager:6.1', 'alsager:6.2'] }),
    ]);
  });

  test('the buttons are shown when only the further question quoted the protocol', () => {
    const blocks = replyMessages(twoQuestions('alsager', { clauses: [] })).flatMap((m) => m.blocks);
    expect(blocks.some((b) => b.block_id === 'feedback')).toBe(true);
  });

  test('a long reply still fits a button, dropping the further clauses first', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ council: 'alsager', ref: `${i}.${'9'.repeat(60)}`, heading: '', text: 'x', score: 0.5 }));
    const value = encodeFeedback(twoQuestions('alsager', { clauses: many.slice(0, 30), also: [{ ...twoQuestions('alsager').also![0], clauses: many.slice(30) }] }));
    expect(value.length).toBeLessThanOrEqual(2000);
    const payload = JSON.parse(value) as { r: string[]; a: { r: string[] }[] };
    expect(payload.r.length + payload.a[0].r.length).toBeLessThan(40);
    expect(payload.a[0].r.length).toBeLessThan(10);
  });
});

describe('Teams', () => {
  test("the card's 👎 stores both answers", async () => {
    const reply = twoQuestions('flitwick');
    const h = botHarness({ replies: { 'Can I see the tender file? also can I print leaflets at the office?': reply } });
    const dm = personalMessage(councillor, 'Can I see the tender file? also can I print leaflets at the office?');
    const card = cardOf((await h.send(dm))[0]);
    const unhelpful = button(card, '👎 Not helpful');
    await h.send(cardInvoke(dm, { ...(unhelpful.data as Record<string, unknown>) }));
    expect(h.queue.exportPerson(teamsId(councillor)).feedback).toEqual([
      expect.objectContaining({ council: 'flitwick', intent: 'document_access', helpful: false, clauseRefs: ['flitwick:3.2'] }),
      expect.objectContaining({ council: 'flitwick', intent: 'council_resources', helpful: false, clauseRefs: ['flitwick:6.1', 'flitwick:6.2'] }),
    ]);
  });

  test('a one-question card carries no further answers', () => {
    const feedback = buttons(answerCard(sampleReply())).filter((b) => b.verb === 'feedback');
    for (const b of feedback) expect(b.data).not.toHaveProperty('also');
  });
});

describe('console', () => {
  const bot = assistantWithQueue('two-questions-feedback-');

  test('/not-helpful after a reply to two questions stores both answers', () => {
    const text = 'can I see the contracts file for the play area? also can I get the office to photocopy my ward newsletter?';
    const real = bot.assistant.answer(text, { id: 'console:other', name: 'x', role: 'councillor' }, { council: 'flitwick', record: false });
    expect(real.also).toHaveLength(1);
    const jo = new ConsoleSession(bot.assistant, bot.queue, { userId: 'console:jo', name: 'Jo', role: 'councillor' });
    jo.handle(text);
    jo.handle('/not-helpful');
    const stored = bot.queue.exportPerson('console:jo').feedback;
    expect(stored.map((f) => [f.intent, f.helpful, f.clauseRefs])).toEqual(ratedAnswers(real).map((r) => [r.intent, false, r.clauseRefs]));
    expect(stored.map((f) => f.intent)).toEqual([real.intent, real.also![0].intent]);
    expect(stored[1].clauseRefs[0]).toBe(`flitwick:${real.also![0].answer!.ref}`);
  });
});
