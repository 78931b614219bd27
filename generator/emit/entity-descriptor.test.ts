import { describe, expect, test } from "vitest";
import { emitSchema } from "./index.js";
import { attr, schemaOf, template, userEntity } from "./test-model.js";
import type { Entity } from "../model/index.js";

const indexKeysOf = (entity: Entity) => emitSchema(schemaOf([entity])).get(`app/${entity.name.toLowerCase()}.ts`)!.match(/indexKeys: \[.*\],/)![0];

describe("descriptor indexKeys", () => {
  test("a key of an index without optional slots lists its own slots", () => {
    expect(indexKeysOf(userEntity())).toBe(
      'indexKeys: [{ attribute: "gsi1pk", sources: ["email"], render: userByEmailPartition }, { attribute: "gsi1sk", sources: [], render: userByEmailSort }, { attribute: "lsi1sk", sources: ["rank"], render: userByRankSort }],',
    );
  });

  test("each key of a sparse index lists every slot of the index, so an update writes or removes both", () => {
    const user = userEntity();
    const task: Entity = {
      ...user,
      name: "Task",
      attributes: [...user.attributes, attr("assignee", { kind: "string" }, { optional: true }), attr("flaggedAt", { kind: "datetime" }, { optional: true })],
      indexes: [
        { name: "byAssignee", index: "gsi1", partition: template("USER#{assignee}"), sort: template("{role}#{email}") },
        // The local index's partition is the table's: only its sort key is written.
        { name: "flagged", index: "lsi1", partition: template("USER#{userId}"), sort: template("AT#{flaggedAt}") },
      ],
    };
    expect(indexKeysOf(task)).toBe(
      'indexKeys: [{ attribute: "gsi1pk", sources: ["assignee", "role", "email"], render: taskByAssigneePartition }, { attribute: "gsi1sk", sources: ["assignee", "role", "email"], render: taskByAssigneeSort }, { attribute: "lsi1sk", sources: ["flaggedAt"], render: taskFlaggedSort }],',
    );
  });
});
