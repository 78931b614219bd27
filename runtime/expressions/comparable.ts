import { ValidationError } from "../errors/index.js";
import { Condition } from "./condition.js";
import type { ComparisonOperator, OperandNode, ValueEncoder } from "./nodes.js";
import { checkArity, OPERAND, toOperand } from "./operand.js";

/** DynamoDB's limit on the operands of one IN. */
export const MAX_IN_OPERANDS = 100;

/** The comparisons shared by an attribute and by `size(attribute)`. */
export abstract class Comparable {
  readonly [OPERAND] = true;
  protected abstract readonly left: OperandNode;
  protected abstract readonly label: string;
  protected abstract readonly encoder: ValueEncoder | undefined;

  /** `path = :v` @example attr("status").eq("paid") */
  eq(value: unknown): Condition {
    checkArity("eq", this.label, arguments.length, 1);
    return this.compare("=", value);
  }
  /** `path <> :v` @example attr("status").ne("cancelled") */
  ne(value: unknown): Condition {
    checkArity("ne", this.label, arguments.length, 1);
    return this.compare("<>", value);
  }
  /** `path < :v` @example attr("total").lt(10) */
  lt(value: unknown): Condition {
    checkArity("lt", this.label, arguments.length, 1);
    return this.compare("<", value);
  }
  /** `path <= :v` @example attr("total").lte(10) */
  lte(value: unknown): Condition {
    checkArity("lte", this.label, arguments.length, 1);
    return this.compare("<=", value);
  }
  /** `path > :v` @example attr("total").gt(100) */
  gt(value: unknown): Condition {
    checkArity("gt", this.label, arguments.length, 1);
    return this.compare(">", value);
  }
  /** `path >= :v` @example attr("total").gte(100) */
  gte(value: unknown): Condition {
    checkArity("gte", this.label, arguments.length, 1);
    return this.compare(">=", value);
  }

  /**
   * `path BETWEEN :low AND :high` (both ends included; their order is DynamoDB's to judge).
   *
   * @example
   * attr("placedAt").between("2026-01-01", "2026-02-01")
   */
  between(low: unknown, high: unknown): Condition {
    checkArity("between", this.label, arguments.length, 2);
    const node = { kind: "between", operand: this.left, low: this.operand(low), high: this.operand(high) } as const;
    return new Condition(Object.freeze(node));
  }

  /**
   * `path IN (:v0, :v1, …)`, 1 to 100 values.
   *
   * @example
   * attr("status").in(["paid", "shipped"])
   */
  in(values: readonly unknown[]): Condition {
    checkArity("in", this.label, arguments.length, 1);
    if (!Array.isArray(values)) throw new ValidationError("arity", this.label, "in takes an array of values");
    if (values.length === 0) throw new ValidationError("emptyIn", this.label, "IN needs at least one value");
    if (values.length > MAX_IN_OPERANDS) {
      throw new ValidationError("tooManyOperands", this.label, `IN takes at most ${MAX_IN_OPERANDS} values, ${values.length} given`);
    }
    const operands = Object.freeze(values.map((v) => this.operand(v)));
    return new Condition(Object.freeze({ kind: "in", operand: this.left, values: operands }));
  }

  protected operand(value: unknown): OperandNode {
    return toOperand(value, this.encoder, this.label);
  }

  private compare(operator: ComparisonOperator, value: unknown): Condition {
    return new Condition(Object.freeze({ kind: "comparison", operator, left: this.left, right: this.operand(value) }));
  }
}
