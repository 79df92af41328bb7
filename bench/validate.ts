/**
 * The validation benchmark (`npm run bench`): one generated ~1 MB, 2,000-task valid workflow, measured in one run
 * against `JSON.parse` of the same text: each run of our rows is paired with a `JSON.parse` run just before it, and
 * a row's ratio is the median of its per-run ratios (`measurePaired`), so that the machine's drift cancels out.
 * Target: our full validation (parse + schema + every rule) ≤ 3× `JSON.parse`.
 * Options: `--runs N` (default 25). Profile with `node --cpu-prof --import tsx bench/validate.ts`.
 */
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseTree } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createWorkspaceIndex, parseDocument, validate } from '../server/src/service';
import type { ValidationContext } from '../server/src/service';
import { forgetAnalyses } from '../server/src/service/model/workflowModel';
import { validateAgainstSchema } from '../server/src/service/schemaValidation';
import { generateBenchDocument } from './generateWorkflow';
import { createJsonLanguageService, validateWithJsonLanguageService } from './jsonLanguageService';
import { collectGarbage, formatTable, measure, measureAsync } from './measure';
import { measurePaired } from './measurePaired';

const TARGET_RATIO = 3;
const FULL_LABEL = 'our parseDocument + validate (full, cold)';

async function main(): Promise<void> {
  const runsFlag = process.argv.indexOf('--runs');
  const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) || 25 : 25;
  const bench = generateBenchDocument();
  const text = bench.workflow;
  const index = createWorkspaceIndex([{ uri: 'bench.taskdef.json', text: bench.taskDefs }]);
  const context: ValidationContext = { uri: 'bench.workflow.json', index, log: (message) => console.error(message) };
  // A fresh document and parse each run, and the analysis caches kept across versions are cleared: nothing
  // learnt from the previous run may help.
  const fullValidate = (): number => {
    forgetAnalyses();
    return validateText(text, context);
  };
  // A keystroke: the version before the edit is validated (unmeasured), then the edited one is measured, so what
  // the server keeps across versions (screen memo, script parses) helps exactly as much as it does while typing.
  const edited = text.replace('"description": "Step task_7 of', '"description": "Step task_7 (edited) of');
  if (edited === text) throw new Error('The benchmark document has no description of task_7 to edit');
  // Editing usually passes through invalid states: one misspelt property exercises the slow path.
  const typo = text.replace('"taskReferenceName": "task_0"', '"taskRefName": "task_0"');
  const found = fullValidate();
  if (found !== 0) throw new Error(`The benchmark document must be valid, but got ${found} diagnostics`);
  const service = createJsonLanguageService(join(__dirname, '..', 'schemas'));
  // The other tools are measured row by row, each from a collected heap: paired, the garbage they leave would be
  // swept during our rows. Each run of ours is paired with a JSON.parse run, the baseline of every ratio. Before each
  // keystroke run the version before the edit is validated twice (unmeasured): the memo is recorded once a scope
  // is seen again, so the keystroke finds what every keystroke but the first finds in the editor, whatever ran
  // before it.
  collectGarbage();
  const parseTreeRow = measure('jsonc-parser parseTree', () => parseTree(text), runs);
  collectGarbage();
  const languageServiceRow = await measureAsync(
    'vscode-json-languageservice (parse + validate)',
    () => validateWithJsonLanguageService(service, text),
    runs,
  );
  collectGarbage();
  const [parseRow, ...ourRows] = await measurePaired(
    { label: 'JSON.parse', run: (): unknown => JSON.parse(text) },
    [
      { label: 'our parseDocument alone (JSON.parse, lazy locator)', run: () => parseDocument(text) },
      { label: 'our core without rules (parse, duplicate keys, schema)', run: () => coreOnly(text) },
      { label: FULL_LABEL, run: fullValidate },
      {
        label: 'same, re-validation after a one-string edit (warm)',
        prepare: () => validateText(text, context) + validateText(text, context),
        run: () => validateText(edited, context),
      },
      { label: 'same, with one typo (detailed schema tier, placement)', run: () => validateText(typo, context) },
    ],
    runs,
  );
  if (!parseRow) throw new Error('The paired measurement returned nothing');
  const rows = [parseRow, parseTreeRow, languageServiceRow, ...ourRows];
  printReport(rows, bench, runs);
}

/** Full validation of `text` from scratch; resolves to the number of diagnostics. */
function validateText(text: string, context: ValidationContext): number {
  const document = TextDocument.create('file:///bench.workflow.json', 'json', 1, text);
  return validate(document, parseDocument(text), context).length;
}

/** The core's own share: what `validate` does before the semantic rules run. */
function coreOnly(text: string): number {
  const parsed = parseDocument(text);
  return parsed.locator.duplicateKeys().length + validateAgainstSchema(parsed.value, 'workflow').length;
}

function printReport(
  rows: Parameters<typeof formatTable>[0],
  bench: ReturnType<typeof generateBenchDocument>,
  runs: number,
): void {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `Document: ${(bench.workflow.length / 1e6).toFixed(2)} MB, ${bench.taskCount} tasks, ${bench.expressionCount} expressions`,
  );
  console.log(`Machine: ${cpu}, ${cpus().length} cores, Node ${process.version}; ${runs} runs per row, medians\n`);
  console.log(formatTable(rows));
  const full = rows.find((row) => row.label === FULL_LABEL);
  const ratio = full?.ratio ?? (full && rows[0] ? full.cpuMs / rows[0].cpuMs : Infinity);
  const verdict = ratio <= TARGET_RATIO ? 'meets' : 'MISSES';
  console.log(
    `\nFull validation is ${ratio.toFixed(2)}× JSON.parse (CPU time): ${verdict} the target of ≤ ${TARGET_RATIO}×.`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
