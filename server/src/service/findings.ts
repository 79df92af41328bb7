/**
 * Collects the findings of a parsed value: schema first, then every semantic rule of its kind. Each stage runs
 * in its own try/catch, so one failing rule is logged and every other one still reports.
 */
import { allRules } from './rules';
import { validateAgainstSchema } from './schemaValidation';
import type { DefinitionIndex, DocumentKind, Finding, ParsedDocument, Rule, RuleContext } from './types';

/** Where failures of individual stages go. */
export type FailureLog = (message: string, error?: unknown) => void;

/** Schema and rule findings for `value` of `kind`; never throws. `rules` defaults to the registry. */
export function collectFindings(
  kind: DocumentKind,
  parsed: ParsedDocument,
  index: DefinitionIndex | undefined,
  log: FailureLog,
  rules: readonly Rule[] = allRules,
): Finding[] {
  const findings: Finding[] = [];
  try {
    findings.push(...validateAgainstSchema(parsed.value, kind));
  } catch (error) {
    log(`Schema validation of a ${kind} document failed`, error);
  }
  const context: RuleContext = {
    kind,
    value: parsed.value,
    document: parsed,
    index,
    report: (finding) => findings.push(finding),
  };
  for (const rule of rules) {
    if (!rule.kinds.includes(kind)) continue;
    try {
      rule.check(context);
    } catch (error) {
      log(`Rule '${rule.id}' failed; the other rules still ran`, error);
    }
  }
  return findings;
}
