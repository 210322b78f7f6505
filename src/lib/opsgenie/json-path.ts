/**
 * The JSON path of the value being read at `offset` in JSON text, such as
 * `$.data.finalTimeline.rotations[1].periods[0]`: where broken or truncated JSON stops making
 * sense, said in the same terms as every other message about an Opsgenie file.
 */
export function jsonPathAt(text: string, offset: number): string {
  type Frame = { kind: 'object'; key?: string | undefined; wantKey: boolean } | { kind: 'array'; index: number };
  const stack: Frame[] = [];
  let i = 0;
  const end = Math.min(offset, text.length);
  while (i < end) {
    const c = text[i]!;
    const top = stack.at(-1);
    if (c === '"') {
      let j = i + 1;
      let value = '';
      while (j < text.length && text[j] !== '"') {
        if (text[j] === '\\') j++;
        value += text[j] ?? '';
        j++;
      }
      if (top?.kind === 'object' && top.wantKey) top.key = value;
      i = j + 1;
      continue;
    }
    if (c === '{') stack.push({ kind: 'object', wantKey: true });
    else if (c === '[') stack.push({ kind: 'array', index: 0 });
    else if (c === '}' || c === ']') stack.pop();
    else if (c === ':' && top?.kind === 'object') top.wantKey = false;
    else if (c === ',' && top) {
      if (top.kind === 'array') top.index++;
      else {
        top.wantKey = true;
        top.key = undefined;
      }
    }
    i++;
  }
  let path = '$';
  for (const frame of stack) {
    if (frame.kind === 'array') path += `[${frame.index}]`;
    else if (frame.key !== undefined) path += /^[A-Za-z_$][\w$]*$/.test(frame.key) ? `.${frame.key}` : `[${JSON.stringify(frame.key)}]`;
  }
  return path;
}
