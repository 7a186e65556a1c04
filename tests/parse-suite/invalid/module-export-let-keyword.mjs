// reject: module goal: export let; (let is reserved in modules)
export let;
