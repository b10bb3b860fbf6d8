export { default as Callout } from './Callout.svelte';
export { default as DataTable } from './DataTable.svelte';
export { default as Figure } from './Figure.svelte';
export { default as PageHeader } from './PageHeader.svelte';
export { tierColour, tierStyle } from './tier-style';
