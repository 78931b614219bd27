/**
 * Re-indents printed TypeScript by bracket depth, two spaces a level: emitters write statement
 * bodies and initializers as flat lines, and this gives them the indentation a formatter would,
 * in one linear pass, without a formatter (a language service per file).
 *
 * Brackets inside strings (`"…"`, `'…'`, `` `…` ``) and comments do not count; JSDoc lines get
 * the depth's indent plus one space before their `*`. Blank lines stay blank. The emitted code
 * holds no regular-expression literals (patterns are `new RegExp("…")`), so `/` needs no care.
 */
export function reindent(text: string): string {
  const lines = text.split("\n");
  const out: string[] = [];
  let depth = 0;
  let inComment = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "") {
      out.push("");
      continue;
    }
    if (inComment) {
      out.push(`${"  ".repeat(depth)} ${line}`);
      if (line.includes("*/")) inComment = false;
      continue;
    }
    const { closesFirst, net, openComment } = scanLine(line);
    const level = Math.max(0, depth - closesFirst);
    out.push(`${"  ".repeat(level)}${line}`);
    depth = Math.max(0, depth + net);
    inComment = openComment;
  }
  return out.join("\n");
}

interface LineScan {
  /** Closing brackets before any opening one at the start of the line: they dedent the line itself. */
  closesFirst: number;
  /** Opening minus closing brackets over the whole line. */
  net: number;
  /** The line starts a block comment that it does not close. */
  openComment: boolean;
}

function scanLine(line: string): LineScan {
  let net = 0;
  let closesFirst = 0;
  let leading = true;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '"' || c === "'" || c === "`") {
      i = skipString(line, i, c);
      leading = false;
      continue;
    }
    if (c === "/" && line[i + 1] === "/") break;
    if (c === "/" && line[i + 1] === "*") {
      const end = line.indexOf("*/", i + 2);
      if (end < 0) return { closesFirst, net, openComment: true };
      i = end + 1;
      continue;
    }
    if (c === "{" || c === "(" || c === "[") {
      net++;
      leading = false;
    } else if (c === "}" || c === ")" || c === "]") {
      net--;
      if (leading) closesFirst++;
    } else if (c !== " " && c !== "," && c !== ";") {
      leading = false;
    }
  }
  return { closesFirst, net, openComment: false };
}

/** The index of the quote that closes the string opened at `start`. */
function skipString(line: string, start: number, quote: string): number {
  for (let i = start + 1; i < line.length; i++) {
    if (line[i] === "\\") i++;
    else if (line[i] === quote) return i;
  }
  return line.length;
}
