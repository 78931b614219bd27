// DynamoDB number text: its stored size and its range. Both read the text once, without allocating,
// because item sizing runs on every number of a number set or json value.

// What scanNumber found: the powers of ten of the first and last nonzero digits, and whether
// there was none. Module-level so a scan allocates nothing.
let high = 0;
let low = 0;
let zero = false;

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
