export const before = "before await";
export const value = await Promise.resolve("awaited in lib");
