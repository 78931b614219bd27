/** The schema the temporary project generates from. */
export const NOTES_SCHEMA = `# yaml-language-server: $schema=../node_modules/dynagen/generator/schema-language.json
version: 1
table:
  name: notes
  key: { partition: pk, sort: sk }
entities:
  Note:
    attributes:
      noteId: string
      text: string
      stars: { type: number, integer: true, default: 0 }
    key: { partition: "NOTE#{noteId}", sort: "NOTE" }
`;

/** A user's tsconfig: strict, NodeNext, compiling the generated code and the script. */
export const APP_TSCONFIG = {
  compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, noUncheckedIndexedAccess: true, skipLibCheck: true, outDir: "out", types: [] },
  include: ["generated", "main.ts"],
};

const CLIENT = (endpoint: string) =>
  `new DynamoDBClient({ endpoint: ${JSON.stringify(endpoint)}, region: "us-east-1", credentials: { accessKeyId: "dynagen", secretAccessKey: "dynagen" } })`;

/** One write and one read through the generated repositories (`createNotes`), printing the item read. */
export function repositoryScript(endpoint: string, tableName: string): string {
  return `import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { createNotes } from "./generated/notes/index.js";

const notes = createNotes({ client: ${CLIENT(endpoint)}, tableName: ${JSON.stringify(tableName)} });
await notes.table.create();
await notes.note.create({ noteId: "n1", text: "hello" });
const note = await notes.note.get({ noteId: "n1" });
console.log(JSON.stringify(note));
`;
}
