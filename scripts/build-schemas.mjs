// Part of the build: JSON Schemas of the files a user or another tool reads and writes (journal
// entries, exercises, the config), generated from the zod schemas the tool itself
// checks them with, into dist/schemas/ (shipped in the package).
import fs from "node:fs";
import { z } from "zod";
import { ConfigSchema } from "../build/config/config-schema.js";
import { Entry } from "../build/journal/entry.js";
import { Exercise } from "../build/exercises/schema.js";

const dir = new URL("../dist/schemas/", import.meta.url);
fs.mkdirSync(dir, { recursive: true });
const schemas = { entry: Entry, exercise: Exercise, config: ConfigSchema };
for (const [name, schema] of Object.entries(schemas)) {
  // "input": the file as written by hand, where defaulted fields may be left out.
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
  fs.writeFileSync(new URL(`${name}.schema.json`, dir), `${JSON.stringify({ title: `empathy-coach ${name}`, ...json }, null, 2)}\n`);
}
console.log(`schemas: ${Object.keys(schemas).join(", ")} written to dist/schemas/`);
