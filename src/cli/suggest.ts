/** Edits (insert, delete, replace) that turn `a` into `b`. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** The name a mistyped word was most likely meant to be: at most two edits away, or a prefix of it. */
export function closest(word: string, names: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  const ranked = names
    .map((name) => ({ name, d: name.startsWith(w) && w.length >= 2 ? 0.5 : distance(w, name) }))
    .filter((c) => c.d <= Math.min(2, Math.max(1, Math.floor(w.length / 3))))
    .sort((x, y) => x.d - y.d);
  return ranked[0]?.name;
}
