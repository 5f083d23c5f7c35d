import { escapeMrkdwn, quoteMrkdwn } from '../../../src/channels/slack/escape';

describe('mrkdwn escaping', () => {
  it('stops user text from pinging a channel or forming links', () => {
    expect(escapeMrkdwn('<!channel> see <http://x|here> & <@U1>')).toBe('&lt;!channel&gt; see &lt;http://x|here&gt; &amp; &lt;@U1&gt;');
  });

  it('escapes an ampersand once, so existing entities stay visible as typed', () => {
    expect(escapeMrkdwn('&amp;')).toBe('&amp;amp;');
  });

  it('quotes every line and escapes it', () => {
    expect(quoteMrkdwn('a <b>\nc & d')).toBe('>a &lt;b&gt;\n>c &amp; d');
  });
});
