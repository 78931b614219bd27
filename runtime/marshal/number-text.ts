// DynamoDB number text: its stored size, its range and its canonical form. Each reads the text once
// with scanNumber, which allocates nothing, because item sizing runs on every number of a number
// set or json value.

// What scanNumber found: the powers of ten of the first and last nonzero digits, and whether
// there was none. Module-level so a scan allocates nothing.
let high = 0;
let low = 0;
let zero = false;
// The same digits counted among the mantissa's digits (the point skipped), from 0.
let firstDigit = -1;
let lastDigit = -1;

// DynamoDB accepts what scanNumber reads (checked against DynamoDB Local 3.3.0): an optional sign,
// digits with at most one point (".5" and "5." too), an optional exponent.
function scanNumber(text: string): boolean {
  const length = text.length;
  let i = 0;
  let c = text.charCodeAt(0);
  if (c === 45 || c === 43) i++;
  let digits = 0;
  let point = -1;
  let first = -1;
  let last = -1;
  for (; i < length; i++) {
    c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (c !== 48) {
        if (first < 0) first = digits;
        last = digits;
      }
      digits++;
    } else if (c === 46 && point < 0) point = digits;
    else break;
  }
  if (digits === 0) return false;
  let exponent = 0;
  if (i < length) {
    if (c !== 101 && c !== 69) return false;
    c = text.charCodeAt(++i);
    const negative = c === 45;
    if (c === 45 || c === 43) i++;
    if (i >= length) return false;
    for (; i < length; i++) {
      c = text.charCodeAt(i);
      if (c < 48 || c > 57) return false;
      // Capped: far past DynamoDB's range already, and it keeps the arithmetic in int32.
      if (exponent < 100000) exponent = exponent * 10 + (c - 48);
    }
    if (negative) exponent = -exponent;
  }
  const units = (point < 0 ? digits : point) - 1 + exponent;
  zero = first < 0;
  firstDigit = first;
  lastDigit = last;
  high = units - first;
  low = units - last;
  return true;
}

/**
 * The bytes DynamoDB counts for a number: one per two significant digits plus one (AWS's rule).
 * Digits are paired as in a base-100 encoding, aligned on the decimal point ("1.5" is 01|50, 3 bytes),
 * which is never less than the rule's ceil(digits / 2) + 1 and at most one byte more. Zero counts
 * as one digit. Text that is not a number keeps the character count, an upper bound.
 *
 * @example
 * numberSize("1e+21") // 2; numberSize("123.45") // 4
 */
export function numberSize(text: string): number {
  if (!scanNumber(text)) return Math.ceil(text.length / 2) + 1;
  if (zero) return 2;
  // >> 1 floors negative powers too, so pairs stay aligned below the point.
  return (high >> 1) - (low >> 1) + 2;
}

/**
 * Why DynamoDB would refuse this number text, or undefined when it is storable: at most 38
 * significant digits, magnitude from 1E-130 to 9.9999999999999999999999999999999999999E+125.
 *
 * @example
 * numberTextProblem("1E+126") // "is above DynamoDB's largest number, 9.9999999999999999999999999999999999999E+125"
 */
export function numberTextProblem(text: string): string | undefined {
  if (typeof text !== "string" || !scanNumber(text)) return "is not a decimal number";
  if (zero) return undefined;
  if (high - low + 1 > 38) return `has ${high - low + 1} significant digits; DynamoDB keeps at most 38`;
  if (high > 125) return "is above DynamoDB's largest number, 9.9999999999999999999999999999999999999E+125";
  if (high < -130) return "is below DynamoDB's smallest nonzero number, 1E-130";
  return undefined;
}

/**
 * Whether DynamoDB can store a finite JS number: String() gives at most 17 significant digits,
 * so only the magnitude can be out of range. The bounds are the doubles nearest 1E+126 and 1E-130.
 *
 * @example
 * numberInRange(1e300) // false
 */
export function numberInRange(value: number): boolean {
  const magnitude = value < 0 ? -value : value;
  return magnitude < 1e126 && (magnitude >= 1e-130 || magnitude === 0);
}

/** Already in the form DynamoDB returns: most keys take this path and keep their text. */
const CANONICAL = /^-?(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/;
/** DynamoDB's numbers lie between 1E-130 and 1E+126: a farther digit means the text is invalid anyway. */
const MAX_POWER = 400;

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
  if (!scanNumber(text)) return text;
  if (zero) return "0";
  if (high > MAX_POWER || low < -MAX_POWER) return text;
  // The significant digits: the mantissa's digits from the first nonzero one to the last.
  let digits = "";
  for (let i = 0, n = 0; n <= lastDigit; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    if (n >= firstDigit) digits += text[i];
    n++;
  }
  const plain =
    low >= 0 ? digits + "0".repeat(low)
    : high >= 0 ? digits.slice(0, high + 1) + "." + digits.slice(high + 1)
    : "0." + "0".repeat(-high - 1) + digits;
  return text.charCodeAt(0) === 45 ? "-" + plain : plain;
}
