/**
 * Where JSON text stops being valid, as a line and column. JSON.parse's messages do not always
 * say ("Unexpected token ']', ..." for a trailing comma gives only an excerpt), and someone fixing
 * content/bank-holidays.json by hand needs the line. Returns undefined for valid JSON.
 */
export function jsonSyntaxError(text: string): { line: number; column: number; found: string } | undefined {
  const at = firstErrorOffset(text);
  if (at === undefined) return undefined;
  const before = text.slice(0, at).split('\n');
  const found = at >= text.length ? 'the end of the file' : JSON.stringify(text[at]);
  return { line: before.length, column: before.at(-1)!.length + 1, found };
}

const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/** A small recursive-descent reader of RFC 8259 JSON that stops at the first error. */
function firstErrorOffset(text: string): number | undefined {
  let i = 0;
  const fail = (): never => {
    throw new SyntaxAt(i);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const string = () => {
    i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c < ' ') fail();
      i += c === '\\' ? 2 : 1;
    }
    fail();
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === '{') {
          space();
          if (text[i] !== '"') fail();
          string();
          space();
          if (text[i] !== ':') fail();
          i++;
        }
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === close) {
          i++;
          return;
        } else fail();
      }
    }
    if (c === '"') return string();
    LITERAL.lastIndex = i;
    const match = LITERAL.exec(text);
    if (!match) fail();
    i += match![0].length;
  };
  try {
    value();
    space();
    if (i < text.length) fail();
    return undefined;
  } catch (error) {
    if (error instanceof SyntaxAt) return error.offset;
    throw error;
  }
}

class SyntaxAt {
  readonly offset: number;
  constructor(offset: number) {
    this.offset = offset;
  }
}
