// The floor for a warm summary: a bare Node script that only reads every entry file.
import fs from "node:fs";
import path from "node:path";

let bytes = 0;
const walk = (dir) => {
  for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, item.name);
    if (item.isDirectory()) walk(p);
    else if (item.name.endsWith(".yaml")) bytes += fs.readFileSync(p, "utf8").length;
  }
};
walk(process.argv[2]);
console.log(bytes);
