import os from "node:os";
import path from "node:path";

const APP = "empathy-coach";
export const CONFIG_FILE = "config.yaml";

export interface Folders {
  journal: string;
  config: string;
  cache: string;
  /** The coach's own data (notes about trainees' entries); never inside a reviewed journal. */
  data: string;
}

function base(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string) {
  if (platform === "darwin") {
    const lib = path.join(home, "Library");
    return {
      data: path.join(lib, "Application Support", APP),
      config: path.join(lib, "Preferences", APP),
      cache: path.join(lib, "Caches", APP),
    };
  }
  if (platform === "win32") {
    const local = env.LOCALAPPDATA ?? path.join(home, "AppData", "Local");
    const roaming = env.APPDATA ?? path.join(home, "AppData", "Roaming");
    return {
      data: path.join(local, APP, "Data"),
      config: path.join(roaming, APP, "Config"),
      cache: path.join(local, APP, "Cache"),
    };
  }
  // XDG base directories; relative values are invalid per the spec and ignored.
  const xdg = (name: string, fallback: string) => {
    const v = env[name];
    return v && path.isAbsolute(v) ? v : fallback;
  };
  return {
    data: path.join(xdg("XDG_DATA_HOME", path.join(home, ".local", "share")), APP),
    config: path.join(xdg("XDG_CONFIG_HOME", path.join(home, ".config")), APP),
    cache: path.join(xdg("XDG_CACHE_HOME", path.join(home, ".cache")), APP),
  };
}

/**
 * Where things live. The journal comes from `--journal`, then `EMPATHY_JOURNAL`, then the
 * config file's `journal`, then the platform's user data folder. A relative journal is taken from
 * `cwd`, the run's folder.
 */
export function resolveFolders(
  opts: { journal?: string | undefined; configJournal?: string | undefined; cwd?: string },
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = os.platform(),
  home: string = env.HOME || os.homedir(),
): Folders {
  const b = base(env, platform, home);
  const chosen = opts.journal || env.EMPATHY_JOURNAL || opts.configJournal;
  return {
    journal: chosen ? path.resolve(opts.cwd ?? "", expandHome(chosen, home)) : path.join(b.data, "journal"),
    config: b.config,
    cache: b.cache,
    data: b.data,
  };
}

function expandHome(p: string, home: string): string {
  return p === "~" || p.startsWith("~/") ? path.join(home, p.slice(1)) : p;
}
