/**
 * Receives `conductor/registeredDefinitions` from the client and keeps the lookup the registration-aware rules read;
 * every document is re-validated when it changes, since any workflow may use what was (un)registered.
 */
import type { Connection } from 'vscode-languageserver';
import {
  createRegisteredLookup,
  REGISTERED_DEFINITIONS_NOTIFICATION,
  type RegisteredDefinitionsParams,
  type RegisteredLookup,
} from '../service/registeredDefinitions';

/** The latest registrations the client sent. */
export class RegisteredDefinitionsStore {
  private lookup: RegisteredLookup | undefined;

  /** The current lookup; undefined until the client sends one, and after it says "unknown". */
  readonly current = (): RegisteredLookup | undefined => this.lookup;

  /** Listens for the notification; `changed` runs after each one. */
  listen(connection: Connection, changed: () => void): void {
    connection.onNotification(REGISTERED_DEFINITIONS_NOTIFICATION, (params: RegisteredDefinitionsParams) => {
      const registered = params?.registered;
      this.lookup = registered && typeof registered === 'object' ? createRegisteredLookup(registered) : undefined;
      changed();
    });
  }
}
