// Why a runtime role does not start, in both languages, for `onego serve` / `onego work` to print.
export class RoleRefusal extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'RoleRefusal';
  }
}
