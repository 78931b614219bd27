import { ValidationError } from "../errors/index.js";
import { Comparable } from "./comparable.js";
import { Condition } from "./condition.js";
import type { FunctionNode, OperandNode, PathNode, ValueEncoder } from "./nodes.js";
import { checkArity, OPERAND, toOperand, valueNode } from "./operand.js";
import { formatPath, toPath, type PathInput } from "./path.js";

/** DynamoDB's attribute type codes, for `attribute_type`. */
export type AttributeTypeCode = "S" | "SS" | "N" | "NS" | "B" | "BS" | "BOOL" | "NULL" | "L" | "M";
const TYPE_CODES: ReadonlySet<string> = new Set(["S", "SS", "N", "NS", "B", "BS", "BOOL", "NULL", "L", "M"]);

/**
 * One attribute in a condition (untyped; generated code views it through `AttributeRef<T>`).
 * Values given to its methods are encoded with its `encoder` when it has one.
 */
export class AttributeExpr extends Comparable {
  protected readonly left: PathNode;
  protected readonly label: string;

  constructor(
    readonly path: PathNode,
    protected readonly encoder: ValueEncoder | undefined = undefined,
  ) {
    super();
    this.left = path;
    this.label = formatPath(path.segments);
    Object.freeze(this);
  }

  /** `attribute_exists(path)` @example attr("email").exists() */
  exists(): Condition {
    return this.fn({ kind: "function", name: "attribute_exists", path: this.path });
  }

  /** `attribute_not_exists(path)` @example attr("pk").notExists() */
  notExists(): Condition {
    return this.fn({ kind: "function", name: "attribute_not_exists", path: this.path });
  }

  /** `attribute_type(path, :type)` @example attr("tags").type("SS") */
  type(code: AttributeTypeCode): Condition {
    checkArity("type", this.label, arguments.length, 1);
    if (!TYPE_CODES.has(code)) throw new ValidationError("attributeType", this.label, `unknown attribute type "${String(code)}"`);
    return this.fn({ kind: "function", name: "attribute_type", path: this.path, argument: this.plain(code) });
  }

  /** `begins_with(path, :prefix)` @example attr("sk").beginsWith("ORDER#") */
  beginsWith(prefix: unknown): Condition {
    checkArity("beginsWith", this.label, arguments.length, 1);
    return this.fn({ kind: "function", name: "begins_with", path: this.path, argument: this.plain(prefix) });
  }

  /** `contains(path, :v)`: a substring of a string, or an element of a set or list. @example attr("tags").contains("gift") */
  contains(element: unknown): Condition {
    checkArity("contains", this.label, arguments.length, 1);
    return this.fn({ kind: "function", name: "contains", path: this.path, argument: this.plain(element) });
  }

  /** `size(path)`, to compare with numbers. @example attr("lines").size().gt(3) */
  size(): SizeExpr {
    return new SizeExpr(this.path);
  }

  /** A map member of this attribute. @example attr("address").get("city") // address.city */
  get(name: string): AttributeExpr {
    return new AttributeExpr(toPath([...this.path.segments, name]));
  }

  /** A list element of this attribute. @example attr("lines").at(0).get("qty") // lines[0].qty */
  at(index: number): AttributeExpr {
    return new AttributeExpr(toPath([...this.path.segments, index]));
  }

  // Prefixes, elements and type codes are not whole values of this attribute: its typed encoder does not apply.
  private plain(value: unknown): OperandNode {
    return isOperand(value) ? toOperand(value) : valueNode(value, undefined, this.label);
  }

  private fn(node: FunctionNode): Condition {
    return new Condition(Object.freeze(node));
  }
}

/** `size(path)` in a condition: compared with numbers. */
export class SizeExpr extends Comparable {
  protected readonly left: OperandNode;
  protected readonly label: string;
  protected readonly encoder = undefined;

  constructor(readonly sizeOf: PathNode) {
    super();
    this.left = Object.freeze({ kind: "size", path: sizeOf });
    this.label = `size(${formatPath(sizeOf.segments)})`;
    Object.freeze(this);
  }
}

/**
 * An attribute to build conditions on, in the spirit of boto3's `Attr`.
 *
 * @example
 * attr("total").gt(100).and(attr("tags").contains("x"))
 * attr(["weird.name", 0]).exists() // one attribute named "weird.name", list index 0
 */
export function attr(path: PathInput, encoder?: ValueEncoder): AttributeExpr {
  return new AttributeExpr(toPath(path), encoder);
}

function isOperand(value: unknown): boolean {
  return typeof value === "object" && value !== null && OPERAND in value;
}
