/**
 * Names by a numeric hash of their text, so the expression screen can find the task or field an expression names
 * without slicing the name out of the string (a slice allocates, and a Map lookup by string hashes it again). The
 * screen computes the hashes of the first segments in the same pass that checks the body's characters. Callers
 * must compare the found name with the text: two names can share a hash.
 */
import type { TaskEntry } from './taskWalker';

/** One step of the hash: `hashStep(hash, c)` over every char code of a name gives `nameHash` of it. */
export function hashStep(hash: number, charCode: number): number {
  return (Math.imul(hash, 31) + charCode) | 0;
}

/** The hash of a whole name. */
export function nameHash(name: string): number {
  let hash = 0;
  for (let i = 0; i < name.length; i++) hash = hashStep(hash, name.charCodeAt(i));
  return hash;
}

/**
 * Names by hash. Where two names share a hash only the first is kept: the screen then misses the other, which is
 * safe because it is conservative.
 */
export function nameTable(names: Iterable<string>): ReadonlyMap<number, string> {
  const table = new Map<number, string>();
  for (const name of names) {
    const hash = nameHash(name);
    if (!table.has(hash)) table.set(hash, name);
  }
  return table;
}

/** The scope's task references by hash, first kept on a shared hash like `nameTable`. */
export function refTable(byRef: ReadonlyMap<string, TaskEntry>): ReadonlyMap<number, TaskEntry> {
  const table = new Map<number, TaskEntry>();
  for (const [ref, entry] of byRef) {
    const hash = nameHash(ref);
    if (!table.has(hash)) table.set(hash, entry);
  }
  return table;
}
