import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

interface Pkg {
  name: string;
  engines?: { node?: string };
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  files?: string[];
}
const read = (dir: string): Pkg => JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as Pkg;
const pkg = read(ROOT);

/** The few range forms package engines use here: `>=a.b.c`, `^a.b.c`, `a || b`. */
function satisfies(version: string, range: string): boolean {
  const v = version.split(".").map(Number);
  const cmp = (a: number[], b: number[]) => a[0]! - b[0]! || (a[1] ?? 0) - (b[1] ?? 0) || (a[2] ?? 0) - (b[2] ?? 0);
  return range.split("||").some((alt) =>
    alt
      .trim()
      .replace(/(>=|\^)\s+/g, "$1")
      .split(/\s+/)
      .every((c) => {
        const m = /^(>=|\^)?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(c);
        if (!m) throw new Error(`range form not understood: ${c}`);
        const low = [Number(m[2]), Number(m[3] ?? 0), Number(m[4] ?? 0)];
        if (m[1] === ">=") return cmp(v, low) >= 0;
        if (m[1] === "^") return cmp(v, low) >= 0 && v[0] === low[0];
        return cmp(v, low) === 0;
      }),
  );
}

/** Every production dependency, direct or not, as installed. */
function productionPackages(): Pkg[] {
  const seen = new Map<string, Pkg>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    const dir = path.join(ROOT, "node_modules", name);
    if (!fs.existsSync(dir)) return;
    const p = read(dir);
    seen.set(name, p);
    for (const dep of Object.keys(p.dependencies ?? {})) visit(dep);
  };
  for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dep);
  return [...seen.values()];
}

describe("the package", () => {
  it("allows exactly the Node versions its dependencies allow", () => {
    const ours = pkg.engines!.node!;
    const theirs = productionPackages().filter((p) => p.engines?.node);
    expect(theirs.map((p) => p.name)).toContain("@inquirer/prompts");
    const versions = ["18.20.0", "20.16.0", "20.18.0", "20.19.0", "20.20.2", "21.7.0", "22.0.0", "22.12.0", "22.13.0", "23.4.0", "23.5.0", "24.0.0", "25.1.0"];
    for (const v of versions) {
      const all = satisfies(v, ">=20.19") && theirs.every((p) => satisfies(v, p.engines!.node!));
      expect([v, satisfies(v, ours)]).toEqual([v, all]);
    }
  });

  it("runs nothing at install time, and ships its license and schemas", () => {
    for (const hook of ["preinstall", "install", "postinstall", "prepare"]) expect(pkg.scripts?.[hook]).toBeUndefined();
    expect(fs.readFileSync(path.join(ROOT, "LICENSE"), "utf8")).toMatch(/^MIT License/);
    expect(pkg.files).toEqual(expect.arrayContaining(["dist/", "LICENSE"]));
    const entry = JSON.parse(fs.readFileSync(path.join(ROOT, "dist", "schemas", "entry.schema.json"), "utf8"));
    expect(entry.required).toEqual(expect.arrayContaining(["schema", "id", "kind", "createdAt", "answers"]));
    expect(Object.keys(entry.properties)).toEqual(expect.arrayContaining(["tags", "flags", "actions"]));
    const config = JSON.parse(fs.readFileSync(path.join(ROOT, "dist", "schemas", "config.schema.json"), "utf8"));
    expect(config.properties.depth.enum).toEqual(["quick", "full"]);
    expect(config.additionalProperties).toBe(false);
  });
});
