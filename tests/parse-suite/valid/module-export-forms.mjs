// accept: every export form except default
export var a = 1
export let b = 2
export const c = 3
export function f() {}
export function* g() {}
export async function h() {}
export async function* i() {}
export class C {}
export { a as aa, b as 'string name', c as default }
export * from 'm'
export * as ns from 'n'
export * as 'string ns' from 'o'
export { x, y as yy, default as d2, 'str' as 'str2' } from 'p'
export {}
