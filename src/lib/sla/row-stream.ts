/**
 * Splits delimited text into rows as it arrives, chunk by chunk, so a large export is never held
 * whole: quoted fields (with "" for a quote, and separators or line breaks inside) may straddle
 * chunks. Same rules as d3-dsv's parser, which the browser uses on pasted text.
 */
export interface RowSplitter {
  /** Rows completed by this chunk. */
  push(chunk: string): string[][];
  /** The last row, if the text did not end with a line break. */
  end(): string[][];
}

export function createRowSplitter(separator: string): RowSplitter {
  let field = '';
  let row: string[] = [];
  let quoted = false;
  /** Inside quotes, a quote just seen: either the closing one or the first of "". */
  let quoteSeen = false;
  let fieldStarted = false;
  let skipLineFeed = false;
  let first = true;

  function finishField() {
    row.push(field);
    field = '';
    quoted = false;
    quoteSeen = false;
    fieldStarted = false;
  }

  return {
    push(chunk) {
      const rows: string[][] = [];
      let text = chunk;
      if (first && text.length) {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        first = false;
      }
      for (let i = 0; i < text.length; i++) {
        const ch = text[i]!;
        if (skipLineFeed) {
          skipLineFeed = false;
          if (ch === '\n') continue;
        }
        if (quoted) {
          if (quoteSeen) {
            quoteSeen = false;
            if (ch === '"') {
              field += '"';
              continue;
            }
            quoted = false; // that quote closed the field; this character is read normally below
          } else if (ch === '"') {
            quoteSeen = true;
            continue;
          } else {
            field += ch;
            continue;
          }
        }
        if (ch === separator) finishField();
        else if (ch === '\n' || ch === '\r') {
          finishField();
          rows.push(row);
          row = [];
          skipLineFeed = ch === '\r';
        } else if (ch === '"' && !fieldStarted) {
          quoted = true;
          fieldStarted = true;
        } else {
          field += ch;
          fieldStarted = true;
        }
      }
      return rows;
    },
    end() {
      if (quoted && quoteSeen) quoted = false;
      if (!fieldStarted && field === '' && row.length === 0) return [];
      finishField();
      const last = row;
      row = [];
      return [last];
    },
  };
}
