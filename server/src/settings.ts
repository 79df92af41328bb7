/**
 * The language server's view of the `conductor.*` settings, pulled from the client through
 * `workspace/configuration` and cached until the client says they changed. Never kept in globals.
 */
import type { Connection } from 'vscode-languageserver';

/** Settings that shape validation and the workspace index. */
export interface ServerSettings {
  /** `conductor.validation.enable`: report problems (true by default). */
  readonly validationEnabled: boolean;
  /** `conductor.definitions.include`: globs of plain `*.json` definition files. */
  readonly includeGlobs: readonly string[];
}

/** What applies when the client sends nothing (or cannot answer `workspace/configuration`). */
export const defaultSettings: ServerSettings = { validationEnabled: true, includeGlobs: [] };

/** Turns the raw `conductor` section into settings, ignoring values of the wrong type. */
export function sanitizeSettings(raw: unknown): ServerSettings {
  if (typeof raw !== 'object' || raw === null) return defaultSettings;
  const section = raw as { validation?: { enable?: unknown }; definitions?: { include?: unknown } };
  const enable = section.validation?.enable;
  const include = section.definitions?.include;
  return {
    validationEnabled: typeof enable === 'boolean' ? enable : defaultSettings.validationEnabled,
    includeGlobs: Array.isArray(include)
      ? include.filter((glob): glob is string => typeof glob === 'string' && glob.trim() !== '')
      : defaultSettings.includeGlobs,
  };
}

/** Per-resource settings, pulled lazily and cached per URI (the `lsp-sample` pattern). */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<ServerSettings>>();
  private canPull = false;

  constructor(private readonly connection: Connection) {}

  /** Called on `initialize` when the client can answer `workspace/configuration`; until then the defaults apply. */
  enablePull(): void {
    this.canPull = true;
    this.cache.clear();
  }

  /** Settings for one document (validation may be switched off per folder). */
  forResource(uri: string): Promise<ServerSettings> {
    return this.pull(uri);
  }

  /** Window-wide settings (the include globs are window-scoped). */
  global(): Promise<ServerSettings> {
    return this.pull(undefined);
  }

  /** Forgets everything; the next read pulls again. Called on `workspace/didChangeConfiguration`. */
  clear(): void {
    this.cache.clear();
  }

  /** Drops a closed document's entry so the cache does not grow with every file ever opened. */
  forget(uri: string): void {
    this.cache.delete(uri);
  }

  private pull(scopeUri: string | undefined): Promise<ServerSettings> {
    if (!this.canPull) return Promise.resolve(defaultSettings);
    const key = scopeUri ?? '';
    let settings = this.cache.get(key);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri, section: 'conductor' })
        .then(sanitizeSettings, () => defaultSettings);
      this.cache.set(key, settings);
    }
    return settings;
  }
}
