/** The theme a visitor chose with the theme button (a cookie), or null to follow their system. */
export function chosenTheme(cookie: string | undefined): 'light' | 'dark' | null {
  return cookie === 'light' || cookie === 'dark' ? cookie : null;
}
