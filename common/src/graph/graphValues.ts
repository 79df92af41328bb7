/**
 * Small readers over raw JSON values for the graph builders, which accept any JSON (a definition being typed).
 */
/** A JSON path, outermost first. */
export type GraphPath = readonly (string | number)[];

/** The second line of a node: what the task does, in a few words. */
export function detailOf(task: Record<string, unknown>, type: string): string | undefined {
  switch (type) {
    case 'DO_WHILE':
      return text(task, 'loopCondition') ?? (task['items'] !== undefined ? 'over items' : undefined);
    case 'SUB_WORKFLOW': {
      const params = task['subWorkflowParam'];
      if (!isObject(params)) return undefined;
      const version = typeof params['version'] === 'number' ? ` v${params['version']}` : '';
      return `${text(params, 'name') ?? 'inline definition'}${version}`;
    }
    case 'SWITCH':
    case 'DECISION':
      return text(task, 'expression') ?? text(task, 'caseValueParam') ?? text(task, 'caseExpression');
    default:
      return type === text(task, 'name') ? undefined : text(task, 'name');
  }
}

/** A string property or undefined. */
export function text(object: Record<string, unknown>, key: string): string | undefined {
  const value = object[key];
  return typeof value === 'string' ? value : undefined;
}

/** A plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** RFC 6901 pointer of a path. */
export function toPointer(path: GraphPath): string {
  return path.map((part) => `/${String(part).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
