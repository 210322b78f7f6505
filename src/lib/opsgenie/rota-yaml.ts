import type { ImportedOverride, ImportedPerson, ImportedRotation } from './import.ts';

/**
 * The three rota files as YAML text in the hand-written style of content/rota/: plain dates,
 * quoted clock times, one blank line between entries. `headers` are the comment blocks that open
 * each file, kept from the files being replaced so their field notes survive an import.
 */
export function rotaYaml(
  result: { people: readonly ImportedPerson[]; rotations: readonly ImportedRotation[]; overrides: readonly ImportedOverride[] },
  headers: { people?: string | undefined; rotations?: string | undefined; overrides?: string | undefined } = {},
  source = 'Opsgenie',
): { people: string; rotations: string; overrides: string } {
  const stamp = `# Imported from ${source} by npm run import:opsgenie.\n`;
  const people = result.people.map((p) =>
    [`- id: ${p.id}`, `  name: ${str(p.name)}`, `  role: ${p.role}`, `  onCall: ${p.onCall}`, `  email: ${str(p.email)}`].join('\n'),
  );
  const rotations = result.rotations.map((r) => {
    const lines = [`- id: ${r.id}`, `  name: ${str(r.name)}`, `  kind: ${r.kind}`];
    if (r.role) lines.push(`  role: ${r.role}`);
    if (r.kind === 'on-call') lines.push(`  tier: ${r.tier}`);
    lines.push(`  start: ${r.start}`);
    if (r.until) lines.push(`  until: ${r.until}`);
    lines.push(
      `  turnWeeks: ${r.turnWeeks}`,
      `  handoff: { day: ${r.handoff.day}, time: "${r.handoff.time}" }`,
      '  members:',
      ...r.members.map((m) => `    - ${m}`),
    );
    if (r.changes.length) {
      lines.push('  changes:');
      for (const c of r.changes) lines.push(`    - from: ${c.from}`, '      members:', ...c.members.map((m) => `        - ${m}`));
    }
    return lines.join('\n');
  });
  const overrides = result.overrides.map((o) =>
    [
      `- rotation: ${o.rotation}`,
      `  from: ${o.from}`,
      `  to: ${o.to}`,
      `  cover: ${o.cover}`,
      `  reason: ${o.reason}`,
      `  note: ${str(o.note)}`,
    ].join('\n'),
  );
  const file = (header: string | undefined, entries: string[]) =>
    `${header ?? ''}${stamp}\n${entries.length ? entries.join('\n\n') : '[]'}\n`;
  return {
    people: file(headers.people, people),
    rotations: file(headers.rotations, rotations),
    overrides: file(headers.overrides, overrides),
  };
}

/** The leading comment block of a YAML file (every line up to the first that is not a comment). */
export function leadingComments(text: string): string {
  const lines = text.split('\n');
  const kept: string[] = [];
  for (const line of lines) {
    if (!line.startsWith('#') && line.trim() !== '') break;
    if (line.startsWith('#')) kept.push(line);
    else if (kept.length) kept.push('#');
  }
  while (kept.at(-1) === '#') kept.pop();
  const body = kept.filter((l) => !l.startsWith('# Imported from ')).join('\n');
  return body ? `${body}\n` : '';
}

/** A YAML scalar: plain when that reads back as the same string, otherwise double-quoted. */
function str(value: string): string {
  return /^[A-Za-z\u00C0-\uFFFF][\w\u00C0-\uFFFF .'@()-]*$/.test(value) && !/[:#]|\s$|^(?:true|false|null|yes|no|on|off|~)$/i.test(value)
    ? value
    : JSON.stringify(value);
}
