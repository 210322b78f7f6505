/**
 * The importer replaces people.yaml with Opsgenie's users, but leaves the other rota files (such as
 * absences.yaml) as they are. Entries there that name someone the import removes would point at
 * nobody; this finds them so the importer can refuse, and say which, before it writes anything.
 */

export interface PersonNamedElsewhere {
  person: string;
  /** Entry numbers in the file, from 1, as the build's messages count them. */
  entries: number[];
}

/** People named by `entries` (in file order) who are not among `kept`, each with the entries naming them. */
export function peopleLeftBehind(entries: readonly { person: string }[], kept: Iterable<string>): PersonNamedElsewhere[] {
  const keep = new Set(kept);
  const found = new Map<string, number[]>();
  entries.forEach((entry, index) => {
    if (keep.has(entry.person)) return;
    const list = found.get(entry.person) ?? [];
    list.push(index + 1);
    found.set(entry.person, list);
  });
  return [...found].map(([person, list]) => ({ person, entries: list }));
}
