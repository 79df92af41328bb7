/**
 * What an error node says when a view cannot load from the server: which profile, what went wrong, and what to do
 * next, so the view never shows an empty tree that lies. Pure: no `vscode` import.
 */
import { ConductorApiError, errorMessage } from '../../api';

/** The text of an error node. */
export interface LoadFailure {
  /** Short, for the node's label. */
  readonly label: string;
  /** The next step, for the node's description. */
  readonly hint: string;
  /** The full message, for the tooltip and the log. */
  readonly detail: string;
}

/** Describes why `what` (e.g. "workflow definitions") could not be loaded from `profile`. */
export function describeLoadFailure(what: string, profile: string | undefined, error: unknown): LoadFailure {
  const detail = errorMessage(error);
  const server = profile === undefined ? 'the Conductor server' : `"${profile}"`;
  if (!(error instanceof ConductorApiError)) {
    return { label: `Not connected to ${server}`, hint: 'Select a server profile, then refresh', detail };
  }
  if (error.isUnreachable) {
    return { label: `Cannot reach ${server}`, hint: 'Start the server or switch profile, then refresh', detail };
  }
  if (error.status === 401 || error.status === 403) {
    return { label: `${server} refused access`, hint: "Check the profile's key id and secret", detail };
  }
  return { label: `Could not load ${what} from ${server}`, hint: 'See the Conductor output, then refresh', detail };
}
