/**
 * `*.input.json` files beside a workflow file (the examples keep `x.input.json` next to `x.workflow.json`), offered
 * as ready-made inputs. Plain `node:fs`, no `vscode` import.
 */
import { readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const INPUT_SUFFIX = '.input.json';

/**
 * The input files in the workflow file's folder: those named after the file or the workflow first, then the others,
 * each group alphabetical. A folder that cannot be read has none.
 */
export async function findInputFiles(workflowFile: string, workflowName?: string): Promise<string[]> {
  const folder = dirname(workflowFile);
  const names = await readdir(folder).catch(() => [] as string[]);
  const stems = new Set([stem(basename(workflowFile)), workflowName].filter((s): s is string => Boolean(s)));
  const inputs = names.filter((name) => name.endsWith(INPUT_SUFFIX)).sort();
  const own = inputs.filter((name) => stems.has(name.slice(0, -INPUT_SUFFIX.length)));
  const others = inputs.filter((name) => !own.includes(name));
  return [...own, ...others].map((name) => join(folder, name));
}

// `order.workflow.json` → `order`; `order.json` → `order`.
function stem(fileName: string): string {
  return fileName.replace(/(\.workflow)?\.json$/, '');
}
