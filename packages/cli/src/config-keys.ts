/**
 * Settings a profile can hold, with how each is checked. Apart from the configuration store because
 * the command definitions, which every start loads, list them (see runtime.ts).
 */
export const CONFIG_KEYS = {
  'base-url': {
    about: 'API base URL (e.g. the emulator, http://127.0.0.1:4011)',
    check: (v: string) => /^https?:\/\/\S+$/.test(v),
  },
  site: { about: 'global or cn', check: (v: string) => v === 'global' || v === 'cn' },
  output: { about: 'table, json or yaml', check: (v: string) => ['table', 'json', 'yaml'].includes(v) },
  project: {
    about: 'default project id for creates (proj-...)',
    check: (v: string) => /^proj-[0-9a-f]+$/.test(v),
  },
  region: {
    about: 'default region id for creates (e.g. gcp-us-west1)',
    check: (v: string) => /^[a-z0-9-]+$/.test(v),
  },
} as const;
export type ConfigKey = keyof typeof CONFIG_KEYS;
