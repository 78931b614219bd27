import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * The bench's own checks (offline: the columns of section 1 against the canned handler, the
 * type-check writers): `npx vitest run --config bench/vitest.config.ts`. No DynamoDB Local.
 */
export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  resolve: {
    alias: { "dynagen/runtime": fileURLToPath(new URL("../runtime/index.ts", import.meta.url)) },
  },
  test: { include: ["bench/**/*.test.ts"], exclude: ["bench/tmp/**", "**/node_modules/**"], testTimeout: 30_000 },
});
