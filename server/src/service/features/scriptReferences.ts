/**
 * `$.ref` / `$['ref']` references in a DO_WHILE `loopCondition`. There `$` holds the loop's own output and its body
 * tasks' outputs by reference name (§5.8), so these names are task references; in INLINE and SWITCH scripts `$` is
 * the task input instead, so those scripts are not scanned. The script is read with the rules' acorn analysis.
 */
import type { Node } from 'jsonc-parser';
import { analyzeScript } from '../model/scriptAnalysis';
import { mapStringSpan } from '../stringSpan';
import type { PlacedSegment } from './documentExpressions';
import type { FeatureModel } from './featureModel';

/** The `$.name` uses of one script string, placed in the document text (none when the script does not parse). */
export function scriptNamesIn(text: string, node: Node): PlacedSegment[] {
  if (node.type !== 'string' || typeof node.value !== 'string') return [];
  const token = { start: node.offset, end: node.offset + node.length };
  return analyzeScript(node.value).references.map((reference) => ({
    name: reference.name,
    range: mapStringSpan(text, token, { start: reference.start, length: reference.length }),
  }));
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
