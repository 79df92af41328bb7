/**
 * Decides which kind of Conductor document a file holds: by file-name pattern first, then by shape. Other JSON
 * (package.json, tsconfig.json, …) has no kind, and then only syntax errors are reported.
 */
import type { DocumentKind } from './types';

/** File-name patterns per kind: `*` matches within one path segment, `**` across segments. */
export type KindPatterns = Readonly<Record<DocumentKind, readonly string[]>>;

/** The default patterns (the language server may override them from settings). */
export const DEFAULT_KIND_PATTERNS: KindPatterns = {
  workflow: ['*.workflow.json'],
  taskdef: ['*.taskdef.json', '*.task.json'],
  event: ['*.event.json'],
  schedule: ['*.schedule.json'],
};

// TaskDef-only fields: a named object with any of these is a task definition (§1.5).
const TASKDEF_FIELDS = [
  'retryCount',
  'timeoutSeconds',
  'responseTimeoutSeconds',
  'retryLogic',
  'retryDelaySeconds',
  'timeoutPolicy',
  'inputKeys',
  'outputKeys',
  'pollTimeoutSeconds',
  'concurrentExecLimit',
  'rateLimitPerFrequency',
  'totalTimeoutSeconds',
];

/** The kind of a document from its file name, then from its parsed value; undefined for other JSON. */
export function detectKind(
  uri: string,
  value: unknown,
  patterns: KindPatterns = DEFAULT_KIND_PATTERNS,
): DocumentKind | undefined {
  return kindFromName(uri, patterns) ?? kindFromShape(value);
}

/** The kind whose patterns match the file name (or path, for patterns containing `/`). */
export function kindFromName(uri: string, patterns: KindPatterns = DEFAULT_KIND_PATTERNS): DocumentKind | undefined {
  const path = safeDecode(uri).replace(/\\/g, '/');
  const base = path.slice(path.lastIndexOf('/') + 1);
  for (const kind of Object.keys(patterns) as DocumentKind[]) {
    for (const pattern of patterns[kind]) {
      if (globToRegExp(pattern).test(pattern.includes('/') ? path : base)) return kind;
    }
  }
  return undefined;
}

/** The kind a value looks like: tasks[] → workflow, event+actions → event, cronExpression → schedule, … */
export function kindFromShape(value: unknown): DocumentKind | undefined {
  if (Array.isArray(value)) {
    return value.length > 0 && value.every(isTaskDefShaped) ? 'taskdef' : undefined;
  }
  if (!isObject(value)) return undefined;
  if (Array.isArray(value.tasks)) return 'workflow';
  if (typeof value.event === 'string' && Array.isArray(value.actions)) return 'event';
  if ('cronExpression' in value) return 'schedule';
  return isTaskDefShaped(value) ? 'taskdef' : undefined;
}

function isTaskDefShaped(value: unknown): boolean {
  return isObject(value) && typeof value.name === 'string' && TASKDEF_FIELDS.some((field) => field in value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const compiled = new Map<string, RegExp>();

function globToRegExp(pattern: string): RegExp {
  let regExp = compiled.get(pattern);
  if (!regExp) {
    const source = pattern
      .split('**')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'))
      .join('.*');
    regExp = new RegExp(`(^|/)${source}$`, 'i');
    compiled.set(pattern, regExp);
  }
  return regExp;
}

function safeDecode(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}
