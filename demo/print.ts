// How the demo writes: a heading per access pattern, then a few indented lines.

/** Where the demo's lines go (the console in `npm run demo`, an array in its test). */
export type Print = (line: string) => void;

/** Numbers the sections the tour prints. */
export class Narrator {
  #section = 0;
  constructor(readonly print: Print) {}

  /** A numbered heading: `\n3. Query orders by status`. */
  heading(title: string): void {
    this.#section++;
    this.print(`\n${this.#section}. ${title}`);
  }

  /** One indented line under the current heading. */
  line(text: string): void {
    this.print(`   ${text}`);
  }
}
