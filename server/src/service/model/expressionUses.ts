/**
 * Collects every `${…}` a workflow definition resolves at runtime, with the task whose context resolves it:
 * task `inputParameters` (any depth), `subWorkflowParam`, DO_WHILE `items`, an inline `taskDefinition`'s
 * `inputTemplate` (merged into the input before resolution, §4.3) and the workflow's `outputParameters`.
 */
import type { JsonPath } from '../types';
import { splitExpressionPath } from './expressionPath';
import type { ExpressionPath, PathSegment } from './expressionPath';
import { scanExpressions } from './expressionScanner';
import type { ExpressionToken } from './expressionScanner';
import { isObject, objectProp } from './jsonValue';
import { forEachString } from './stringValues';
import type { StringValue } from './stringValues';
import type { TaskEntry } from './taskWalker';

/** Segments the rules look at: the root, its field, and the name under `workflow.input`. */
const SEGMENTS_NEEDED = 3;

/** One expression in the definition. Token offsets are absolute within `value`. */
export class ExpressionUse {
  constructor(
    private readonly found: StringValue,
    /** The task resolving it; undefined for the workflow's outputParameters (resolved at completion). */
    readonly task: TaskEntry | undefined,
    /** In a top-level task's inputParameters: the only place Conductor checks references at registration (§2.4). */
    readonly registrationChecked: boolean,
    readonly token: ExpressionToken,
    /** The first JSONPath segments (root, field, next); for a body with a nested `${…}`, only those before it. */
    readonly segments: readonly PathSegment[],
    /** Why Jayway would not compile the path; never set for bodies with nested expressions. */
    readonly error: string | undefined,
    /** The body contains a nested `${…}`, resolved first (§4.2). */
    readonly hasNested: boolean,
  ) {}

  /** Path of the string holding the expression (built on demand: most expressions are never reported). */
  get path(): JsonPath {
    return [...this.found.container, this.found.last];
  }

  /** The nearest input parameter key (for Conductor's messages, §2.4). */
  get key(): string {
    return this.found.key;
  }

  /** The whole string. */
  get value(): string {
    return this.found.value;
  }
}

/** Every expression of the workflow, tasks first in document order, then the workflow outputParameters. */
export function collectExpressionUses(workflow: unknown, entries: readonly TaskEntry[]): ExpressionUse[] {
  const uses: ExpressionUse[] = [];
  const context: Collector = { out: uses, paths: new Map() };
  for (const entry of entries) {
    const { task, path } = entry;
    collect(task.inputParameters, [...path, 'inputParameters'], entry, entry.parent === undefined, context);
    const sub = objectProp(task, 'subWorkflowParam');
    for (const key of sub ? Object.keys(sub) : []) {
      // An inline child definition resolves in the child's own context.
      if (key === 'workflowDefinition' && isObject(sub?.[key])) continue;
      collect(sub?.[key], [...path, 'subWorkflowParam', key], entry, false, context);
    }
    if (entry.type === 'DO_WHILE') collect(task.items, [...path, 'items'], entry, false, context);
    const inline = objectProp(task, 'taskDefinition');
    if (inline) collect(inline.inputTemplate, [...path, 'taskDefinition', 'inputTemplate'], entry, false, context);
  }
  if (isObject(workflow)) collect(workflow.outputParameters, ['outputParameters'], undefined, false, context);
  return uses;
}

/** State of one collection: the output and the parsed paths by body (bodies repeat a lot within a document). */
interface Collector {
  readonly out: ExpressionUse[];
  readonly paths: Map<string, ExpressionPath>;
}

function collect(
  value: unknown,
  basePath: JsonPath,
  task: TaskEntry | undefined,
  registrationChecked: boolean,
  context: Collector,
): void {
  if (value === undefined) return;
  forEachString(value, basePath, '${', (found) => {
    for (const token of scanExpressions(found.value)) {
      addToken(token, 0, { found, task, registrationChecked }, context);
    }
  });
}

interface Site {
  readonly found: StringValue;
  readonly task: TaskEntry | undefined;
  readonly registrationChecked: boolean;
}

/** Adds a token and, for a body with nested expressions, each nested one (offsets shifted to the string). */
function addToken(token: ExpressionToken, offset: number, site: Site, context: Collector): void {
  if (token.escaped) return;
  const absolute =
    offset === 0 ? token : { ...token, start: token.start + offset, bodyStart: token.bodyStart + offset };
  const nestedAt = token.body.indexOf('${');
  const { found, task, registrationChecked } = site;
  if (nestedAt === -1) {
    const parsed = parsePath(token.body, context.paths);
    context.out.push(
      new ExpressionUse(found, task, registrationChecked, absolute, parsed.segments, parsed.error, false),
    );
    return;
  }
  const before = parsePath(token.body.slice(0, nestedAt), context.paths);
  context.out.push(new ExpressionUse(found, task, registrationChecked, absolute, before.segments, undefined, true));
  for (const inner of scanExpressions(token.body)) addToken(inner, absolute.bodyStart, site, context);
}

function parsePath(body: string, paths: Map<string, ExpressionPath>): ExpressionPath {
  let parsed = paths.get(body);
  if (!parsed) {
    parsed = splitExpressionPath(body, SEGMENTS_NEEDED);
    paths.set(body, parsed);
  }
  return parsed;
}
