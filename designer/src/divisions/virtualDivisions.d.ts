// The modules of designer/build/divisionModules.ts (a Vite plugin): division data loaded on demand.
declare module 'virtual:divisions' {
  /** [code, name, children]: provinces (2 digits) → cities (4) → districts (6). */
  export type DivisionTuple = [string, string, DivisionTuple[]?];
  export function loadDivisionTree(): Promise<DivisionTuple[]>;
  /** The townships (9-digit code, name) of a province's districts, by district code. */
  export function loadStreets(province: string): Promise<Record<string, [string, string][]>>;
}
