/** A city's standing in one of its groups on the index: rank within it, group size and median. */
export interface GroupStanding {
  id: string;
  name: string;
  groupRank: number | null;
  size: number;
  median: number;
}

/** What the city page shows about region and peers, names in the reader's language. */
export interface CityPeers {
  region: string;
  subregion: string;
  status: string;
  groups: GroupStanding[];
  similar: { city: string; name: string; distance: number }[];
}
