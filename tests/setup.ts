import { afterAll } from "vitest";
import { removeTempDirs } from "./helpers/temp.js";
import { loadLang, setLang } from "../src/i18n/index.js";
import { useColour } from "../src/render/style.js";

// The CLI loads a language before it speaks it; tests call the renderers in both directly.
await loadLang("nl");
// A worker runs file after file with the modules it loaded (vitest.config.ts): each file starts
// with what a fresh import holds, whatever language or colour the file before it left set.
setLang("en");
await useColour(0);
afterAll(removeTempDirs);
