/**
 * The declarations an emitter hands to `printFile`, and their printer. They are the subset of
 * ts-morph's structures that dynagen emits, with the same names and fields, and they print to the
 * same text as ts-morph's `printStructure` did (every golden case, `generated/` and the bench's
 * 200-entity output were byte for byte unchanged by the switch). ts-morph cost half of a
 * `generate` run: loading it (with the TypeScript compiler it bundles) about 0.6 s, and its
 * writer, which handles every character written, about 0.45 s of the 200-entity schema's 2 s.
 */

import { commentText } from "./header.js";

export const StructureKind = {
  ImportDeclaration: "ImportDeclaration",
  ExportDeclaration: "ExportDeclaration",
  Function: "Function",
  Interface: "Interface",
  TypeAlias: "TypeAlias",
  VariableStatement: "VariableStatement",
} as const;

export const VariableDeclarationKind = { Const: "const", Let: "let" } as const;

/** A JSDoc comment's text; lines break on `\n`. */
type Docs = readonly string[];

export interface ImportDeclarationStructure {
  readonly kind: typeof StructureKind.ImportDeclaration;
  readonly moduleSpecifier: string;
  readonly isTypeOnly?: boolean;
  readonly namedImports: readonly (string | { readonly name: string; readonly isTypeOnly?: boolean })[];
}

/** `export * from "…";` */
export interface ExportDeclarationStructure {
  readonly kind: typeof StructureKind.ExportDeclaration;
  readonly moduleSpecifier: string;
}

export interface ParameterStructure {
  readonly name: string;
  readonly type?: string;
  readonly hasQuestionToken?: boolean;
  readonly initializer?: string;
}

export interface FunctionStructure {
  readonly kind: typeof StructureKind.Function;
  readonly name: string;
  readonly isExported?: boolean;
  readonly docs?: Docs;
  readonly parameters?: readonly ParameterStructure[];
  readonly returnType?: string;
  /** The body: one text, or statements printed one per line (a blank line after one ending in `}`). */
  readonly statements: string | readonly string[];
}

export interface PropertySignatureStructure {
  readonly name: string;
  readonly type: string;
  readonly docs?: Docs;
  readonly hasQuestionToken?: boolean;
  readonly isReadonly?: boolean;
}

export interface MethodSignatureStructure {
  readonly name: string;
  readonly docs?: Docs;
  readonly parameters?: readonly ParameterStructure[];
  readonly returnType?: string;
}

export interface InterfaceStructure {
  readonly kind: typeof StructureKind.Interface;
  readonly name: string;
  readonly isExported?: boolean;
  readonly docs?: Docs;
  readonly properties?: readonly PropertySignatureStructure[];
  readonly methods?: readonly MethodSignatureStructure[];
}

export interface TypeAliasStructure {
  readonly kind: typeof StructureKind.TypeAlias;
  readonly name: string;
  readonly type: string;
  readonly isExported?: boolean;
  readonly docs?: Docs;
}

export interface VariableStatementStructure {
  readonly kind: typeof StructureKind.VariableStatement;
  readonly declarationKind: (typeof VariableDeclarationKind)[keyof typeof VariableDeclarationKind];
  readonly declarations: readonly { readonly name: string; readonly type?: string | undefined; readonly initializer: string }[];
  readonly isExported?: boolean;
  readonly docs?: Docs;
}

export type StatementStructure =
  | ImportDeclarationStructure
  | ExportDeclarationStructure
  | FunctionStructure
  | InterfaceStructure
  | TypeAliasStructure
  | VariableStatementStructure;

/**
 * The text of a run of statements, ending in one newline. Indentation is left to `reindent`, which
 * re-indents every line by bracket depth; what matters here are the lines and the blank lines: one
 * before and after each function and interface, and after any statement ending in `}`.
 */
export function printStatements(statements: readonly (StatementStructure | string)[]): string {
  const lines: string[] = [];
  statements.forEach((statement, i) => {
    if (i > 0 && (lastCharIsCloseBrace(lines) || isBlockStatement(statement))) blankLine(lines);
    printStatement(lines, statement);
  });
  return `${lines.join("\n").trimEnd()}\n`;
}

function isBlockStatement(statement: StatementStructure | string): boolean {
  return typeof statement !== "string" && (statement.kind === StructureKind.Function || statement.kind === StructureKind.Interface);
}

function lastCharIsCloseBrace(lines: readonly string[]): boolean {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!.trimEnd();
    if (line !== "") return line.endsWith("}");
  }
  return false;
}

function blankLine(lines: string[]): void {
  if (lines.length > 0 && lines[lines.length - 1] !== "") lines.push("");
}

function printStatement(lines: string[], statement: StatementStructure | string): void {
  if (typeof statement === "string") {
    lines.push(...statement.split("\n"));
    return;
  }
  switch (statement.kind) {
    case StructureKind.ImportDeclaration: {
      const names = statement.namedImports.map((n) => (typeof n === "string" ? n : `${n.isTypeOnly === true ? "type " : ""}${n.name}`));
      const braces = names.length > 0 ? ` { ${names.join(", ")} } from` : "";
      lines.push(`import${statement.isTypeOnly === true ? " type" : ""}${braces} ${JSON.stringify(statement.moduleSpecifier)};`);
      return;
    }
    case StructureKind.ExportDeclaration:
      lines.push(`export * from ${JSON.stringify(statement.moduleSpecifier)};`);
      return;
    case StructureKind.TypeAlias:
      printDocs(lines, statement.docs);
      pushText(lines, `${exported(statement)}type ${statement.name} = ${statement.type};`);
      return;
    case StructureKind.VariableStatement: {
      printDocs(lines, statement.docs);
      const declarations = statement.declarations.map((d) => `${d.name}${d.type === undefined ? "" : `: ${d.type}`} = ${d.initializer}`);
      pushText(lines, `${exported(statement)}${statement.declarationKind} ${declarations.join(", ")};`);
      return;
    }
    case StructureKind.Function: {
      printDocs(lines, statement.docs);
      pushText(lines, `${exported(statement)}function ${statement.name}(${parameters(statement.parameters)})${returnType(statement.returnType)} {`);
      if (typeof statement.statements === "string") pushText(lines, statement.statements);
      else {
        statement.statements.forEach((text, i) => {
          if (i > 0 && lastCharIsCloseBrace(lines)) blankLine(lines);
          pushText(lines, text);
        });
      }
      lines.push("}");
      return;
    }
    case StructureKind.Interface: {
      printDocs(lines, statement.docs);
      lines.push(`${exported(statement)}interface ${statement.name} {`);
      for (const p of statement.properties ?? []) {
        printDocs(lines, p.docs);
        pushText(lines, `${p.isReadonly === true ? "readonly " : ""}${p.name}${p.hasQuestionToken === true ? "?" : ""}: ${p.type};`);
      }
      for (const m of statement.methods ?? []) {
        printDocs(lines, m.docs);
        pushText(lines, `${m.name}(${parameters(m.parameters)})${returnType(m.returnType)};`);
      }
      lines.push("}");
      return;
    }
  }
}

function exported(statement: { readonly isExported?: boolean }): string {
  return statement.isExported === true ? "export " : "";
}

function parameters(list: readonly ParameterStructure[] | undefined): string {
  return (list ?? [])
    .map((p) => `${p.name}${p.hasQuestionToken === true ? "?" : ""}${p.type === undefined ? "" : `: ${p.type}`}${p.initializer === undefined ? "" : ` = ${p.initializer}`}`)
    .join(", ");
}

function returnType(type: string | undefined): string {
  return type === undefined ? "" : `: ${type}`;
}

function pushText(lines: string[], text: string): void {
  lines.push(...text.split("\n"));
}

/** `/** text *\/` on one line, or a block with ` * ` before each line (a bare ` *` for an empty one). */
function printDocs(lines: string[], docs: Docs | undefined): void {
  for (const doc of (docs ?? []).map(commentText)) {
    const docLines = doc.split(/\r?\n/);
    if (docLines.length <= 1) {
      lines.push(`/** ${doc} */`);
      continue;
    }
    lines.push("/**");
    for (const line of docLines[0] === "" ? docLines.slice(1) : docLines) lines.push(line === "" ? " *" : ` * ${line}`);
    lines.push(" */");
  }
}
