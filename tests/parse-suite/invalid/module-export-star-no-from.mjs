// reject: module goal: export * without from
export *;
