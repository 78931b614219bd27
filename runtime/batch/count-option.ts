import { ValidationError } from "../errors/index.js";

/**
 * A count setting (requests in flight, writes buffered, attempts): `fallback` when not given, else
 * a whole number of at least 1. NaN or 0 would otherwise stall a loop bounded by it forever.
 *
 * @example
 * countOption("maxInFlight", options.maxInFlight, 16); // 16 when undefined; throws ValidationError for NaN, 0, 2.5
 */
export function countOption(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value === "number" && Number.isInteger(value) && value >= 1) return value;
  const shown = typeof value === "string" ? JSON.stringify(value) : String(value);
  throw new ValidationError("option", "", `${name} must be a whole number of at least 1, got ${shown}`);
}
