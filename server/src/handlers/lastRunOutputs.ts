/**
 * Receives `conductor/lastRunOutputs` from the client: the output skeletons of the last run of each workflow file,
 * which completion inside `${ref.output.…}` offers. A malformed payload is dropped whole.
 */
import type { Connection } from 'vscode-languageserver';
import {
  LAST_RUN_OUTPUTS_NOTIFICATION,
  type LastRunOutputs,
  type LastRunOutputsParams,
} from '../service/lastRunOutputs';

/** The latest last-run outputs the client sent, by document URI. */
export class LastRunOutputsStore {
  private files: Readonly<Record<string, LastRunOutputs>> = {};

  /** The last run of the document `uri`, if the client followed one. */
  readonly get = (uri: string): LastRunOutputs | undefined => {
    const run = Object.hasOwn(this.files, uri) ? this.files[uri] : undefined;
    return run && typeof run.workflowId === 'string' && typeof run.outputs === 'object' ? run : undefined;
  };

  /** Listens for the notification. */
  listen(connection: Connection): void {
    connection.onNotification(LAST_RUN_OUTPUTS_NOTIFICATION, (params: LastRunOutputsParams | undefined) => {
      const files = params?.files;
      this.files = typeof files === 'object' && files !== null ? files : {};
    });
  }
}
