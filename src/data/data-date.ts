declare const __GEO_DATA_DATE__: string | null;

/** The day the `geo/` data last changed (YYYY-MM-DD, from git at build time); null when the build could not tell. */
export const GEO_DATA_DATE: string | null = __GEO_DATA_DATE__;
