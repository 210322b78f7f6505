/**
 * The fixed outline of a runbook body. Someone paged at 3am should find "How to fix" in the same
 * place on every runbook, so the build rejects bodies that drift from it. "Related runbooks" is
 * not written by hand: the page layout renders it from the `related` front matter field.
 */
export const RUNBOOK_SECTIONS = [
  'What the alert means',
  'Impact and SLA priority',
  'How to check',
  'How to fix',
  'When and how to escalate',
  'Out of hours',
] as const;

export const RELATED_SECTION = 'Related runbooks';

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const H2 = /^\s{0,3}##[ \t]+(.+?)[ \t]*#*[ \t]*$/;

export interface Section {
  heading: string;
  /** The section's Markdown up to the next level-two heading. */
  content: string;
}

/** The body split at its level-two headings, ignoring "##" inside fenced code blocks. */
export function h2Sections(body: string): Section[] {
  const sections: Section[] = [];
  let fence: string | undefined;
  for (const line of body.split(/\r?\n/)) {
    const f = FENCE.exec(line);
    if (f) {
      const marker = f[1]!;
      if (fence === undefined) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
    }
    const h = fence === undefined && !f ? H2.exec(line) : null;
    if (h) sections.push({ heading: h[1]!.trim(), content: '' });
    else if (sections.length > 0) sections[sections.length - 1]!.content += `${line}\n`;
  }
  return sections;
}

/** True when a section has nothing a reader would see: only blank lines and HTML comments. */
function isEmpty(content: string): boolean {
  return content.replace(/<!--[\s\S]*?-->/g, '').trim() === '';
}

/** What is wrong with a body's outline, as sentences for the author; empty when it is right. */
export function sectionProblems(body: string): string[] {
  const sections = h2Sections(body);
  const found = sections.map((s) => s.heading);
  const required: readonly string[] = RUNBOOK_SECTIONS;
  const problems: string[] = [];
  const outline = RUNBOOK_SECTIONS.map((s) => `"## ${s}"`).join(', ');

  for (const heading of found) {
    if (heading === RELATED_SECTION) {
      problems.push(
        `remove the "## ${RELATED_SECTION}" section: list related runbooks in the \`related\` field and the page adds the section`,
      );
    } else if (!required.includes(heading)) {
      problems.push(`unexpected section "## ${heading}": use "###" inside one of the standard sections`);
    }
  }
  const missing = required.filter((s) => !found.includes(s));
  for (const section of missing) problems.push(`missing section "## ${section}"`);

  for (const section of sections) {
    if (required.includes(section.heading) && isEmpty(section.content)) {
      problems.push(`section "## ${section.heading}" is empty`);
    }
  }

  const seen = found.filter((h) => required.includes(h));
  if (new Set(seen).size !== seen.length) {
    problems.push('a standard section appears twice');
  } else if (missing.length === 0 && seen.join('\n') !== required.join('\n')) {
    problems.push(`sections are out of order: they must be ${outline}`);
  }
  return problems;
}
