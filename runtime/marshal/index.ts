// Marshalling: the generic marshaller for untyped use and the helpers generated code calls.
export type { AttributeValue } from "@aws-sdk/client-dynamodb";
export { NumberValueImpl as NumberValue } from "@aws-sdk/util-dynamodb";
export * from "./failures.js";
export { MARSHALL_OPTIONS, UNMARSHALL_OPTIONS, marshallItem, unmarshallItem } from "./generic.js";
export { MAX_ITEM_BYTES, attributeValueSize, checkItemSize, itemSize, utf8Length } from "./item-size.js";
export { MAX_JSON_DEPTH, marshalJson, unmarshalJson } from "./json-value.js";
export { keyInteger, keyString } from "./key-slots.js";
export { readNumberValue } from "./precise.js";
export { DATETIME_PATTERN, binarySetValues, checkDatetime, numberSetValues, preciseNumber, readNumber, readNumberSet, stringSetValues } from "./values.js";
