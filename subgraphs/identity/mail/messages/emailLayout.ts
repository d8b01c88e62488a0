import { escapeHtml } from './htmlEscape.ts';

/** Text within a paragraph: plain, or emphasised (a username, a company name the reader must notice). */
export type Inline = string | { strong: string };

/**
 * The building blocks of every Lanyard email. A message describes itself in blocks of plain values;
 * this file renders both parts from the same blocks, so the text and HTML parts always say the same
 * thing, every link appears in both, and every value is escaped here (a message cannot forget to).
 */
export type EmailBlock =
  | { paragraph: Inline[] }
  | { button: { label: string; url: string } }
  | { list: string[] }
  /** Smaller print at the end: what to do if the mail was not expected. */
  | { note: Inline[] };

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const fontStack = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
// Colours meet WCAG AA contrast on white: body #1f2937 (14.7:1), notes #4b5563 (7.6:1), the button's
// white on #1d4ed8 (6.7:1).
const style = {
  page: 'margin:0;padding:0;background-color:#f3f4f6;',
  card: 'max-width:560px;background-color:#ffffff;border-radius:8px;',
  content: `padding:32px 28px;font-family:${fontStack};font-size:16px;line-height:1.5;color:#1f2937;`,
  heading: 'margin:0 0 16px;font-size:22px;line-height:1.3;color:#111827;',
  paragraph: 'margin:0 0 16px;',
  button:
    'display:inline-block;padding:12px 20px;background-color:#1d4ed8;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:bold;',
  plainLink: 'color:#1d4ed8;word-break:break-all;',
  small: 'margin:0 0 16px;font-size:14px;color:#4b5563;',
  list: 'margin:0 0 16px;padding-left:24px;',
  listItem: 'margin:4px 0;',
};

/** Renders a message from its heading and blocks into a subject, a text part and an HTML part. */
export function renderEmail(email: { subject: string; heading: string; blocks: EmailBlock[] }): RenderedEmail {
  for (const block of email.blocks) if ('button' in block) assertWebLink(block.button.url);
  return {
    subject: email.subject,
    text: renderText(email.heading, email.blocks),
    html: renderHtml(email.subject, email.heading, email.blocks),
  };
}

function renderText(heading: string, blocks: EmailBlock[]): string {
  const sections = [heading];
  for (const block of blocks) {
    if ('paragraph' in block) sections.push(inlineText(block.paragraph));
    else if ('note' in block) sections.push(inlineText(block.note));
    else if ('list' in block) sections.push(block.list.map((item) => `  - ${item}`).join('\n'));
    // The link on a line of its own, so that mail clients make the whole address clickable.
    else sections.push(`${block.button.label}:\n${block.button.url}`);
  }
  return `${sections.join('\n\n')}\n`;
}

function renderHtml(subject: string, heading: string, blocks: EmailBlock[]): string {
  const body = blocks.map(blockHtml).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(subject)}</title>
</head>
<body style="${style.page}">
<div role="article" aria-label="${escapeHtml(subject)}" lang="en">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3f4f6;"><tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="${style.card}"><tr><td style="${style.content}">
<h1 style="${style.heading}">${escapeHtml(heading)}</h1>
${body}
</td></tr></table>
</td></tr></table>
</div>
</body>
</html>
`;
}

function blockHtml(block: EmailBlock): string {
  if ('paragraph' in block) return `<p style="${style.paragraph}">${inlineHtml(block.paragraph)}</p>`;
  if ('note' in block) return `<p style="${style.small}">${inlineHtml(block.note)}</p>`;
  if ('list' in block) {
    const items = block.list.map((item) => `<li style="${style.listItem}">${escapeHtml(item)}</li>`).join('');
    return `<ul style="${style.list}">${items}</ul>`;
  }
  const url = escapeHtml(block.button.url);
  // The button, then the address itself as text: some clients block styled links or images, and a
  // careful reader wants to see where a link goes before opening it.
  return `<p style="margin:24px 0;"><a href="${url}" style="${style.button}">${escapeHtml(block.button.label)}</a></p>
<p style="${style.small}">If the button does not work, copy this address into your browser:<br><a href="${url}" style="${style.plainLink}">${url}</a></p>`;
}

function inlineText(parts: Inline[]): string {
  return parts.map((part) => (typeof part === 'string' ? part : part.strong)).join('');
}

function inlineHtml(parts: Inline[]): string {
  return parts
    .map((part) => (typeof part === 'string' ? escapeHtml(part) : `<strong>${escapeHtml(part.strong)}</strong>`))
    .join('');
}

/**
 * Links in Lanyard mail lead to Lanyard's own pages. Anything but an absolute http(s) URL (a
 * `javascript:` URL, a relative path that would resolve against the mail client) is a bug upstream.
 */
function assertWebLink(url: string): void {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new Error('An email link must be an absolute http(s) URL.');
  }
  if (protocol !== 'https:' && protocol !== 'http:') {
    throw new Error('An email link must be an absolute http(s) URL.');
  }
}

/** "1 hour", "72 hours": a count with its unit, for validity periods. */
export function quantity(count: number, unit: string): string {
  if (!Number.isInteger(count) || count < 1) {
    throw new Error(`A validity period must be a whole number of ${unit}s, at least 1.`);
  }
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}
