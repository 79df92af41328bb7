/**
 * The content of `snippets/conductor.json` (VS Code snippet file for whole definition files), built from the same
 * templates the code actions use; a test keeps the checked-in file equal to this.
 */
import { taskDefTemplate, workflowTemplate } from './fileTemplates';
import { tabStop, toSnippet } from './snippetText';

/** One VS Code snippet: trigger prefix, body lines, description. */
export interface FileSnippet {
  readonly prefix: string;
  readonly body: readonly string[];
  readonly description: string;
}

/** Snippets by name, as VS Code's snippet file format expects. */
export function fileSnippets(): Record<string, FileSnippet> {
  return {
    'Conductor workflow': {
      prefix: 'conductor-workflow',
      body: toSnippet(workflowTemplate()).split('\n'),
      description: 'A new Conductor workflow definition with one SIMPLE task',
    },
    'Conductor task definition': {
      prefix: 'conductor-taskdef',
      body: toSnippet({ ...taskDefTemplate(''), name: tabStop(1, 'my_task') }).split('\n'),
      description: 'A new Conductor task definition with retry and timeout settings spelled out',
    },
  };
}
