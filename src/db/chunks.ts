/** Ids per `IN (…)` list: well below SQLite's and PostgreSQL's parameter limits. */
export const IN_CHUNK = 500;

/** Runs a query per chunk of `ids` and concatenates the results. */
export async function inChunks<I, R>(
  ids: readonly I[],
  query: (chunk: I[]) => Promise<R[]>,
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < ids.length; i += IN_CHUNK)
    out.push(...(await query(ids.slice(i, i + IN_CHUNK))));
  return out;
}
