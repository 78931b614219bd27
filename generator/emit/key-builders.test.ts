import { describe, expect, test } from "vitest";
import { emitSchema } from "./index.js";
import { TABLE, attr, schemaOf, template } from "./test-model.js";

// One entity with a multi-slot sort key, an integer slot, a literal-only GSI sort and a sparse GSI.
const files = emitSchema(
  schemaOf([
    {
      name: "Score",
      attributes: [
        attr("game", { kind: "string" }),
        attr("rank", { kind: "number", integer: true, precise: false }),
        attr("player", { kind: "string" }),
        attr("team", { kind: "string" }, { optional: true }),
      ],
      key: { name: "primary", index: "primary", partition: template("GAME#{game}"), sort: template("RANK#{rank:06}#{player}") },
      indexes: [{ name: "byTeam", index: "gsi1", partition: template("TEAM#{team}"), sort: template("SCORE") }],
    },
  ], TABLE),
);
const score = files.get("app/score.ts")!;

describe("key builders", () => {
  test("renders templates straight-line, integer slots zero-padded to their width", () => {
    expect(score).toContain('return SCORE_PRIMARY_SORT_PREFIX + keyInteger(key.rank, "rank", 6) + "#" + keyString(key.player, "player");');
    expect(score).toContain("export function scorePrimarySort(key: { rank: number; player: string }): string {");
  });

  test("literal-only templates render their constant, with no parameter", () => {
    expect(score).toContain("export function scoreByTeamSort(): string {\n  return SCORE_BY_TEAM_SORT_PREFIX;\n}");
    expect(score).toContain("gsi1sk: scoreByTeamSort()");
  });

  test("a sparse index writes both keys or neither", () => {
    expect(score).toContain("if (item.team !== undefined) out.gsi1pk = { S: scoreByTeamPartition({ team: item.team }) };");
    expect(score).toContain("if (item.team !== undefined) out.gsi1sk = { S: scoreByTeamSort() };");
  });

  test("the index key type names the slots of both templates", () => {
    expect(score).toMatch(/export interface ScoreByTeamKey \{\n {2}team: string;\n\}/);
  });
});
