// case: X13 an environment variable beyond the claim
// context: ENV
// expect: reject E_AMBIENT
export const result = [process.env.API_KEY, process.env.AWS_SECRET_ACCESS_KEY];
