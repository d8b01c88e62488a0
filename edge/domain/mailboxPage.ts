/**
 * The development mailbox page (/dev/mailbox), rendered on the server as plain HTML: no script and no
 * inline style, so the edge's self-only Content-Security-Policy holds. Every value comes from mail (a
 * subject or an address may hold anything a person typed), so every value is HTML-escaped; the only
 * markup added to the text part is a link around each http(s) URL.
 */
import { escapeHtml } from './htmlEscape.ts';

export interface MailboxPageMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  sentAt: string;
}


const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;
/** Punctuation that ends a sentence after a URL rather than belonging to it. */
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;

/** The text part, escaped, with each http(s) URL turned into a link to itself. */
export function linkifyText(text: string): string {
  let html = '';
  let position = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0].replace(TRAILING_PUNCTUATION, '');
    if (url.length <= 'https://'.length) continue;
    html += escapeHtml(text.slice(position, match.index));
    html += `<a href="${escapeHtml(url)}" rel="noreferrer">${escapeHtml(url)}</a>`;
    position = match.index + url.length;
  }
  return html + escapeHtml(text.slice(position));
}

/** "2026-11-24 09:30:12 UTC" from an ISO 8601 instant; anything else is shown as it came. */
function readableDate(sentAt: string): string {
  const date = new Date(sentAt);
  if (Number.isNaN(date.getTime())) return sentAt;
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

function renderMessage(message: MailboxPageMessage): string {
  return [
    `<article id="message-${escapeHtml(message.id)}">`,
    `<h2>${escapeHtml(message.subject)}</h2>`,
    '<dl>',
    `<dt>To</dt><dd>${escapeHtml(message.to)}</dd>`,
    `<dt>Subject</dt><dd>${escapeHtml(message.subject)}</dd>`,
    `<dt>Date</dt><dd><time datetime="${escapeHtml(message.sentAt)}">${escapeHtml(readableDate(message.sentAt))}</time></dd>`,
    '</dl>',
    `<pre>${linkifyText(message.text)}</pre>`,
    '</article>',
  ].join('\n');
}

export function renderMailboxPage(messages: readonly MailboxPageMessage[]): string {
  const body =
    messages.length === 0 ? '<p>No messages yet.</p>' : messages.map((message) => renderMessage(message)).join('\n<hr>\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Development mailbox</title>
</head>
<body>
<main>
<h1>Development mailbox</h1>
<p>These emails were not sent: SMTP_URL is unset, so Lanyard stored them in the development outbox instead. Newest first.</p>
${body}
</main>
</body>
</html>
`;
}
