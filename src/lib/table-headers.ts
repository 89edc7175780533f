/**
 * Tables written in Markdown (RGAA 5.7): their header cells come out as a bare <th>, which does not
 * pass test 5.7.1 (a header needs a scope, an id or a role). Each bare <th> of a <thead> gets
 * scope="col" — a Markdown table has one header row, and no header cell elsewhere.
 */
export function scopeMarkdownHeaders(html: string): string {
  return html.replace(/<thead>[\s\S]*?<\/thead>/g, (head) => head.replace(/<th>/g, '<th scope="col">'));
}
