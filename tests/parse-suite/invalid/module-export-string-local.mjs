// reject: module goal: export { "a" } without from
export { "a" };
