/**
 * Whether the page's address asks for more than the title, read before the game behind the title
 * has loaded: any `#…` fragment (`#run=`, `#lab=`: read in full by the router and the Lab once
 * loaded) or `?screen=` or `?lab` in the query. Such a page opens on the loading bar and goes
 * straight where the address points; a plain one opens on the title.
 */
const ASKING_PARAMS = ["screen", "lab"] as const;

export function addressAsksBeyondTitle(search: string, hash: string): boolean {
  const params = new URLSearchParams(search);
  return hash.length > 1 || ASKING_PARAMS.some((name) => params.has(name));
}
