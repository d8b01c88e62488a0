import { describe, expect, it } from 'vitest';
import { escapeHtml } from './htmlEscape.ts';
import { linkifyText, renderMailboxPage } from './mailboxPage.ts';

const hostile = {
  id: 'id-"1"',
  to: '"><img src=x onerror=alert(1)>@example.test',
  subject: '<script>alert("subject")</script>',
  text: 'Open https://lanyard.example/reset-password#token=abc&x=<b> now.\n<script>alert(1)</script>',
  sentAt: '2026-11-24T09:30:12.345Z',
};

describe('the development mailbox page', () => {
  it('escapes every HTML-significant character', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('turns http(s) URLs of the text into links, leaving sentence punctuation and other schemes alone', () => {
    expect(linkifyText('See https://a.example/x?y=1&z=2. Or http://b.example, not javascript:alert(1)')).toBe(
      'See <a href="https://a.example/x?y=1&amp;z=2" rel="noreferrer">https://a.example/x?y=1&amp;z=2</a>. ' +
        'Or <a href="http://b.example" rel="noreferrer">http://b.example</a>, not javascript:alert(1)',
    );
    expect(linkifyText('no links <here>')).toBe('no links &lt;here&gt;');
  });

  it('shows each message with To, Subject, date and text, every value escaped', () => {
    const html = renderMailboxPage([hostile]);
    expect(html).toContain('<title>Development mailbox</title>');
    expect(html).toContain('These emails were not sent');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('style=');
    expect(html).toContain('<dt>To</dt><dd>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;@example.test</dd>');
    expect(html).toContain('<dt>Subject</dt><dd>&lt;script&gt;alert(&quot;subject&quot;)&lt;/script&gt;</dd>');
    expect(html).toContain('<time datetime="2026-11-24T09:30:12.345Z">2026-11-24 09:30:12 UTC</time>');
    expect(html).toContain('id="message-id-&quot;1&quot;"');
    expect(html).toContain(
      '<pre>Open <a href="https://lanyard.example/reset-password#token=abc&amp;x=" rel="noreferrer">' +
        'https://lanyard.example/reset-password#token=abc&amp;x=</a>&lt;b&gt; now.\n&lt;script&gt;alert(1)&lt;/script&gt;</pre>',
    );
  });

  it('says when there is no mail yet', () => {
    expect(renderMailboxPage([])).toContain('<p>No messages yet.</p>');
  });
});
