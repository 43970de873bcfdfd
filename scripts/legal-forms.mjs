// Regenerates src/review/legal-forms.json, the legal forms the anonymizer recognises after a
// company's name ("Ørsted A/S", "Łódź Sp. z o.o."), from the ISO 20275 Entity Legal Forms code list
// as GLEIF publishes it (CC0), in its CSV form:
//
//   node scripts/legal-forms.mjs path/to/elf-code-list.csv
//
// Kept: the abbreviations (local and transliterated) of the forms in use (ACTV), each once. The
// list's own full names are left out: written after a name they are rare, and many are ordinary
// words ("Stiftung", "Verein").
import fs from "node:fs";

const [csvPath] = process.argv.slice(2);
if (!csvPath) {
  process.stderr.write("usage: node scripts/legal-forms.mjs <ISO 20275 ELF code list, CSV>\n");
  process.exit(2);
}

/** RFC 4180 rows: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field), rows.push(row), (row = []), (field = "");
    } else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

const [header, ...rows] = parseCsv(fs.readFileSync(csvPath, "utf8").replace(/^\uFEFF/, ""));
const col = (name) => {
  const i = header.findIndex((h) => h.startsWith(name));
  if (i < 0) throw new Error(`${csvPath}: no column "${name}"; is this the ELF code list?`);
  return i;
};
const [status, local, transliterated, created] = [col("ELF Status"), col("Abbreviations Local language"), col("Abbreviations transliterated"), col("Date created")];

const forms = new Set();
let latest = "";
for (const r of rows) {
  if (r.length < header.length) continue;
  const changed = r[col("Modification date")] || r[created];
  if (changed > latest) latest = changed;
  if (r[status] !== "ACTV") continue;
  for (const cell of [r[local], r[transliterated]]) {
    for (const a of cell.split(";").map((s) => s.trim().replace(/\s+/g, " "))) {
      // Two letters at least: "A" or "S" alone would be found after every other name.
      if ((a.match(/[\p{L}\p{N}]/gu) ?? []).length >= 2) forms.add(a);
    }
  }
}
const out = {
  source: "ISO 20275 Entity Legal Forms code list (GLEIF, CC0): abbreviations of the active forms",
  listDate: latest,
  forms: [...forms].sort((a, b) => a.localeCompare(b, "en")),
};
const target = new URL("../src/review/legal-forms.json", import.meta.url);
fs.writeFileSync(target, `${JSON.stringify(out, null, 0).replace(/","/g, '",\n"')}\n`);
process.stdout.write(`${out.forms.length} legal forms (list of ${latest}) written to src/review/legal-forms.json\n`);
