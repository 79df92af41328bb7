/**
 * The fuzzer's seeded mutations of a JSON text. Deterministic for a seed, so any failure can be replayed.
 */

/** A seeded pseudo-random source in [0, 1) (mulberry32). */
export type Random = () => number;

/** Creates the random source for a seed. */
export function randomSource(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOKENS = [
  '{',
  '}',
  '[',
  ']',
  '"',
  ':',
  ',',
  '\\',
  '${',
  '}',
  '$${',
  'null',
  'true',
  '-1',
  '1e999',
  '\n',
  'é',
  '😀',
  '\u0000',
];
const VALUES: unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  '',
  '${',
  '${workflow.input.x}',
  '${missing.output}',
  [],
  {},
  [[]],
  { type: 'SWITCH' },
];

/** One mutated text and how it was made. */
export interface Mutation {
  readonly kind: string;
  readonly text: string;
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const at = (random: Random, text: string): number => Math.floor(random() * (text.length + 1));

const MUTATORS: Record<string, (text: string, random: Random) => string> = {
  deleteChars: (text, r) => {
    const start = at(r, text);
    return text.slice(0, start) + text.slice(start + 1 + Math.floor(r() * 8));
  },
  insertToken: (text, r) => {
    const start = at(r, text);
    return text.slice(0, start) + pick(r, TOKENS) + text.slice(start);
  },
  replaceChar: (text, r) => {
    const start = at(r, text);
    return text.slice(0, start) + pick(r, TOKENS) + text.slice(start + 1);
  },
  truncate: (text, r) => text.slice(0, at(r, text)),
  duplicateLine: (text, r) => {
    const lines = text.split('\n');
    const line = Math.floor(r() * lines.length);
    lines.splice(line, 0, lines[line] ?? '');
    return lines.join('\n');
  },
  swapStrings: (text, r) => {
    const strings = [...text.matchAll(/"(?:[^"\\]|\\.)*"/g)];
    const a = strings.length > 0 ? pick(r, strings) : undefined;
    const b = strings.length > 0 ? pick(r, strings) : undefined;
    if (!a || !b || a.index === b.index) return text;
    const [first, second] = a.index < b.index ? [a, b] : [b, a];
    return (
      text.slice(0, first.index) +
      second[0] +
      text.slice(first.index + first[0].length, second.index) +
      first[0] +
      text.slice(second.index + second[0].length)
    );
  },
  nestingBomb: (text, r) => {
    const depth = 1 + Math.floor(r() * 3000);
    const start = text.indexOf(':', at(r, text));
    if (start < 0) return `${'['.repeat(depth)}${']'.repeat(depth)}`;
    return `${text.slice(0, start + 1)} ${'['.repeat(depth)}${']'.repeat(depth)}, "_bomb":${text.slice(start + 1)}`;
  },
  taskNestingBomb: (text, r) => nestTasks(text, 1 + Math.floor(r() * 400)),
  retypeValue: (text, r) => editValue(text, r, 'retype'),
  deleteMember: (text, r) => editValue(text, r, 'delete'),
  cloneMember: (text, r) => editValue(text, r, 'clone'),
};

// Edits that keep the text valid JSON reach the schema and the rules, so they are drawn more often.
const WEIGHTED = [...Object.keys(MUTATORS), 'retypeValue', 'retypeValue', 'deleteMember', 'cloneMember', 'swapStrings'];

/** Applies one random mutator (sometimes two in a row). */
export function mutate(text: string, random: Random): Mutation {
  const kinds = WEIGHTED;
  let kind = pick(random, kinds);
  let result = (MUTATORS[kind] ?? ((t: string) => t))(text, random);
  if (random() < 0.2) {
    const second = pick(random, kinds);
    result = (MUTATORS[second] ?? ((t: string) => t))(result, random);
    kind = `${kind}+${second}`;
  }
  return { kind, text: result };
}

/** Parses, edits one random node of the value (re-type, delete, or clone a sibling), and prints it again. */
function editValue(text: string, random: Random, edit: 'retype' | 'delete' | 'clone'): string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return text;
  }
  const nodes: { holder: Record<string | number, unknown>; key: string | number }[] = [];
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    for (const [key, child] of Object.entries(node)) {
      nodes.push({ holder: node as Record<string, unknown>, key: Array.isArray(node) ? Number(key) : key });
      visit(child);
    }
  };
  visit(value);
  if (nodes.length === 0) return JSON.stringify(pick(random, VALUES));
  const { holder, key } = pick(random, nodes);
  if (edit === 'retype') holder[key] = structuredClone(pick(random, VALUES));
  else if (Array.isArray(holder) && typeof key === 'number') {
    if (edit === 'delete') holder.splice(key, 1);
    else holder.splice(key, 0, structuredClone(holder[key]));
  } else if (edit === 'delete') delete holder[key];
  else holder[`${key}_copy`] = structuredClone(holder[key]);
  return JSON.stringify(value, null, random() < 0.5 ? 2 : undefined);
}

/** Wraps a workflow's tasks in `depth` nested SWITCH tasks (each level a default case), stressing recursive walks. */
function nestTasks(text: string, depth: number): string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return text;
  }
  if (typeof value !== 'object' || value === null || !Array.isArray((value as { tasks?: unknown }).tasks)) return text;
  const workflow = value as { tasks: unknown[] };
  let tasks = workflow.tasks;
  for (let level = 0; level < depth; level++) {
    const ref = `nest_${level}`;
    const inputParameters = { v: '${workflow.input.x}' };
    tasks = [
      {
        name: ref,
        taskReferenceName: ref,
        type: 'SWITCH',
        evaluatorType: 'value-param',
        expression: 'v',
        inputParameters,
        decisionCases: {},
        defaultCase: tasks,
      },
    ];
  }
  workflow.tasks = tasks;
  return JSON.stringify(workflow);
}
