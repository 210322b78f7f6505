/**
 * Names shared by the importer and the parity check, so the check finds the site rotations an
 * import made from each Opsgenie rotation without any extra record.
 */

/**
 * Opsgenie rotations are often ended and replaced under a new name that carries dates ("Dev to
 * 2020-6-23", "OOH  2020-06-24 till 2020-12-23"); those belong to one rota line, "Dev" or "OOH".
 */
export function baseRotationName(name: string): string {
  const date = String.raw`\d{4}-\d{1,2}-\d{1,2}`;
  const tail = new RegExp(String.raw`\s*(?:(?:from|since)\s+)?(?:${date})?\s*(?:(?:to|till|until|-)\s*${date})?\s*$`, 'i');
  const stripped = name.replace(tail, '').replace(/\s+/g, ' ').trim();
  return stripped || name.trim();
}

/** "On Call Phone" to "on-call-phone": the site's id rules (lower-case letters, digits, single hyphens). */
export function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'rotation';
}

/** A 24-hour Opsgenie rotation becomes two site rotations, one per kind, with these id endings. */
export const SPLIT_SUFFIX = { 'first-line': 'working-hours', 'on-call': 'out-of-hours' } as const;

/** Does a site rotation id belong to the Opsgenie rotation line `base` (a slug)? */
export function belongsTo(siteId: string, base: string): boolean {
  return new RegExp(`^${base}(?:-(?:working-hours|out-of-hours))?(?:-\\d+)?$`).test(siteId);
}

/** People ids from an e-mail address: "siobhan.oneill@example.gov.uk" to "siobhan-oneill". */
export function personIdFromEmail(email: string): string {
  return slug(email.split('@')[0] ?? email);
}

/** "siobhan.oneill" to "Siobhan Oneill", for someone the users list does not name. */
export function nameFromEmail(email: string): string {
  return (email.split('@')[0] ?? email)
    .split(/[._-]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');
}
