/**
 * The four kinds of Conductor definition the extension registers, views and downloads, with what differs between
 * them: the file-name suffix and how people call one in messages. Pure: no `vscode` import.
 */
import type { DocumentKind } from '../../../server/src/service/types';

/** The kinds of definition, as the language server's core names them. */
export type { DocumentKind };

/** File-name suffix per kind, the first pattern of the language server's defaults (documentKind.ts). */
export const FILE_SUFFIX: Readonly<Record<DocumentKind, string>> = {
  workflow: '.workflow.json',
  taskdef: '.taskdef.json',
  event: '.event.json',
  schedule: '.schedule.json',
};

/** What one definition of a kind is called in messages ("workflow definition order_flow v2"). */
export const KIND_LABEL: Readonly<Record<DocumentKind, string>> = {
  workflow: 'workflow definition',
  taskdef: 'task definition',
  event: 'event handler',
  schedule: 'schedule',
};

/** A registered definition as the views and documents address it; only workflows have versions. */
export interface DefinitionRef {
  readonly kind: DocumentKind;
  readonly name: string;
  readonly version?: number;
}

/** "workflow definition order_flow v2", "task definition charge_card". */
export function describeRef(ref: DefinitionRef): string {
  const version = ref.version === undefined ? '' : ` v${ref.version}`;
  return `${KIND_LABEL[ref.kind]} ${ref.name}${version}`;
}
