/**
 * `$.name` / `$['name']` reads in scripts must name something `$` holds: the task's own inputParameters for
 * INLINE, SWITCH, DECISION and LAMBDA (§1.11, §4.4), plus the loop's own reference and inner task references for a
 * DO_WHILE loopCondition, and `loopIndex`/`loopItem` when the loop iterates over a list (§5.8). Anything else is
 * `undefined` when the script runs.
 */
import { suggest } from '../didYouMean';
import type { AnalyzedScript } from '../model/workflowModel';
import { analyzeWorkflow } from '../model/workflowModel';
import type { Rule } from '../types';
import { LIST_MODE_NAMES, isListIteration } from './loopListMode';
import { formatMessage, withSuggestion } from './messageFormat';

const NOT_AN_INPUT =
  "'$.%s' reads '%s', which is not in this task's inputParameters: it is undefined when the script runs. Add it to inputParameters.";
const NOT_IN_LOOP =
  "'$.%s' reads '%s', which is neither in this loop's inputParameters nor the loop's or an inner task's reference name: it is undefined when the condition runs.";

/** `conductor.unknownScriptReference`: a warning on the name inside the script. */
export const unknownScriptReference: Rule = {
  id: 'conductor.unknownScriptReference',
  kinds: ['workflow'],
  check(context) {
    for (const site of analyzeWorkflow(context.value).scripts) {
      const template = site.entry.type === 'DO_WHILE' ? NOT_IN_LOOP : NOT_AN_INPUT;
      const names = readableNames(site);
      for (const reference of site.analysis.references) {
        if (names.has(reference.name)) continue;
        const suggestion = suggest(reference.name, names);
        context.report({
          code: this.id,
          severity: 'warning',
          message: withSuggestion(formatMessage(template, reference.name, reference.name), suggestion),
          path: site.path,
          target: 'value',
          span: { start: reference.start, length: reference.length },
          ...(suggestion === undefined ? {} : { data: { suggestion } }),
        });
      }
    }
  },
};

/** What `$` holds for the script: a list-mode DO_WHILE condition also reads the current item and its index. */
function readableNames(site: AnalyzedScript): ReadonlySet<string> {
  if (site.entry.type !== 'DO_WHILE' || !isListIteration(site.entry.task)) return site.inputNames;
  return new Set([...site.inputNames, ...LIST_MODE_NAMES]);
}
