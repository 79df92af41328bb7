/**
 * Names by a numeric hash of their text, so the expression screen can find the task, field or input an expression
 * names without slicing the name out of the string (a slice allocates, and a Map lookup by string hashes it
 * again). The screen computes the hashes of the first segments in the same pass that checks the body's
 * characters; the table is open addressing over typed arrays, cheaper per lookup than a Map. Callers must compare
 * the found name with the text: two names can share a hash.
 */

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
 * A read-only table from name hashes to values. Where two names share a hash only the first is kept: the screen
 * then misses the other, which is safe because it is conservative.
 */
export class HashTable<T> {
  private readonly hashes: Int32Array;
  /** Index + 1 into `values` per slot; 0 marks an empty slot. */
  private readonly slots: Int32Array;
  private readonly values: T[] = [];
  private readonly mask: number;

  constructor(entries: ReadonlyMap<string, T>) {
    let size = 16;
    while (size < entries.size * 2) size *= 2;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.slots = new Int32Array(size);
    // forEach hands over key and value without the pair array a for…of over entries allocates.
    entries.forEach((value, name) => this.add(nameHash(name), value));
  }

  /** The value whose name has this hash, if any. */
  get(hash: number): T | undefined {
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      const slot = this.slots[i] ?? 0;
      if (slot === 0) return undefined;
      if (this.hashes[i] === hash) return this.values[slot - 1];
    }
  }

  private add(hash: number, value: T): void {
    let i = hash & this.mask;
    for (; this.slots[i] !== 0; i = (i + 1) & this.mask) if (this.hashes[i] === hash) return;
    this.values.push(value);
    this.hashes[i] = hash;
    this.slots[i] = this.values.length;
  }
}

/** A table of names keyed by themselves (the screen verifies the name it finds). */
export function nameTable(names: Iterable<string>): HashTable<string> {
  return new HashTable(new Map([...names].map((name) => [name, name])));
}
