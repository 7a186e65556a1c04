// reject: module goal: export { if }: local name is a reserved word
export { if };
