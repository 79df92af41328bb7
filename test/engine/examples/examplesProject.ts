/**
 * The `examples/` project as the engine sees it: every task definition, workflow, event handler and schedule file,
 * registered through the same REST calls a user's tooling makes, and each workflow's `*.input.json`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Harness } from '../exec/engineHarness';

/** The repository's examples folder. */
export const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');

function readJson(folder: string, file: string): unknown {
  return JSON.parse(readFileSync(join(EXAMPLES, folder, file), 'utf8'));
}

function filesIn(folder: string, suffix: string): string[] {
  return readdirSync(join(EXAMPLES, folder)).filter((file) => file.endsWith(suffix));
}

async function post(h: Harness, path: string, body: unknown, file: string): Promise<void> {
  const answer = await h.call('POST', path, body);
  if (answer.status !== 200) throw new Error(`${file}: POST ${path} answered ${answer.status}: ${answer.text}`);
}

/**
 * Registers everything: task definitions (a file holds one or an array), workflows, event handlers and schedules.
 * Returns the names of the registered workflows.
 */
export async function registerExamples(h: Harness): Promise<string[]> {
  for (const file of filesIn('tasks', '.taskdef.json')) {
    const defs = readJson('tasks', file);
    await post(h, '/api/metadata/taskdefs', Array.isArray(defs) ? defs : [defs], file);
  }
  const names: string[] = [];
  for (const file of filesIn('workflows', '.workflow.json')) {
    const def = readJson('workflows', file) as { name: string };
    await post(h, '/api/metadata/workflow', def, file);
    names.push(def.name);
  }
  for (const file of filesIn('events', '.event.json')) await post(h, '/api/event', readJson('events', file), file);
  for (const file of filesIn('schedules', '.schedule.json')) {
    await post(h, '/api/scheduler/schedules', readJson('schedules', file), file);
  }
  return names;
}

/** The input file of the workflow `name` (`workflows/<name>.input.json`). */
export function exampleInput(name: string): Record<string, unknown> {
  return readJson('workflows', `${name}.input.json`) as Record<string, unknown>;
}
