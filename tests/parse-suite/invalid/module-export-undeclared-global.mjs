// reject: module goal: export { Object }: a global is not a module binding
export { Object };
