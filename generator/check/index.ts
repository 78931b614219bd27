export { checkSources } from "./check-sources.js";
export { closestName, didYouMean, editDistance } from "./did-you-mean.js";
export { loadSchema, schemaStem, type SchemaSource } from "./load-schema.js";
export { sortDiagnostics } from "./reporter.js";
