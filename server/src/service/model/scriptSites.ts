/**
 * Where a workflow holds JavaScript that Conductor evaluates with `$` bound to an input map (§4.4): INLINE
 * `inputParameters.expression`, SWITCH `expression` (javascript/graaljs), DECISION `caseExpression`, LAMBDA
 * `inputParameters.scriptExpression` and DO_WHILE `loopCondition`.
 */
import type { JsonPath } from '../types';
import { objectProp, stringProp } from './jsonValue';
import { descendantsOf } from './taskWalker';
import type { TaskEntry } from './taskWalker';

/** One script and what `$` holds when it runs. */
export interface ScriptSite {
  readonly entry: TaskEntry;
  readonly path: JsonPath;
  readonly source: string;
  /** The names `$.name` may read. */
  readonly inputNames: ReadonlySet<string>;
  /** LAMBDA bodies are wrapped in a function by Conductor, so `return` is allowed (§1.11). */
  readonly allowReturn: boolean;
}

const JS_EVALUATORS: ReadonlySet<string> = new Set(['javascript', 'graaljs']);

/** Task types that hold a script. */
const SCRIPT_TYPES: ReadonlySet<string> = new Set(['INLINE', 'SWITCH', 'DECISION', 'LAMBDA', 'DO_WHILE']);

/** Every script of the workflow. Scripts holding `${…}` are skipped: their text is only known after resolution. */
export function collectScriptSites(entries: readonly TaskEntry[]): ScriptSite[] {
  const sites: ScriptSite[] = [];
  for (const entry of entries) {
    const site = SCRIPT_TYPES.has(entry.type) ? siteOf(entry, entries) : undefined;
    if (site && !site.source.includes('${')) sites.push(site);
  }
  return sites;
}

function siteOf(entry: TaskEntry, entries: readonly TaskEntry[]): ScriptSite | undefined {
  const { task, path } = entry;
  const input = objectProp(task, 'inputParameters') ?? {};
  const names = new Set(Object.keys(input));
  const make = (key: JsonPath, source: string | undefined, allowReturn = false): ScriptSite | undefined =>
    source === undefined ? undefined : { entry, path: [...path, ...key], source, inputNames: names, allowReturn };
  switch (entry.type) {
    case 'INLINE': {
      // INLINE defaults to javascript (§1.11); an inline task definition's inputTemplate joins the input (§4.3).
      const template = objectProp(objectProp(task, 'taskDefinition') ?? {}, 'inputTemplate');
      for (const key of Object.keys(template ?? {})) names.add(key);
      const evaluator = stringProp(input, 'evaluatorType') ?? 'javascript';
      return JS_EVALUATORS.has(evaluator)
        ? make(['inputParameters', 'expression'], stringProp(input, 'expression'))
        : undefined;
    }
    case 'SWITCH':
      return JS_EVALUATORS.has(stringProp(task, 'evaluatorType') ?? '')
        ? make(['expression'], stringProp(task, 'expression'))
        : undefined;
    case 'DECISION':
      return make(['caseExpression'], stringProp(task, 'caseExpression'));
    case 'LAMBDA':
      return make(['inputParameters', 'scriptExpression'], stringProp(input, 'scriptExpression'), true);
    case 'DO_WHILE':
      // The condition sees the loop's inputs, its own output and every inner task's output (§5.8).
      if (entry.ref !== undefined) names.add(entry.ref);
      for (const inner of descendantsOf(entries, entry)) if (inner.ref !== undefined) names.add(inner.ref);
      return make(['loopCondition'], stringProp(task, 'loopCondition'));
    default:
      return undefined;
  }
}
