import { NumberValueImpl as NumberValue } from "@aws-sdk/util-dynamodb";

/**
 * A precise number read back as a NumberValue, keeping every digit. An absent value stays
 * undefined (as in an item read with a projection) instead of failing in NumberValue's constructor.
 *
 * @example
 * readNumberValue(raw.total?.N) // NumberValue { value: "12345678901234567890.5" }
 */
export function readNumberValue(text: string | undefined): NumberValue {
  return (text === undefined ? undefined : new NumberValue(text)) as NumberValue;
}
