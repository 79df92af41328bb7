/**
 * Collects every `${…}` a workflow definition resolves at runtime, with the task whose context resolves it:
 * task `inputParameters` (any depth), `subWorkflowParam`, DO_WHILE `items`, an inline `taskDefinition`'s
 * `inputTemplate` (merged into the input before resolution, §4.3) and the workflow's `outputParameters`.
 * A large workflow holds ~10k expressions, so collection allocates nothing for the ones the screen passes.
 */
import type { JsonPath } from '../types';
import { completeSegments, splitExpressionPath } from './expressionPath';
import { ExpressionUse } from './expressionUse';
import { forEachExpression } from './expressionScanner';
import type { ExpressionScreen } from './expressionScreen';
import { isObject, objectProp } from './jsonValue';
import type { ScreenMemoVersion } from './screenMemo';
import { forEachString } from './stringValues';
import type { TaskEntry } from './taskWalker';

// Imported functions are read through property getters under tsx (tests, bench); the per-string and per-task
// paths call these module-level copies instead.
const scanString = forEachExpression;
const visitStrings = forEachString;

/** Segments the rules look at: the root, its field, and the name under `workflow.input`. */
const SEGMENTS_NEEDED = 3;
const DOLLAR = 36;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
// Where expressions sit, relative to their task (or to the workflow for outputParameters).
const INPUT_PARAMETERS: JsonPath = ['inputParameters'];
const ITEMS: JsonPath = ['items'];
const INPUT_TEMPLATE: JsonPath = ['taskDefinition', 'inputTemplate'];
const OUTPUT_PARAMETERS: JsonPath = ['outputParameters'];
const NO_PATH: JsonPath = [];

/**
 * The expressions of the workflow, tasks first in document order, then the workflow outputParameters. With a
 * `screen`, expressions it passes as plainly fine are left out (see `expressionScreen.ts`); with a `memo` as well,
 * strings that passed it whole in the previous version of the document are not scanned again (`screenMemo.ts`).
 */
export function collectExpressionUses(
  workflow: unknown,
  entries: readonly TaskEntry[],
  screen?: ExpressionScreen,
  memo?: ScreenMemoVersion,
): ExpressionUse[] {
  const collector = new Collector(screen, screen && memo);
  for (const entry of entries) {
    const { task } = entry;
    collector.collect(task.inputParameters, INPUT_PARAMETERS, entry, entry.parent === undefined);
    // Cheap presence checks first: most tasks have neither field.
    const sub = task.subWorkflowParam === undefined ? undefined : objectProp(task, 'subWorkflowParam');
    for (const key of sub ? Object.keys(sub) : []) {
      // An inline child definition resolves in the child's own context.
      if (key === 'workflowDefinition' && isObject(sub?.[key])) continue;
      collector.collect(sub?.[key], ['subWorkflowParam', key], entry, false);
    }
    if (entry.type === 'DO_WHILE') collector.collect(task.items, ITEMS, entry, false);
    const inline = task.taskDefinition === undefined ? undefined : objectProp(task, 'taskDefinition');
    if (inline) collector.collect(inline.inputTemplate, INPUT_TEMPLATE, entry, false);
  }
  if (isObject(workflow)) collector.collect(workflow.outputParameters, OUTPUT_PARAMETERS, undefined, false);
  return collector.out;
}

/** Walks strings and expressions with callbacks created once, so the hot path allocates only the uses. */
class Collector {
  readonly out: ExpressionUse[] = [];
  private task: TaskEntry | undefined;
  private registrationChecked = false;
  private value = '';
  /** Where the current value sits relative to its task, and the walk's live path from there to the string. */
  private within: JsonPath = NO_PATH;
  private inner: readonly (string | number)[] = NO_PATH;
  /** The current string's full path, built when its first use is kept. */
  private path: JsonPath | undefined;
  private key = '';
  /** Whether every expression of the current string passed the screen so far. */
  private allPassed = true;

  constructor(
    private readonly screen: ExpressionScreen | undefined,
    private readonly memo: ScreenMemoVersion | undefined,
  ) {}

  collect(value: unknown, within: JsonPath, task: TaskEntry | undefined, registrationChecked: boolean): void {
    if (value === undefined) return;
    this.task = task;
    this.within = within;
    this.registrationChecked = registrationChecked;
    visitStrings(value, String(within[within.length - 1] ?? ''), '${', this.onString);
  }

  private readonly onString = (value: string, inner: readonly (string | number)[], key: string): void => {
    const memo = this.memo;
    if (memo?.passedBefore(value, this.task)) {
      memo.record(value, true, this.task);
      return;
    }
    // The common case, a string that is exactly one plain `${…}`: when the screen passes its body (names and dots
    // only, so no `$`, `{` or `}` inside), the full scan below would find just that expression and skip it too.
    const end = value.length - 1;
    if (
      end > 1 &&
      value.charCodeAt(0) === DOLLAR &&
      value.charCodeAt(1) === OPEN_BRACE &&
      value.charCodeAt(end) === CLOSE_BRACE &&
      this.screen?.(value, 2, end, this.task)
    ) {
      memo?.record(value, true, this.task);
      return;
    }
    this.value = value;
    this.inner = inner;
    this.path = undefined;
    this.key = key;
    this.allPassed = true;
    scanString(value, this.onExpression);
    memo?.record(value, this.allPassed, this.task);
  };

  private readonly onExpression = (
    start: number,
    end: number,
    bodyStart: number,
    bodyEnd: number,
    escaped: boolean,
    closed: boolean,
  ): void => {
    if (!escaped) this.add(start, end, bodyStart, bodyEnd, closed);
  };

  private add(start: number, end: number, bodyStart: number, bodyEnd: number, closed: boolean): void {
    const value = this.value;
    const nestedAt = value.indexOf('${', bodyStart);
    const nested = nestedAt !== -1 && nestedAt < bodyEnd;
    // Screened before anything is allocated: nearly every expression of a large workflow passes.
    if (!nested && closed && this.screen?.(value, bodyStart, bodyEnd, this.task)) return;
    this.allPassed = false;
    const parsed = splitExpressionPath(value.slice(bodyStart, nested ? nestedAt : bodyEnd), SEGMENTS_NEEDED);
    const segments = nested ? completeSegments(parsed.segments, value, bodyStart, nestedAt) : parsed.segments;
    this.path ??= [...(this.task?.path ?? NO_PATH), ...this.within, ...this.inner];
    const use = new ExpressionUse(
      value,
      this.path,
      this.key,
      this.task,
      this.registrationChecked,
      start,
      end - start,
      bodyStart,
      bodyEnd,
      closed,
      segments,
      nested ? undefined : parsed.error,
      nested,
    );
    this.out.push(use);
    if (nested) this.addNested(bodyStart, bodyEnd);
  }

  /** Inner expressions of a nested body (rare): scanned on the body text, offsets shifted back. */
  private addNested(bodyStart: number, bodyEnd: number): void {
    forEachExpression(this.value.slice(bodyStart, bodyEnd), (start, end, innerStart, innerEnd, escaped, closed) => {
      if (!escaped) this.add(start + bodyStart, end + bodyStart, innerStart + bodyStart, innerEnd + bodyStart, closed);
    });
  }
}
