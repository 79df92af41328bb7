/**
 * The validation benchmark (`npm run bench`): one generated ~1 MB, 2,000-task valid workflow, measured in one run
 * against `JSON.parse` of the same text. Target: our full validation (parse + schema + every rule) ≤ 3× `JSON.parse`.
 * Options: `--runs N` (default 25). Profile with `node --cpu-prof --import tsx bench/validate.ts`.
 */
import { cpus } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseTree } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createWorkspaceIndex, parseDocument, validate } from '../server/src/service';
import type { ValidationContext } from '../server/src/service';
import { forgetAnalyses } from '../server/src/service/model/workflowModel';
import { validateAgainstSchema } from '../server/src/service/schemaValidation';
import { generateBenchDocument } from './generateWorkflow';
import { createJsonLanguageService, validateWithJsonLanguageService } from './jsonLanguageService';
import { formatTable, measure, measureAsync } from './measure';

const TARGET_RATIO = 3;

// Each row starts from a collected heap: the garbage of the row before (vscode-json-languageservice leaves a lot)
// would otherwise be swept during the next row and charged to it.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
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
  // A keystroke: each run validates the other of two versions that differ in one string, so what the server
  // keeps across versions (screen memo, script parses) helps exactly as much as it does while typing.
  const edited = text.replace('"description": "Step task_7 of', '"description": "Step task_7 (edited) of');
  if (edited === text) throw new Error('The benchmark document has no description of task_7 to edit');
  let version = 0;
  const keystroke = (): number => validateText(++version % 2 === 0 ? text : edited, context);
  // Editing usually passes through invalid states: one misspelt property exercises the slow path.
  const typo = text.replace('"taskReferenceName": "task_0"', '"taskRefName": "task_0"');
  const found = fullValidate();
  if (found !== 0) throw new Error(`The benchmark document must be valid, but got ${found} diagnostics`);
  const service = createJsonLanguageService(join(__dirname, '..', 'schemas'));
  const rows = [
    settled(() => measure('JSON.parse', () => JSON.parse(text), runs)),
    settled(() => measure('jsonc-parser parseTree', () => parseTree(text), runs)),
    await settled(() =>
      measureAsync(
        'vscode-json-languageservice (parse + validate)',
        () => validateWithJsonLanguageService(service, text),
        runs,
      ),
    ),
    settled(() => measure('our parseDocument alone (JSON.parse, lazy locator)', () => parseDocument(text), runs)),
    settled(() => measure('our core without rules (parse, duplicate keys, schema)', () => coreOnly(text), runs)),
    settled(() => measure(FULL_LABEL, fullValidate, runs)),
    settled(() => measure('same, re-validation after a one-string edit (warm)', keystroke, runs)),
    settled(() =>
      measure('same, with one typo (detailed schema tier, placement)', () => validateText(typo, context), runs),
    ),
  ];
  printReport(rows, bench, runs);
}

/** Runs `make` (one row's measurement) after a full garbage collection. */
function settled<T>(make: () => T): T {
  collectGarbage();
  return make();
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
  const ratio = full && rows[0] ? full.cpuMs / rows[0].cpuMs : Infinity;
  const verdict = ratio <= TARGET_RATIO ? 'meets' : 'MISSES';
  console.log(
    `\nFull validation is ${ratio.toFixed(2)}× JSON.parse (CPU time): ${verdict} the target of ≤ ${TARGET_RATIO}×.`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
