/**
 * Spaces Jayway JsonPath refuses in an expression body (§2.4, §4.2). Its compiler trims spaces off both ends and,
 * for a path not starting with `$` or `@`, compiles `"$." + body`, so a leading space lands right after the dot;
 * outside brackets and parentheses a space then ends the property ("Use bracket notion ['my prop'] if your
 * property contains blank characters"). Conductor refuses such a body at registration in top-level inputParameters
 * ("is not valid") and resolves it to null everywhere else. Checked here because the shared path parser trims.
 */
import type { ExpressionUse } from '../model/expressionUse';

/** The reason reported for such a body. */
export const SPACE_IN_PATH = 'space outside brackets';

/** Whether the closed, non-nested expression `use` has a space JsonPath would not compile. */
export function hasPathSpace(use: ExpressionUse): boolean {
  if (!use.closed || use.hasNested || use.error !== undefined) return false;
  const body = use.body;
  if (!body.includes(' ')) return false;
  const trimmed = body.replace(/^ +| +$/g, '');
  const path = trimmed.startsWith('$') || trimmed.startsWith('@') ? trimmed : `$.${body}`.replace(/ +$/, '');
  let depth = 0;
  let quote = '';
  for (const ch of path) {
    if (quote !== '') {
      if (ch === quote) quote = '';
    } else if (depth > 0 && (ch === "'" || ch === '"')) quote = ch;
    else if (ch === '[' || ch === '(') depth++;
    else if (ch === ']' || ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ' ' && depth === 0) return true;
  }
  return false;
}

/** Malformed for the expression rules: the shared parser's error, or a space JsonPath refuses. */
export function isMalformed(use: ExpressionUse): boolean {
  return use.error !== undefined || hasPathSpace(use);
}
