import serialize from 'serialize-javascript';

/**
 * The one way data reaches an inline script or a `<script type="application/json">` block: JSON with
 * `<`, `>`, `/`, `&`, U+2028 and U+2029 escaped as \uXXXX, so that no value (a theme named
 * `</script><script>…`, a `<!--`) can end the script element or be read as markup. Valid JSON: read it
 * back with JSON.parse. serialize-javascript (isJSON) escapes all but `&`, which only ever occurs inside
 * JSON strings, where \u0026 means the same character.
 */
export function safeJson(value: unknown): string {
  return serialize(value, { isJSON: true }).replace(/&/g, '\\u0026');
}

/** A classic script that assigns data to a global: `window.NAME=…;`. */
export function globalAssignment(name: string, value: unknown): string {
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`invalid global name: ${name}`);
  return `window.${name}=${safeJson(value)};\n`;
}
