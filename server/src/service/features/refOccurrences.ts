/**
 * Every place a task reference name occurs in a workflow file: the declaring `taskReferenceName`, the first segment
 * of `${ref…}` expressions, JOIN `joinOn`, EXCLUSIVE_JOIN `defaultExclusiveJoinTask` and `$.ref` in DO_WHILE loop
 * conditions. Powers references, rename, definition and document highlights.
 */
import type { Node } from 'jsonc-parser';
import type { OffsetRange } from '../types';
import { documentExpressions } from './documentExpressions';
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
    const declared = model.nodeAt([...entry.path, 'taskReferenceName']);
    if (declared) pushString(found, declared, 'declaration');
    for (const [key, kind] of LIST_KEYS) {
      for (const item of model.nodeAt([...entry.path, key])?.children ?? []) pushString(found, item, kind);
    }
  }
  for (const expression of documentExpressions(model)) {
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

/** The occurrence under the cursor, if any, among declared references (unknown names are not renameable). */
export function occurrenceAt(model: FeatureModel, offset: number): RefOccurrence | undefined {
  return allRefOccurrences(model).find(
    (occurrence) =>
      offset >= occurrence.range.start && offset <= occurrence.range.end && model.scope.byRef.has(occurrence.ref),
  );
}

const LIST_KEYS: readonly [string, OccurrenceKind][] = [
  ['joinOn', 'joinOn'],
  ['defaultExclusiveJoinTask', 'defaultExclusiveJoinTask'],
];

function pushString(found: RefOccurrence[], node: Node, kind: OccurrenceKind): void {
  // Reference names are plain identifiers in practice; a name with escapes would need a decoded-span mapping.
  if (node.type !== 'string' || typeof node.value !== 'string') return;
  if (node.length !== node.value.length + 2) return;
  found.push({ ref: node.value, kind, range: { start: node.offset + 1, end: node.offset + node.length - 1 } });
}
