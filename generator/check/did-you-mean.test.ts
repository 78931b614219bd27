import { describe, expect, test } from "vitest";
import { describePath } from "./describe-path.js";
import { closestName, didYouMean, editDistance } from "./did-you-mean.js";

describe("edit distance and suggestions", () => {
  test("distance counts edits and neighbour swaps", () => {
    expect(editDistance("type", "type")).toBe(0);
    expect(editDistance("tpye", "type")).toBe(1);
    expect(editDistance("optinal", "optional")).toBe(1);
    expect(editDistance("gsi", "gsi1")).toBe(1);
    expect(editDistance("abc", "xyz")).toBe(3);
  });

  test("a different case is always suggested", () => {
    expect(closestName("orderid", ["customerId", "orderId"])).toBe("orderId");
  });

  test("close names are suggested, far ones and whole replacements are not", () => {
    expect(closestName("indexs", ["attributes", "key", "indexes"])).toBe("indexes");
    expect(closestName("colour", ["color", "flavour"])).toBe("color");
    expect(closestName("id", ["name", "email"])).toBeUndefined();
    expect(closestName("C", ["A", "B"])).toBeUndefined();
    expect(didYouMean("strng", ["string", "number"])).toBe(' (did you mean "string"?)');
    expect(didYouMean("zzz", ["string"])).toBe("");
  });
});

describe("describePath", () => {
  test.each([
    [[], "the schema"],
    [["version"], "version"],
    [["table", "key", "partition"], "table key.partition"],
    [["table", "indexes", "gsi1", "type"], "type of table index gsi1"],
    [["entities", "Order"], "entity Order"],
    [["entities", "Order", "attributes", "lines", "of", "attributes", "qty"], "attribute lines[].qty of Order"],
    [["entities", "Order", "attributes", "email", "default"], "default of attribute email of Order"],
    [["entities", "Order", "key", "sort"], "key sort of Order"],
    [["entities", "Order", "indexes", "byId", "index"], "index of index byId of Order"],
    [["collections", "overview", "entities", 2], "entities[2] of collection overview"],
  ])("%j → %s", (path, text) => {
    expect(describePath(path)).toBe(text);
  });
});
