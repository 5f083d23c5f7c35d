import { cleanText, parseCommand } from '../../../src/channels/teams/commands';

describe('text commands (the titles of the manifest commandLists)', () => {
  test.each([
    ['help', { name: 'help' }],
    ['Help.', { name: 'help' }],
    ['/queue', { name: 'queue' }],
    ['My Requests', { name: 'my_requests' }],
    ['complaint', { name: 'complaint' }],
    ['Register clerk channel', { name: 'register_clerk_channel' }],
    ['request documents', { name: 'request_documents', what: '' }],
    ['Request documents: the pavilion tender', { name: 'request_documents', what: 'the pavilion tender' }],
    ['ask who signs letters?', { name: 'ask', question: 'who signs letters?' }],
  ])('%j is %j', (text, command) => {
    expect(parseCommand(text)).toEqual(command);
  });

  test.each(['asking for the minutes', 'complaint about the clerk, how do I make one?', 'what is the queue for planning?', 'help me with the press'])(
    '%j is a question, not a command',
    (text) => {
      expect(parseCommand(text)).toEqual({ name: 'question', text });
    },
  );

  test('Teams spacing is tidied', () => {
    expect(cleanText('  my&nbsp;requests \n')).toBe('my requests');
  });
});
