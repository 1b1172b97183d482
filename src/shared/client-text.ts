/** Text a client sent, bounded before it goes into a log line or back into an error message. */

/** Long enough for any honest operation name, type name or path. */
export const CLIENT_TEXT_MAX = 100;

/** `value` when short; else its first `max` characters and a marker saying how long it was. */
export function clip(value: string, max = CLIENT_TEXT_MAX): string {
  return value.length <= max ? value : `${value.slice(0, max)}…[cut, ${value.length} chars]`;
}
