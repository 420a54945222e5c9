// The product's modules (PRODUCT.md). Their pages are placeholders until each module lands.
export const MODULES = ['register', 'projects', 'goals', 'cases', 'events'] as const;
export type ModuleKey = (typeof MODULES)[number];
