/**
 * Hover on the `workflow` side of an expression: what the root is, whether `workflow.input.x` is a declared input,
 * and which tasks set `workflow.variables.x`. (Task references are described by `hover.ts` itself.)
 */
import { WORKFLOW_FIELDS, WORKFLOW_ROOT } from '../model/expressionContext';
import { arrayProp, isObject, objectProp } from '../model/jsonValue';
import type { OffsetRange } from '../types';
import { documentExpressions, lineSpan } from './documentExpressions';
import type { FeatureModel } from './featureModel';

/** Markdown for the `workflow…` segment under the cursor, with the segment's range; undefined elsewhere. */
export function workflowSegmentHover(
  model: FeatureModel,
  offset: number,
): { text: string; range: OffsetRange } | undefined {
  const text = model.parsed.text;
  const line = lineSpan(text, offset);
  for (const { segments } of documentExpressions(text, line.start, line.end)) {
    if (segments[0]?.name !== WORKFLOW_ROOT) continue;
    const index = segments.findIndex((s) => offset >= s.range.start && offset <= s.range.end);
    const segment = segments[index];
    if (!segment) continue;
    const field = segments[1]?.name;
    if (index === 0)
      return {
        text: `**workflow**: the running workflow (§4.1). Fields: ${WORKFLOW_FIELDS.map((f) => `\`${f}\``).join(', ')}.`,
        range: segment.range,
      };
    if (index === 2 && field === 'input') return { text: inputText(model, segment.name), range: segment.range };
    if (index === 2 && field === 'variables') return { text: variableText(model, segment.name), range: segment.range };
  }
  return undefined;
}

function inputText(model: FeatureModel, name: string): string {
  const declared = isObject(model.value) ? (arrayProp(model.value, 'inputParameters') ?? []) : [];
  return declared.includes(name)
    ? `**workflow.input.${name}**: declared in the workflow's \`inputParameters\`.`
    : `**workflow.input.${name}**: not declared in \`inputParameters\`; it is null unless the caller passes it.`;
}

function variableText(model: FeatureModel, name: string): string {
  const setters = model.tasks
    .filter((entry) => entry.type === 'SET_VARIABLE' && name in (objectProp(entry.task, 'inputParameters') ?? {}))
    .map((entry) => `\`${entry.ref ?? entry.name ?? entry.type}\``);
  const initial = isObject(model.value) && name in (objectProp(model.value, 'variables') ?? {});
  const sources = [...(initial ? ["the definition's `variables`"] : []), ...setters];
  return sources.length > 0
    ? `**workflow.variables.${name}**: set by ${sources.join(', ')}.`
    : `**workflow.variables.${name}**: no SET_VARIABLE task of this workflow sets it.`;
}
