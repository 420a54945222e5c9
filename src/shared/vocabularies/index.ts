// Controlled vocabularies shipped with Samverkan. Each vocabulary is its own module, so a web page
// that needs only countries or SDGs can import that file and leave the 560 kB of NACE notes out.
export * from './countries.ts';
export * from './interreg.ts';
export * from './nace.ts';
export * from './nuts.ts';
export * from './sdg.ts';
export type * from './types.ts';
export * from './nuts-names.ts';
export * from './programmes.ts';
