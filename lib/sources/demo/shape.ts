/** The built-in demo calendar (lib/demo.ts): nothing beyond what every source has. */
export const demoShape = {};
