/**
 * Generates task reference names that do not clash with the document's, because Conductor rejects a workflow whose
 * taskReferenceNames repeat at any nesting level (§2.3).
 */

/** `base` if free, else `base_2`, `base_3`, … (the first free one); the result is added to `taken`. */
export function uniqueRef(base: string, taken: Set<string>): string {
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}_${n}`;
  taken.add(candidate);
  return candidate;
}

/** A reference-name stem for a task type or name: lower snake case, e.g. `JSON_JQ_TRANSFORM` → `json_jq_transform`. */
export function refStem(text: string): string {
  const stem = text
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase();
  return stem === '' ? 'task' : stem;
}
