// RUN: %cruftc parse --dump-ast --goal script %s | FileCheck %s --match-full-lines --strict-whitespace
function f(a, b = 1, ...c) { return arguments; }
function s(a) { "use strict"; return a; }
const g = async (x) => await x;
const h = function* named() { yield* inner(); };
async function* stream() { for await (const chunk of source) yield chunk; }
const obj = { m() { return super.m(); }, get v() { return 1; }, set v(x) {}, [key]: 1, async *gen() {} };
// CHECK:Program 1:1-{{[0-9]+:[0-9]+}} script
// CHECK-NEXT:  body: [
// CHECK-NEXT:    FunctionDeclaration 2:1-2:49 non-simple-params
// CHECK-NEXT:      id: Identifier 2:10-2:11 f
// CHECK-NEXT:      params: [
// CHECK-NEXT:        Identifier 2:12-2:13 a
// CHECK-NEXT:        AssignmentPattern 2:15-2:20
// CHECK-NEXT:          left: Identifier 2:15-2:16 b
// CHECK-NEXT:          right: NumericLiteral 2:19-2:20 `1`
// CHECK-NEXT:        RestElement 2:22-2:26
// CHECK-NEXT:          argument: Identifier 2:25-2:26 c
// CHECK-NEXT:      ]
// CHECK-NEXT:      body: BlockStatement 2:28-2:49
// CHECK-NEXT:        body: [
// CHECK-NEXT:          ReturnStatement 2:30-2:47
// CHECK-NEXT:            argument: Identifier 2:37-2:46 arguments
// CHECK-NEXT:        ]
// CHECK-NEXT:    FunctionDeclaration 3:1-3:42 strict
// CHECK-NEXT:      id: Identifier 3:10-3:11 s
// CHECK-NEXT:      params: [
// CHECK-NEXT:        Identifier 3:12-3:13 a
// CHECK-NEXT:      ]
// CHECK-NEXT:      body: BlockStatement 3:15-3:42
// CHECK-NEXT:        body: [
// CHECK-NEXT:          ExpressionStatement 3:17-3:30 directive
// CHECK-NEXT:            expression: StringLiteral 3:17-3:29 `"use strict"`
// CHECK-NEXT:          ReturnStatement 3:31-3:40
// CHECK-NEXT:            argument: Identifier 3:38-3:39 a
// CHECK-NEXT:        ]
// CHECK-NEXT:    VariableDeclaration 4:1-4:32 const
// CHECK-NEXT:      declarations: [
// CHECK-NEXT:        VariableDeclarator 4:7-4:31
// CHECK-NEXT:          id: Identifier 4:7-4:8 g
// CHECK-NEXT:          init: ArrowFunctionExpression 4:11-4:31 async expression-body
// CHECK-NEXT:            params: [
// CHECK-NEXT:              Identifier 4:18-4:19 x
// CHECK-NEXT:            ]
// CHECK-NEXT:            body: AwaitExpression 4:24-4:31
// CHECK-NEXT:              argument: Identifier 4:30-4:31 x
// CHECK-NEXT:      ]
// CHECK-NEXT:    VariableDeclaration 5:1-5:49 const
// CHECK-NEXT:      declarations: [
// CHECK-NEXT:        VariableDeclarator 5:7-5:48
// CHECK-NEXT:          id: Identifier 5:7-5:8 h
// CHECK-NEXT:          init: FunctionExpression 5:11-5:48 generator
// CHECK-NEXT:            id: Identifier 5:21-5:26 named
// CHECK-NEXT:            params: []
// CHECK-NEXT:            body: BlockStatement 5:29-5:48
// CHECK-NEXT:              body: [
// CHECK-NEXT:                ExpressionStatement 5:31-5:46
// CHECK-NEXT:                  expression: YieldExpression 5:31-5:45 delegate
// CHECK-NEXT:                    argument: CallExpression 5:38-5:45
// CHECK-NEXT:                      callee: Identifier 5:38-5:43 inner
// CHECK-NEXT:                      arguments: []
// CHECK-NEXT:              ]
// CHECK-NEXT:      ]
// CHECK-NEXT:    FunctionDeclaration 6:1-6:76 async generator
// CHECK-NEXT:      id: Identifier 6:17-6:23 stream
// CHECK-NEXT:      params: []
// CHECK-NEXT:      body: BlockStatement 6:26-6:76
// CHECK-NEXT:        body: [
// CHECK-NEXT:          ForOfStatement 6:28-6:74 await
// CHECK-NEXT:            left: VariableDeclaration 6:39-6:50 const
// CHECK-NEXT:              declarations: [
// CHECK-NEXT:                VariableDeclarator 6:45-6:50
// CHECK-NEXT:                  id: Identifier 6:45-6:50 chunk
// CHECK-NEXT:              ]
// CHECK-NEXT:            right: Identifier 6:54-6:60 source
// CHECK-NEXT:            body: ExpressionStatement 6:62-6:74
// CHECK-NEXT:              expression: YieldExpression 6:62-6:73
// CHECK-NEXT:                argument: Identifier 6:68-6:73 chunk
// CHECK-NEXT:        ]
// CHECK-NEXT:    VariableDeclaration 7:1-7:106 const
// CHECK-NEXT:      declarations: [
// CHECK-NEXT:        VariableDeclarator 7:7-7:105
// CHECK-NEXT:          id: Identifier 7:7-7:10 obj
// CHECK-NEXT:          init: ObjectExpression 7:13-7:105
// CHECK-NEXT:            properties: [
// CHECK-NEXT:              Property 7:15-7:40 method
// CHECK-NEXT:                key: Identifier 7:15-7:16 m
// CHECK-NEXT:                value: FunctionExpression 7:16-7:40
// CHECK-NEXT:                  params: []
// CHECK-NEXT:                  body: BlockStatement 7:19-7:40
// CHECK-NEXT:                    body: [
// CHECK-NEXT:                      ReturnStatement 7:21-7:38
// CHECK-NEXT:                        argument: CallExpression 7:28-7:37
// CHECK-NEXT:                          callee: MemberExpression 7:28-7:35
// CHECK-NEXT:                            object: SuperExpression 7:28-7:33
// CHECK-NEXT:                            property: Identifier 7:34-7:35 m
// CHECK-NEXT:                          arguments: []
// CHECK-NEXT:                    ]
// CHECK-NEXT:              Property 7:42-7:63 getter
// CHECK-NEXT:                key: Identifier 7:46-7:47 v
// CHECK-NEXT:                value: FunctionExpression 7:47-7:63
// CHECK-NEXT:                  params: []
// CHECK-NEXT:                  body: BlockStatement 7:50-7:63
// CHECK-NEXT:                    body: [
// CHECK-NEXT:                      ReturnStatement 7:52-7:61
// CHECK-NEXT:                        argument: NumericLiteral 7:59-7:60 `1`
// CHECK-NEXT:                    ]
// CHECK-NEXT:              Property 7:65-7:76 setter
// CHECK-NEXT:                key: Identifier 7:69-7:70 v
// CHECK-NEXT:                value: FunctionExpression 7:70-7:76
// CHECK-NEXT:                  params: [
// CHECK-NEXT:                    Identifier 7:71-7:72 x
// CHECK-NEXT:                  ]
// CHECK-NEXT:                  body: BlockStatement 7:74-7:76
// CHECK-NEXT:                    body: []
// CHECK-NEXT:              Property 7:78-7:86 computed
// CHECK-NEXT:                key: Identifier 7:79-7:82 key
// CHECK-NEXT:                value: NumericLiteral 7:85-7:86 `1`
// CHECK-NEXT:              Property 7:88-7:103 method
// CHECK-NEXT:                key: Identifier 7:95-7:98 gen
// CHECK-NEXT:                value: FunctionExpression 7:98-7:103 async generator
// CHECK-NEXT:                  params: []
// CHECK-NEXT:                  body: BlockStatement 7:101-7:103
// CHECK-NEXT:                    body: []
// CHECK-NEXT:            ]
// CHECK-NEXT:      ]
// CHECK-NEXT:  ]
