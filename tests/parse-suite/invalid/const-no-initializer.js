// reject: declaration: const without initializer
const a;
