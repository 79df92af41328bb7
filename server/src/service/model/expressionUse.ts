/**
 * One `${…}` expression found in a workflow definition, with where it is and what the analysis parsed from it.
 */
import type { JsonPath } from '../types';
import type { PathSegment } from './expressionPath';
import type { TaskEntry } from './taskWalker';

/** One expression in the definition; offsets are in decoded characters of `value`. */
export class ExpressionUse {
  constructor(
    /** The whole string holding the expression. */
    readonly value: string,
    /** Path of the string holding the expression. */
    readonly path: JsonPath,
    /** The nearest input parameter key (for Conductor's messages, §2.4). */
    readonly key: string,
    /** The task resolving it; undefined for the workflow's outputParameters (resolved at completion). */
    readonly task: TaskEntry | undefined,
    /** In a top-level task's inputParameters: the only place Conductor checks references at registration (§2.4). */
    readonly registrationChecked: boolean,
    /** Offset of `$` and length up to the closing `}` (to the end of the string when unclosed). */
    readonly start: number,
    readonly length: number,
    /** Bounds of the text between the braces. */
    readonly bodyStart: number,
    readonly bodyEnd: number,
    readonly closed: boolean,
    /** The first JSONPath segments (root, field, next); for a body with a nested `${…}`, only those before it. */
    readonly segments: readonly PathSegment[],
    /** Why Jayway would not compile the path; never set for bodies with nested expressions. */
    readonly error: string | undefined,
    /** The body contains a nested `${…}`, resolved first (§4.2). */
    readonly hasNested: boolean,
  ) {}

  /** The text between the braces. */
  get body(): string {
    return this.value.slice(this.bodyStart, this.bodyEnd);
  }
}
