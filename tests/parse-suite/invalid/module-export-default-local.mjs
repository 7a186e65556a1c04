// reject: module goal: export { default } without from
export { default };
