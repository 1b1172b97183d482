/**
 * JSON.parse with line numbers: the value, and the line each object or array starts on, so an
 * import can name where a refused record stands whatever the file's layout. A malformed document
 * is an ImportSyntaxError naming the line.
 */

/** The text is not what the format asks for, at this line. */
export class ImportSyntaxError extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
  }
}

export interface Located {
  value: unknown;
  /** The line (from 1) an object or array starts on. */
  lineOf(object: object): number | undefined;
}

const WHITESPACE = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"/y;

export function parseJsonWithLines(text: string): Located {
  const lines = new WeakMap<object, number>();
  let at = 0;
  let line = 1;
  const fail = (what: string): never => {
    throw new ImportSyntaxError(line, `malformed JSON: ${what} ${at < text.length ? `at ${JSON.stringify(text.slice(at, at + 12))}` : 'at the end of the file'}`);
  };
  const skip = () => {
    WHITESPACE.lastIndex = at;
    const space = WHITESPACE.exec(text)![0];
    for (const c of space) if (c === '\n') line += 1;
    at += space.length;
  };
  const token = (pattern: RegExp) => {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match) return null;
    at += match[0].length;
    return match[0];
  };
  const expect = (c: string) => {
    skip();
    if (text[at] !== c) fail(`expected ${c}`);
    at += 1;
  };
  const value = (): unknown => {
    skip();
    const start = line;
    const c = text[at];
    if (c === '{') {
      at += 1;
      const object: Record<string, unknown> = {};
      lines.set(object, start);
      skip();
      if (text[at] === '}') return (at += 1), object;
      for (;;) {
        skip();
        const key = token(STRING) ?? fail('expected a property name');
        expect(':');
        object[JSON.parse(key as string) as string] = value();
        skip();
        if (text[at] === ',') at += 1;
        else if (text[at] === '}') return (at += 1), object;
        else fail('expected , or }');
      }
    }
    if (c === '[') {
      at += 1;
      const array: unknown[] = [];
      lines.set(array, start);
      skip();
      if (text[at] === ']') return (at += 1), array;
      for (;;) {
        array.push(value());
        skip();
        if (text[at] === ',') at += 1;
        else if (text[at] === ']') return (at += 1), array;
        else fail('expected , or ]');
      }
    }
    if (c === '"') return JSON.parse((token(STRING) ?? fail('a string is not closed or holds a control character')) as string);
    for (const [word, literal] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, at)) return (at += word.length), literal;
    }
    const number = token(NUMBER);
    if (number !== null) return Number(number);
    return fail('unexpected text');
  };
  const parsed = value();
  skip();
  if (at < text.length) fail('unexpected text after the document');
  return { value: parsed, lineOf: (object) => lines.get(object) };
}
