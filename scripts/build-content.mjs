// Part of the build: checks the built-in exercises and menus against their schemas and compiles
// them to dist/content.json, so that commands which only read them need neither YAML nor zod.
import fs from "node:fs";
import { readBuiltinSources } from "../build/exercises/load.js";

const content = await readBuiltinSources();
fs.writeFileSync(new URL("../dist/content.json", import.meta.url), JSON.stringify(content));
console.log(`content: ${content.exercises.length} exercises and 2 menus checked and compiled`);
