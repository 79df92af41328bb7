/**
 * Commands on definition nodes may be run from the palette or by other features with a plain `{kind, name,
 * version}` too; this accepts a node or such a reference and refuses anything else with a clear message.
 */
import type { DefinitionRef, DocumentKind } from '../../documents/definitionKind';

const KINDS: readonly DocumentKind[] = ['workflow', 'taskdef', 'event', 'schedule'];

/** The reference of a definition node (`node.ref`) or of a plain reference; undefined otherwise. */
export function definitionRefOf(argument: unknown): DefinitionRef | undefined {
  if (typeof argument !== 'object' || argument === null) return undefined;
  const candidate = 'ref' in argument ? argument.ref : argument;
  if (typeof candidate !== 'object' || candidate === null) return undefined;
  const { kind, name, version } = candidate as Partial<Record<'kind' | 'name' | 'version', unknown>>;
  if (!KINDS.includes(kind as DocumentKind) || typeof name !== 'string') return undefined;
  if (kind === 'workflow') return typeof version === 'number' ? { kind, name, version } : undefined;
  return { kind: kind as DocumentKind, name };
}

/** Said when a node command runs without a definition. */
export const NO_DEFINITION_MESSAGE =
  'Run this command from a definition in the Conductor views (Workflow Definitions, Task Definitions, Events & Schedules).';

/** Options other features and tests pass to skip questions they have already answered. */
export interface DefinitionCommandOptions {
  /** The user already agreed (to unregister, or to overwrite what is registered). */
  readonly confirmed?: boolean;
}

/** The options argument of a command, tolerating anything. */
export function commandOptions(value: unknown): DefinitionCommandOptions {
  return typeof value === 'object' && value !== null && (value as DefinitionCommandOptions).confirmed === true
    ? { confirmed: true }
    : {};
}
