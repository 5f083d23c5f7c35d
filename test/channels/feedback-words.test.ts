import { feedbackThanks } from '../../src/channels/labels';

describe('what 👍/👎 says back (the same in every channel)', () => {
  test('👍 thanks, whatever was offered', () => {
    expect(feedbackThanks(true, ['question'], 'Chief Executive')).toBe('Thanks, glad that helped.');
  });

  test('👎 names "Ask the …" only where the answer offered it, in the council\'s title', () => {
    expect(feedbackThanks(false, ['document_request', 'question'], 'Chief Executive')).toBe(
      'Thanks for telling me. If you still need an answer, "Ask the Chief Executive" under the answer passes your question on.',
    );
    expect(feedbackThanks(false, ['document_request'], 'Chief Executive')).toBe(
      'Thanks for telling me. If you still need the papers, "Request these documents" under the answer asks the Chief Executive for them.',
    );
    expect(feedbackThanks(false, ['complaint'])).toBe('Thanks for telling me. If you want to complain, "Make a complaint" under the answer opens the form.');
  });

  test('👎 with no hand-off offered points to no button', () => {
    for (const offers of [[], ['my_requests']]) {
      const said = feedbackThanks(false, offers, 'Chief Executive');
      expect(said).not.toMatch(/"[^"]+" under the answer/);
      expect(said).toBe('Thanks for telling me. Try asking again in other words: when I am not sure of an answer, I offer to pass your question to the Chief Executive.');
    }
  });
});
