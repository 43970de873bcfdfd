import { loadLang } from "../src/i18n/index.js";

// The CLI loads a language before it speaks it; tests call the renderers in both directly.
await loadLang("nl");
