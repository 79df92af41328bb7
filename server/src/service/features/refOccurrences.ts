/**
 * Every place a task reference name occurs in a workflow file: the declaring `taskReferenceName`, the first segment
 * of `${ref…}` expressions, JOIN `joinOn`, EXCLUSIVE_JOIN `defaultExclusiveJoinTask` and `$.ref` in DO_WHILE loop
 * conditions. Powers references, rename, definition and document highlights.
 */
import type { JsonPath, OffsetRange } from '../types';
import { getLocation } from 'jsonc-parser';
import { documentExpressions, lineSpan } from './documentExpressions';
import type { FeatureModel } from './featureModel';
import { loopConditionReferences } from './scriptReferences';

/** Where a reference name occurs and in which role. */
export type OccurrenceKind = 'declaration' | 'expression' | 'joinOn' | 'defaultExclusiveJoinTask' | 'script';

/** One occurrence; `range` covers the name only (no quotes), so a rename edit replaces exactly it. */
export interface RefOccurrence {
  readonly ref: string;
  readonly kind: OccurrenceKind;
  readonly range: OffsetRange;
}

// Hover, definition and highlights ask repeatedly for the same version; one scan per model is enough.
const cache = new WeakMap<FeatureModel, readonly RefOccurrence[]>();

/** Every occurrence of every reference name in the document, in no particular order. */
export function allRefOccurrences(model: FeatureModel): readonly RefOccurrence[] {
  let found = cache.get(model);
  if (!found) {
    found = scanOccurrences(model);
    cache.set(model, found);
  }
  return found;
}

function scanOccurrences(model: FeatureModel): RefOccurrence[] {
  const found: RefOccurrence[] = [];
  for (const entry of model.tasks) {
    pushString(found, model, [...entry.path, 'taskReferenceName'], 'declaration');
    for (const [key, kind] of LIST_KEYS) {
      const list = entry.task[key];
      if (Array.isArray(list)) list.forEach((_, i) => pushString(found, model, [...entry.path, key, i], kind));
    }
  }
  for (const expression of documentExpressions(model.parsed.text)) {
    const root = expression.segments[0];
    if (root) found.push({ ref: root.name, kind: 'expression', range: root.range });
  }
  for (const use of loopConditionReferences(model)) found.push({ ref: use.name, kind: 'script', range: use.range });
  return found;
}

/** The occurrences of one reference name. */
export function refOccurrences(model: FeatureModel, ref: string): RefOccurrence[] {
  return allRefOccurrences(model).filter((occurrence) => occurrence.ref === ref);
}

/**
 * The occurrence under the cursor among declared references (unknown names are not renameable). Looks only at the
 * cursor's line and JSON path, so hover and definition stay cheap on large documents.
 */
export function occurrenceAt(model: FeatureModel, offset: number): RefOccurrence | undefined {
  const text = model.parsed.text;
  const line = lineSpan(text, offset);
  const nearby: RefOccurrence[] = [];
  for (const expression of documentExpressions(text, line.start, line.end)) {
    const root = expression.segments[0];
    if (root) nearby.push({ ref: root.name, kind: 'expression', range: root.range });
  }
  const path = getLocation(text, offset).path;
  const task = model.taskAt(path);
  const relative = task ? path.slice(task.path.length) : [];
  const listKind = LIST_KEYS.find(([key]) => key === relative[0])?.[1];
  if (relative.length === 1 && relative[0] === 'taskReferenceName') pushString(nearby, model, path, 'declaration');
  else if (listKind && relative.length === 2) pushString(nearby, model, path, listKind);
  else if (relative[0] === 'loopCondition') {
    for (const use of loopConditionReferences(model, line))
      nearby.push({ ref: use.name, kind: 'script', range: use.range });
  }
  return nearby.find(
    (occurrence) =>
      offset >= occurrence.range.start && offset <= occurrence.range.end && model.scope.byRef.has(occurrence.ref),
  );
}

const LIST_KEYS: readonly [string, OccurrenceKind][] = [
  ['joinOn', 'joinOn'],
  ['defaultExclusiveJoinTask', 'defaultExclusiveJoinTask'],
];

function pushString(found: RefOccurrence[], model: FeatureModel, path: JsonPath, kind: OccurrenceKind): void {
  const range = model.valueRange(path);
  if (!range) return;
  // Reference names are plain identifiers in practice; a name with escapes would need a decoded-span mapping.
  const raw = model.parsed.text.slice(range.start, range.end);
  if (raw.length < 2 || !raw.startsWith('"') || raw.includes('\\')) return;
  found.push({ ref: raw.slice(1, -1), kind, range: { start: range.start + 1, end: range.end - 1 } });
}
