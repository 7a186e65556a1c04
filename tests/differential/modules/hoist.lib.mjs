export function hoistedFn() { return "hoisted fn works, laterConst=" + laterConst; }
export const laterConst = "later const";
