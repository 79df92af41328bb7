/**
 * Everything the expression screen's verdicts depend on besides the string itself (`screenMemo.ts`): per task its
 * reference, type, parent, list and index (which determine the scope table and reachability), and the declared
 * workflow inputs. Kept in flat arrays and compared field by field, because building one string of it for every
 * version (a JSON text of all tasks) cost more than the comparison saves on a cold document.
 */
import { arrayProp, isObject, objectProp } from './jsonValue';
import type { TaskEntry } from './taskWalker';

/** Strings and keys per task, in this order. */
const NAMES_PER_TASK = 4;
/** Numbers per task: parent order and index. */
const NUMBERS_PER_TASK = 2;

/** The scope of one version of a workflow, comparable with another's. */
export class ScopeFingerprint {
  private constructor(
    private readonly declared: string,
    private readonly names: readonly (string | number | undefined)[],
    private readonly numbers: Int32Array,
  ) {}

  /** The fingerprint of a workflow value and its walked tasks. */
  static of(workflow: unknown, entries: readonly TaskEntry[]): ScopeFingerprint {
    const declared = isObject(workflow)
      ? JSON.stringify([
          arrayProp(workflow, 'inputParameters') ?? null,
          Object.keys(objectProp(workflow, 'inputTemplate') ?? {}),
        ])
      : '';
    const names: (string | number | undefined)[] = new Array<string | number | undefined>(
      entries.length * NAMES_PER_TASK,
    );
    const numbers = new Int32Array(entries.length * NUMBERS_PER_TASK);
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i] as TaskEntry;
      names[i * NAMES_PER_TASK] = entry.ref;
      names[i * NAMES_PER_TASK + 1] = entry.type;
      names[i * NAMES_PER_TASK + 2] = entry.branch;
      names[i * NAMES_PER_TASK + 3] = entry.branchKey;
      numbers[i * NUMBERS_PER_TASK] = entry.parent?.order ?? -1;
      numbers[i * NUMBERS_PER_TASK + 1] = entry.index;
    }
    return new ScopeFingerprint(declared, names, numbers);
  }

  /** True when both versions have the same scope (strings by value; a case key '1' differs from fork branch 1). */
  equals(other: ScopeFingerprint | undefined): boolean {
    if (!other || other.declared !== this.declared || other.names.length !== this.names.length) return false;
    for (let i = 0; i < this.names.length; i++) if (other.names[i] !== this.names[i]) return false;
    for (let i = 0; i < this.numbers.length; i++) if (other.numbers[i] !== this.numbers[i]) return false;
    return true;
  }
}
