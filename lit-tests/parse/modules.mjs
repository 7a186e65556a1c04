// RUN: %cruftc parse --dump-ast --goal module %s | FileCheck %s --match-full-lines --strict-whitespace
import fs, { readFile as rf, "string name" as s } from "node:fs";
import * as path from "path";
export const v = import.meta.url;
export default class {}
export { fs as default2, rf };
export * as ns from "./ns.js";
export * from "./all.js";
const m = await import("./lazy.js");
// CHECK:Program 1:1-{{[0-9]+:[0-9]+}} module strict
// CHECK-NEXT:  body: [
// CHECK-NEXT:    ImportDeclaration 2:1-2:66
// CHECK-NEXT:      source: StringLiteral 2:56-2:65 `"node:fs"`
// CHECK-NEXT:      specifiers: [
// CHECK-NEXT:        ImportDefaultSpecifier 2:8-2:10
// CHECK-NEXT:          local: Identifier 2:8-2:10 fs
// CHECK-NEXT:        ImportSpecifier 2:14-2:28
// CHECK-NEXT:          imported: Identifier 2:14-2:22 readFile
// CHECK-NEXT:          local: Identifier 2:26-2:28 rf
// CHECK-NEXT:        ImportSpecifier 2:30-2:48
// CHECK-NEXT:          imported: StringLiteral 2:30-2:43 `"string name"`
// CHECK-NEXT:          local: Identifier 2:47-2:48 s
// CHECK-NEXT:      ]
// CHECK-NEXT:    ImportDeclaration 3:1-3:30
// CHECK-NEXT:      source: StringLiteral 3:23-3:29 `"path"`
// CHECK-NEXT:      specifiers: [
// CHECK-NEXT:        ImportNamespaceSpecifier 3:8-3:17
// CHECK-NEXT:          local: Identifier 3:13-3:17 path
// CHECK-NEXT:      ]
// CHECK-NEXT:    ExportNamedDeclaration 4:1-4:34
// CHECK-NEXT:      declaration: VariableDeclaration 4:8-4:34 const
// CHECK-NEXT:        declarations: [
// CHECK-NEXT:          VariableDeclarator 4:14-4:33
// CHECK-NEXT:            id: Identifier 4:14-4:15 v
// CHECK-NEXT:            init: MemberExpression 4:18-4:33
// CHECK-NEXT:              object: MetaProperty 4:18-4:29 import.meta
// CHECK-NEXT:              property: Identifier 4:30-4:33 url
// CHECK-NEXT:        ]
// CHECK-NEXT:      specifiers: []
// CHECK-NEXT:    ExportDefaultDeclaration 5:1-5:24
// CHECK-NEXT:      declaration: ClassDeclaration 5:16-5:24
// CHECK-NEXT:        body: ClassBody 5:22-5:24
// CHECK-NEXT:          body: []
// CHECK-NEXT:    ExportNamedDeclaration 6:1-6:31
// CHECK-NEXT:      specifiers: [
// CHECK-NEXT:        ExportSpecifier 6:10-6:24
// CHECK-NEXT:          local: Identifier 6:10-6:12 fs
// CHECK-NEXT:          exported: Identifier 6:16-6:24 default2
// CHECK-NEXT:        ExportSpecifier 6:26-6:28
// CHECK-NEXT:          local: Identifier 6:26-6:28 rf
// CHECK-NEXT:          exported: Identifier 6:26-6:28 rf
// CHECK-NEXT:      ]
// CHECK-NEXT:    ExportAllDeclaration 7:1-7:31
// CHECK-NEXT:      exported: Identifier 7:13-7:15 ns
// CHECK-NEXT:      source: StringLiteral 7:21-7:30 `"./ns.js"`
// CHECK-NEXT:    ExportAllDeclaration 8:1-8:26
// CHECK-NEXT:      source: StringLiteral 8:15-8:25 `"./all.js"`
// CHECK-NEXT:    VariableDeclaration 9:1-9:37 const
// CHECK-NEXT:      declarations: [
// CHECK-NEXT:        VariableDeclarator 9:7-9:36
// CHECK-NEXT:          id: Identifier 9:7-9:8 m
// CHECK-NEXT:          init: AwaitExpression 9:11-9:36
// CHECK-NEXT:            argument: ImportExpression 9:17-9:36
// CHECK-NEXT:              source: StringLiteral 9:24-9:35 `"./lazy.js"`
// CHECK-NEXT:      ]
// CHECK-NEXT:  ]
