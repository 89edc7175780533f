/** A problem in a sheet body, worded for an editor: the line of the file and what to write instead. */
export interface BodyProblem {
  /** 1-based line in the .mdx file (frontmatter lines included). */
  line: number;
  message: string;
}

/** A heading of a sheet body, as Astro reports them (`render(entry).headings`). */
export interface BodyHeading {
  depth: number;
  slug: string;
  text: string;
}
