import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import {
  ENTITY_NAME,
  ORDER_GSI1_SORT,
  orderGsi1Partition,
  orderPartition,
  orderSort,
  type Order,
  type OrderKey,
  type OrderLine,
  type OrderStatus,
} from "./order.js";

/**
 * Hand-written DynamoDB JSON for the Order: what a careful engineer writes with the raw client,
 * the baseline every other column is measured against.
 */
export type StoredItem = Record<string, AttributeValue>;

/** The stored item: the 10 attributes, the four key attributes and the type attribute. */
export function orderToAttributeValues(order: Order): StoredItem {
  return {
    pk: { S: orderPartition(order.customerId) },
    sk: { S: orderSort(order.placedAt, order.orderId) },
    gsi1pk: { S: orderGsi1Partition(order.orderId) },
    gsi1sk: { S: ORDER_GSI1_SORT },
    _type: { S: ENTITY_NAME },
    customerId: { S: order.customerId },
    orderId: { S: order.orderId },
    placedAt: { S: order.placedAt },
    status: { S: order.status },
    total: { N: String(order.total) },
    currency: { S: order.currency },
    itemCount: { N: String(order.itemCount) },
    shippingCity: { S: order.shippingCity },
    giftWrap: { BOOL: order.giftWrap },
    lines: { L: order.lines.map((line) => ({ M: { sku: { S: line.sku }, qty: { N: String(line.qty) } } })) },
  };
}

export function orderKeyToAttributeValues(key: OrderKey): StoredItem {
  return { pk: { S: orderPartition(key.customerId) }, sk: { S: orderSort(key.placedAt, key.orderId) } };
}

function lineFromAttributeValue(value: AttributeValue): OrderLine {
  const map = value.M ?? {};
  return { sku: map["sku"]?.S ?? "", qty: Number(map["qty"]?.N) };
}

/** Reads the 10 attributes back; the key and type attributes are left out, as libraries do. */
export function orderFromAttributeValues(item: StoredItem): Order {
  return {
    customerId: item["customerId"]?.S ?? "",
    orderId: item["orderId"]?.S ?? "",
    placedAt: item["placedAt"]?.S ?? "",
    status: (item["status"]?.S ?? "pending") as OrderStatus,
    total: Number(item["total"]?.N),
    currency: item["currency"]?.S ?? "",
    itemCount: Number(item["itemCount"]?.N),
    shippingCity: item["shippingCity"]?.S ?? "",
    giftWrap: item["giftWrap"]?.BOOL ?? false,
    lines: (item["lines"]?.L ?? []).map(lineFromAttributeValue),
  };
}
