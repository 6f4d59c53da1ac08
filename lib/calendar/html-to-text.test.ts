import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text';

describe('htmlToText', () => {
  it.each([
    ['plain text keeps its lines', 'Room 4\nBring your worksheet', 'Room 4\nBring your worksheet'],
    ['plain text with & and < stays as written', 'Q&A <3', 'Q&A <3'],
    ['line breaks', 'Room 4<br>Bring your worksheet<br/>Thanks', 'Room 4\nBring your worksheet\nThanks'],
    ['bold and entities', '<b>Fee:</b> &pound;80 &amp; up &ndash; see&nbsp;policy', 'Fee: £80 & up – see policy'],
    ['numeric entities', '<span>caf&#233; &#x1F642;</span>', 'café 🙂'],
    [
      'a link keeps its address',
      'Join: <a href="https://zoom.us/j/123?pwd=a&amp;b=c">Zoom</a>',
      'Join: Zoom (https://zoom.us/j/123?pwd=a&b=c)',
    ],
    [
      'a link whose text is its address is not doubled',
      '<a href="https://meet.google.com/abc">https://meet.google.com/abc</a>',
      'https://meet.google.com/abc',
    ],
    ['mailto shows once', '<a href="mailto:lee@example.org">lee@example.org</a>', 'lee@example.org'],
    ['lists become bullets', '<ul><li>Breathe</li><li>Journal</li></ul>', '• Breathe\n• Journal'],
    ['paragraphs', '<p>One</p><p>Two</p>', 'One\nTwo'],
    [
      'scripts, styles and comments vanish',
      '<script>alert(1)</script><style>b{}</style><!-- x -->Hi <span>there</span>',
      'Hi there',
    ],
    ['source whitespace collapses in HTML', '<b>Hello</b>\n   world', 'Hello world'],
    ['no more than one empty line', 'A<br><br><br><br>B', 'A\n\nB'],
    ['an unknown entity stays', '<b>x</b> &bogus; y', 'x &bogus; y'],
    ['an image tag is dropped, not shown', '<b>x</b><img src=x onerror=alert(1)>', 'x'],
  ])('%s', (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});

describe('htmlToText on descriptions from ICS feeds', () => {
  it.each([
    ['Weekly session.<br>Join: <a href="x">Google Meet</a>', 'Weekly session.\nJoin: Google Meet'],
    ['<p>One</p><p>Two &amp; three</p>', 'One\nTwo & three'],
    ['<ul><li>Breathe</li><li>Walk</li></ul>', '• Breathe\n• Walk'],
    ['Plain text with a < and a link <https://example.com>', 'Plain text with a < and a link <https://example.com>'],
    ['<b>Bold</b> &#39;quoted&#39; &lt;script&gt;', "Bold 'quoted' <script>"],
  ])('%j', (html, text) => expect(htmlToText(html)).toBe(text));
});
