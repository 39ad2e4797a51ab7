import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_KEYS, type ConfigKey } from './config-keys.js';
import { UsageError } from './errors.js';

type Profiles<T> = { profiles: Record<string, T> };
export type ProfileSettings = Partial<Record<ConfigKey, string>>;

/** `$ZCLOUD_CONFIG_DIR`, else `$XDG_CONFIG_HOME/zcloud`, else `~/.config/zcloud`. */
export function configDir(env: Record<string, string | undefined>): string {
  if (env.ZCLOUD_CONFIG_DIR) return env.ZCLOUD_CONFIG_DIR;
  // node:os is loaded only when there is no HOME: every start would pay for it otherwise.
  const home = () => env.HOME || process.getBuiltinModule('node:os').homedir();
  return join(env.XDG_CONFIG_HOME || join(home(), '.config'), 'zcloud');
}

/** Profiles of settings (`config.json`) and of API keys (`credentials.json`, mode 0600). */
export class ConfigStore {
  readonly configFile: string;
  readonly credentialsFile: string;

  constructor(readonly dir: string) {
    this.configFile = join(dir, 'config.json');
    this.credentialsFile = join(dir, 'credentials.json');
  }

  settings(profile: string): ProfileSettings {
    return this.read<ProfileSettings>(this.configFile).profiles[profile] ?? {};
  }

  set(profile: string, key: string, value: string): void {
    const known = assertKey(key);
    if (!CONFIG_KEYS[known].check(value)) {
      throw new UsageError(
        `Invalid value ${JSON.stringify(value)} for ${key}: expected ${CONFIG_KEYS[known].about}.`,
      );
    }
    this.update<ProfileSettings>(this.configFile, profile, (s) => ({ ...s, [known]: value }), 0o644);
  }

  unset(profile: string, key: string): void {
    const known = assertKey(key);
    this.update<ProfileSettings>(this.configFile, profile, ({ [known]: _gone, ...rest }) => rest, 0o644);
  }

  apiKey(profile: string): string | undefined {
    return this.read<{ apiKey?: string }>(this.credentialsFile).profiles[profile]?.apiKey;
  }

  saveApiKey(profile: string, apiKey: string): void {
    this.update<{ apiKey?: string }>(this.credentialsFile, profile, () => ({ apiKey }), 0o600);
  }

  removeApiKey(profile: string): boolean {
    const had = this.apiKey(profile) !== undefined;
    if (had) this.update<{ apiKey?: string }>(this.credentialsFile, profile, () => undefined, 0o600);
    return had;
  }

  /** True when the credentials file can be read by other users. */
  credentialsExposed(): boolean {
    if (process.platform === 'win32' || !existsSync(this.credentialsFile)) return false;
    return (statSync(this.credentialsFile).mode & 0o077) !== 0;
  }

  private read<T>(file: string): Profiles<T> {
    if (!existsSync(file)) return { profiles: {} };
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<Profiles<T>>;
      return { profiles: parsed.profiles ?? {} };
    } catch {
      throw new UsageError(`${file} is not valid JSON: fix or delete it.`);
    }
  }

  private update<T>(
    file: string,
    profile: string,
    change: (current: T) => T | undefined,
    mode: number,
  ): void {
    const data = this.read<T>(file);
    const next = change(data.profiles[profile] ?? ({} as T));
    if (next === undefined) delete data.profiles[profile];
    else data.profiles[profile] = next;
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    // Written whole to a temporary file with its final mode, then renamed: never a half-written
    // or briefly world-readable credentials file.
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(data, null, 2)}\n`, { mode });
    chmodSync(temporary, mode);
    renameSync(temporary, file);
  }
}

function assertKey(key: string): ConfigKey {
  if (!(key in CONFIG_KEYS)) {
    throw new UsageError(
      `Unknown setting ${JSON.stringify(key)}: the settings are ${Object.keys(CONFIG_KEYS).join(', ')}.`,
    );
  }
  return key as ConfigKey;
}
