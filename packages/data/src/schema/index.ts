export * from './unit.ts';
export * from './framework-node.ts';
export * from './dataset.ts';
