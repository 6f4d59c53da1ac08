/** A message template: `{placeholder}`s in a subject and a body, editable per therapist. */
export interface MessageTemplate {
  subject: string;
  body: string;
}

/**
 * Fills `{name}`-style placeholders. A line that held placeholders and is blank once they are
 * filled is dropped, so optional parts (a reason, the fee) leave no gaps; runs of blank lines
 * become one. Unknown placeholders stay as written, so a typo shows instead of vanishing.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  const lines: string[] = [];
  for (const line of template.replace(/\r\n?/g, '\n').split('\n')) {
    let hadPlaceholder = false;
    const filled = line.replace(/\{(\w+)\}/g, (whole, key: string) => {
      const value = values[key];
      if (value === undefined) return whole;
      hadPlaceholder = true;
      return value;
    });
    if (hadPlaceholder && filled.trim() === '') continue;
    lines.push(filled.replace(/[ \t]+$/, ''));
  }
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

/** Fills a subject (one line: extra spaces left by empty placeholders are squeezed). */
export function fillSubject(template: string, values: Readonly<Record<string, string>>): string {
  return fillTemplate(template, values).replace(/\s+/g, ' ').trim();
}
