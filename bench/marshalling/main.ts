// Section 2 on its own: `node dist/bench/marshalling/main.js` prints its table. bench/main.ts runs
// this file in a fresh process so the timings do not depend on the sections run before it.
import { marshalOrder, unmarshalOrder } from "../generated/bench/order.js";
import { runMarshalling } from "./run.js";

console.log(runMarshalling({ marshalOrder, unmarshalOrder }));
