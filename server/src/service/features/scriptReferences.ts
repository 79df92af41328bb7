/**
 * `$.ref` / `$['ref']` references in a DO_WHILE `loopCondition`. There `$` holds the loop's own output and its body
 * tasks' outputs by reference name (§5.8), so these names are task references; in INLINE and SWITCH scripts `$` is
 * the task input instead, so those scripts are not scanned.
 */
import type { Node } from 'jsonc-parser';
import { mapStringSpan } from '../stringSpan';
import type { PlacedSegment } from './documentExpressions';
import type { FeatureModel } from './featureModel';

// `$.name` or `$['name']` / `$["name"]`; group 1 is the dotted name, group 3 the quoted one.
const SCRIPT_REF = /\$\s*(?:\.\s*([A-Za-z_$][\w$]*)|\[\s*(['"])([^'"]*)\2\s*\])/g;

/** The `$.name` uses of one script string, placed in the document text. */
export function scriptNamesIn(text: string, node: Node): PlacedSegment[] {
  if (node.type !== 'string' || typeof node.value !== 'string') return [];
  const token = { start: node.offset, end: node.offset + node.length };
  const found: PlacedSegment[] = [];
  for (const match of node.value.matchAll(SCRIPT_REF)) {
    const name = match[1] ?? match[3];
    if (name === undefined) continue;
    const start = match.index + match[0].lastIndexOf(name);
    found.push({ name, range: mapStringSpan(text, token, { start, length: name.length }) });
  }
  return found;
}

/** Every task-reference use in the document's DO_WHILE loop conditions. */
export function loopConditionReferences(model: FeatureModel): PlacedSegment[] {
  return model.tasks
    .filter((entry) => entry.type === 'DO_WHILE')
    .flatMap((entry) => {
      const node = model.nodeAt([...entry.path, 'loopCondition']);
      return node ? scriptNamesIn(model.parsed.text, node) : [];
    });
}
