/**
 * `$.ref` / `$['ref']` references in a DO_WHILE `loopCondition`. There `$` holds the loop's own output and its body
 * tasks' outputs by reference name (§5.8), so these names are task references; in INLINE and SWITCH scripts `$` is
 * the task input instead, so those scripts are not scanned. The script is read with the rules' acorn analysis.
 */
import { analyzeScript } from '../model/scriptAnalysis';
import { mapStringSpan } from '../stringSpan';
import type { PlacedSegment } from './documentExpressions';
import type { FeatureModel } from './featureModel';
import type { OffsetRange } from '../types';

/**
 * Every task-reference use in the document's DO_WHILE loop conditions (none for a script that does not parse),
 * optionally only those whose condition lies within `span`.
 */
export function loopConditionReferences(model: FeatureModel, span?: OffsetRange): PlacedSegment[] {
  return model.tasks
    .filter((entry) => entry.type === 'DO_WHILE' && typeof entry.task['loopCondition'] === 'string')
    .flatMap((entry) => {
      const source = String(entry.task['loopCondition']);
      const token = model.valueRange([...entry.path, 'loopCondition']);
      if (!token || (span && (token.end < span.start || token.start > span.end))) return [];
      return analyzeScript(source).references.map((reference) => ({
        name: reference.name,
        range: mapStringSpan(model.parsed.text, token, { start: reference.start, length: reference.length }),
      }));
    });
}
