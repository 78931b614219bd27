import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "dynagen/runtime": fileURLToPath(new URL("./runtime/index.ts", import.meta.url)),
    },
  },
  test: {
    include: ["runtime/**/*.test.ts", "generator/**/*.test.ts", "test/**/*.test.ts", "bench/**/*.test.ts"],
    exclude: ["**/node_modules/**", "bench/tmp/**", "test/tmp/**"],
    globalSetup: ["./test/dynamodb-local/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
