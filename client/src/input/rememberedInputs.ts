/**
 * The last input sent to each workflow, kept in the workspace's state so the next "Start with Input…" opens with
 * it. Typed against the two Memento methods it needs, so tests use a plain store and VS Code passes
 * `context.workspaceState`.
 */
import type { WorkflowInput } from './inputTemplate';
import { isObject } from '../../../server/src/service/model/jsonValue';

/** The part of `vscode.Memento` used here. */
export interface InputStore {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): Thenable<void>;
}

const KEY_PREFIX = 'conductor.lastInput.';

/** Remembered inputs per workflow name (all versions share one, as inputs rarely change between versions). */
export class RememberedInputs {
  constructor(private readonly store: InputStore) {}

  /** The input last sent to `workflowName`, if any. */
  get(workflowName: string): WorkflowInput | undefined {
    const value = this.store.get<unknown>(KEY_PREFIX + workflowName);
    return isObject(value) ? value : undefined;
  }

  /** Remembers `input` as the last one sent to `workflowName`. */
  async remember(workflowName: string, input: WorkflowInput): Promise<void> {
    await this.store.update(KEY_PREFIX + workflowName, input);
  }
}
