// What every simulation view receives from the island that hosts it.
export interface SimViewProps {
  /** Preset id chosen by the page (MDX `preset`), if any. */
  preset?: string | undefined;
  /** Param names the page fixes for the lesson; shown disabled. */
  lock?: readonly string[] | undefined;
  /** Param names the page hides. */
  hide?: readonly string[] | undefined;
  /** Read params from the page URL and keep the URL in step (the full page and the embed page). */
  urlState?: boolean | undefined;
  /** Absolute URL of the simulation's own page, for share links from inline embeds. */
  pageUrl: string;
  /** Heading level for the sim's title inside the page (2 in lectures, 1 on its own page). */
  headingLevel?: 1 | 2 | 3 | undefined;
}
