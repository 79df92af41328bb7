/**
 * DO_WHILE semantics the schema cannot express (§5.8): nested loops, which Conductor's documentation lists as not
 * supported (use a SUB_WORKFLOW inside the loop instead), and a condition that never reads `$`, which evaluates the
 * same every iteration: false runs the body once, true never ends.
 */
import { hasValue, objectProp, stringProp } from '../model/jsonValue';
import { analyzeWorkflow } from '../model/workflowModel';
import type { Rule } from '../types';
import { formatMessage } from './messageFormat';

const NESTED =
  "DO_WHILE '%s' is inside the loop of DO_WHILE '%s': Conductor does not support nested loops. Move the inner loop into a SUB_WORKFLOW called from the outer loop.";
const CONSTANT_CONDITION =
  "loopCondition never reads '$' (the loop's inputs, its own output such as $.%s['iteration'], or inner task outputs): it gives the same answer every iteration, so the loop runs once or never ends.";

/** `conductor.doWhile`: warnings on nested loops and on constant loop conditions. */
export const doWhile: Rule = {
  id: 'conductor.doWhile',
  kinds: ['workflow'],
  check(context) {
    const model = analyzeWorkflow(context.value);
    const conditions = new Map(model.scripts.map((script) => [script.entry, script.analysis]));
    for (const entry of model.tasks) {
      if (entry.type !== 'DO_WHILE') continue;
      const outer = entry.chain
        .slice(0, -1)
        .reverse()
        .find((ancestor) => ancestor.type === 'DO_WHILE');
      if (outer) {
        context.report({
          code: this.id,
          severity: 'warning',
          message: formatMessage(NESTED, entry.ref ?? '', outer.ref ?? ''),
          path: [...entry.path, 'type'],
          target: 'value',
        });
      }
      const condition = stringProp(entry.task, 'loopCondition');
      // In list mode (items / _items) the loop ends with the list; the condition is only an extra guard.
      const listMode = hasValue(entry.task, 'items') || hasValue(objectProp(entry.task, 'inputParameters'), '_items');
      if (condition === undefined || listMode || condition.includes('${')) continue;
      const script = conditions.get(entry);
      if (!script || script.error || script.usesDollar) continue;
      context.report({
        code: this.id,
        severity: 'warning',
        message: formatMessage(CONSTANT_CONDITION, entry.ref ?? 'loop_ref'),
        path: [...entry.path, 'loopCondition'],
        target: 'value',
      });
    }
  },
};
