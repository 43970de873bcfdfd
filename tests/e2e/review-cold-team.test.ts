import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { demoTeam, run, type tempHome } from "../helpers/cli.js";

// Journals large enough to be parsed by the worker pool, which a review shares between journals
// and feeds two journals at a time: no result may end up with the wrong journal or in the wrong order.
const TEAM = ["anna", "bram", "chris"];
const UNTIL = ["--since", "52w", "--until", "2026-11-30", "--format", "json"];
let home: ReturnType<typeof tempHome>;
let team: string;

beforeAll(async () => {
  ({ home, team } = await demoTeam(TEAM, 11, 450));
}, 60_000);

const trainees = (stdout: string) => (JSON.parse(stdout) as { trainees: unknown[] }).trainees;

describe("a cold team review", () => {
  it("reports each trainee as a review of that trainee alone does", async () => {
    const together = await run(["--no-cache", "review", team, ...UNTIL], { env: home.env });
    expect(together.code, together.stderr).toBe(0);
    const reports = trainees(together.stdout);
    expect(reports).toHaveLength(TEAM.length);
    for (const [i, name] of TEAM.entries()) {
      const alone = await run(["--no-cache", "review", path.join(team, name), ...UNTIL], { env: home.env });
      expect(alone.code, alone.stderr).toBe(0);
      expect(reports[i], name).toEqual(trainees(alone.stdout)[0]);
    }
  }, 90_000);

  it("gives the same report from the parse workers as from the index they leave", async () => {
    const cold = await run(["--no-cache", "review", team, ...UNTIL], { env: home.env });
    await run(["review", team, ...UNTIL], { env: home.env });
    const warm = await run(["review", team, ...UNTIL], { env: home.env });
    expect(warm.code, warm.stderr).toBe(0);
    expect(trainees(warm.stdout)).toEqual(trainees(cold.stdout));
  }, 90_000);
});
