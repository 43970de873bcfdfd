import { createRequire } from "node:module";

type Yaml = typeof import("yaml");
let lib: Yaml | undefined;

/**
 * The `yaml` library, loaded when a text first needs it: the quick reader (fast-yaml.ts) takes
 * nearly every entry file, and a parse worker that meets none of the others is spared the full
 * parser's code (about 2 MB of a worker's memory in a cold read). Loaded synchronously, as parsing
 * is; it is the same module an `import` of it gives.
 */
export const fullYaml = (): Yaml => (lib ??= createRequire(import.meta.url)("yaml") as Yaml);
