/** A number as DynamoDB accepts it: sign, digits with an optional point, optional exponent. */
const NUMBER = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
/** Already in the form DynamoDB returns: most keys take this path and keep their text. */
const CANONICAL = /^-?(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/;
/** DynamoDB's numbers lie between 1E-130 and 1E+126: farther points are invalid anyway. */
const MAX_POINT_SHIFT = 400;

/**
 * The text DynamoDB stores and returns for the number `text`: plain decimal notation, no exponent,
 * no leading zeros, no trailing fractional zeros or point, no `+`, `-0` as `0`. Numbers that
 * DynamoDB takes for the same key ("1", "1.0", "1e0", "001") get the same text; a text that is
 * not a number is returned as is (DynamoDB rejects it).
 *
 * @example
 * canonicalNumber("1.50"); // "1.5"
 * canonicalNumber("-1e3"); // "-1000"
 */
export function canonicalNumber(text: string): string {
  if (CANONICAL.test(text) && text !== "-0") return text;
  const match = NUMBER.exec(text);
  if (match === null) return text;
  const [, sign = "", whole = "", fraction = "", exponent = "0"] = match;
  if (whole.length + fraction.length === 0 || exponent.length > 6) return text;
  // The significant digits, and where the point falls among them.
  let digits = whole + fraction;
  let point = whole.length + Number(exponent);
  const leading = /^0*/.exec(digits)![0].length;
  digits = digits.slice(leading).replace(/0+$/, "");
  point -= leading;
  if (digits.length === 0) return "0";
  if (Math.abs(point) > MAX_POINT_SHIFT) return text;
  const plain =
    point <= 0 ? "0." + "0".repeat(-point) + digits
    : point >= digits.length ? digits + "0".repeat(point - digits.length)
    : digits.slice(0, point) + "." + digits.slice(point);
  return sign === "-" ? "-" + plain : plain;
}
