// The generated repositories hand the runtime's generic classes out as plain generated interfaces
// without a per-entity compiler check (see repository-implementation.ts). This file is that check,
// made once: `tsc` (npm run typecheck) fails here if a runtime class stops implementing the
// interfaces emitted for any entity of the example schema.
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { describe, expect, test } from "vitest";
import { EntityRepository, EntityTransaction, type QueryCommandInput, type ReadOperation, type ScanOperation } from "dynagen/runtime";
import type * as shop from "../../generated/shop/index.js";
import { createCustomerRepository, createCustomerTransaction, createShop } from "../../generated/shop/index.js";

/** `true` when `Source` is assignable to `Target`. */
type Assignable<Source, Target> = [Source] extends [Target] ? true : false;

type EntityContract<Item, Key, Create, Update, Refs, Queries, Repository, Transaction, Query, Scan> = [
  Assignable<EntityRepository<Item, Key, Create, Update, Refs> & { readonly query: Queries }, Repository>,
  Assignable<EntityTransaction<Item, Key, Create, Update, Refs>, Transaction>,
  Assignable<ReadOperation<Item, QueryCommandInput>, Query>,
  Assignable<ScanOperation<Item>, Scan>,
];

/** Compiles only when every check of every entity is `true`. */
type AllHold<Checks extends readonly (readonly true[])[]> = Checks;

export type ShopContracts = AllHold<[
  EntityContract<shop.Cart, shop.CartKey, shop.CartCreate, shop.CartUpdate, shop.CartRefs, shop.CartQueries, shop.CartRepository, shop.CartTransaction, shop.CartQueryOperation, shop.CartScanOperation>,
  EntityContract<shop.Customer, shop.CustomerKey, shop.CustomerCreate, shop.CustomerUpdate, shop.CustomerRefs, shop.CustomerQueries, shop.CustomerRepository, shop.CustomerTransaction, shop.CustomerQueryOperation, shop.CustomerScanOperation>,
  EntityContract<shop.Order, shop.OrderKey, shop.OrderCreate, shop.OrderUpdate, shop.OrderRefs, shop.OrderQueries, shop.OrderRepository, shop.OrderTransaction, shop.OrderQueryOperation, shop.OrderScanOperation>,
  EntityContract<shop.OrderLine, shop.OrderLineKey, shop.OrderLineCreate, shop.OrderLineUpdate, shop.OrderLineRefs, shop.OrderLineQueries, shop.OrderLineRepository, shop.OrderLineTransaction, shop.OrderLineQueryOperation, shop.OrderLineScanOperation>,
  EntityContract<shop.Product, shop.ProductKey, shop.ProductCreate, shop.ProductUpdate, shop.ProductRefs, shop.ProductQueries, shop.ProductRepository, shop.ProductTransaction, shop.ProductQueryOperation, shop.ProductScanOperation>,
  EntityContract<shop.Review, shop.ReviewKey, shop.ReviewCreate, shop.ReviewUpdate, shop.ReviewRefs, shop.ReviewQueries, shop.ReviewRepository, shop.ReviewTransaction, shop.ReviewQueryOperation, shop.ReviewScanOperation>,
]>;

describe("generated repositories are the runtime classes", () => {
  const table = { client: new DynamoDBClient({ region: "us-east-1" }), tableName: "shop-test" };

  test("createCustomerRepository returns an EntityRepository with one query per access pattern", () => {
    const customers = createCustomerRepository(table);
    expect(customers).toBeInstanceOf(EntityRepository);
    expect(customers.query.primary({ customerId: "c1" }).params().TableName).toBe("shop-test");
    expect(customers.get({ customerId: "c1" }).params().Key).toBeDefined();
  });

  test("createCustomerTransaction returns an EntityTransaction; createShop wires both", () => {
    expect(createCustomerTransaction(table)).toBeInstanceOf(EntityTransaction);
    expect(createShop({ client: table.client, tableName: "shop-test" }).customer).toBeInstanceOf(EntityRepository);
  });
});
