// RUN: %cruftc parse --dump-ast --goal script %s | FileCheck %s --match-full-lines --strict-whitespace
var a = 1, b;
if (a) b = 2; else { b = 3; }
for (let i = 0; i < 3; i++) continue;
for (const k in o) ;
for (x of y) ;
while (a) break;
do a--; while (a)
label: for (;;) break label;
switch (a) { case 1: b; default: }
try { f(); } catch ({ message }) { } finally { }
throw new Error("x");
debugger;
// CHECK:Program 1:1-{{[0-9]+:[0-9]+}} script
// CHECK-NEXT:  body: [
// CHECK-NEXT:    VariableDeclaration 2:1-2:14 var
// CHECK-NEXT:      declarations: [
// CHECK-NEXT:        VariableDeclarator 2:5-2:10
// CHECK-NEXT:          id: Identifier 2:5-2:6 a
// CHECK-NEXT:          init: NumericLiteral 2:9-2:10 `1`
// CHECK-NEXT:        VariableDeclarator 2:12-2:13
// CHECK-NEXT:          id: Identifier 2:12-2:13 b
// CHECK-NEXT:      ]
// CHECK-NEXT:    IfStatement 3:1-3:30
// CHECK-NEXT:      test: Identifier 3:5-3:6 a
// CHECK-NEXT:      consequent: ExpressionStatement 3:8-3:14
// CHECK-NEXT:        expression: AssignmentExpression 3:8-3:13 '='
// CHECK-NEXT:          left: Identifier 3:8-3:9 b
// CHECK-NEXT:          right: NumericLiteral 3:12-3:13 `2`
// CHECK-NEXT:      alternate: BlockStatement 3:20-3:30
// CHECK-NEXT:        body: [
// CHECK-NEXT:          ExpressionStatement 3:22-3:28
// CHECK-NEXT:            expression: AssignmentExpression 3:22-3:27 '='
// CHECK-NEXT:              left: Identifier 3:22-3:23 b
// CHECK-NEXT:              right: NumericLiteral 3:26-3:27 `3`
// CHECK-NEXT:        ]
// CHECK-NEXT:    ForStatement 4:1-4:38
// CHECK-NEXT:      init: VariableDeclaration 4:6-4:15 let
// CHECK-NEXT:        declarations: [
// CHECK-NEXT:          VariableDeclarator 4:10-4:15
// CHECK-NEXT:            id: Identifier 4:10-4:11 i
// CHECK-NEXT:            init: NumericLiteral 4:14-4:15 `0`
// CHECK-NEXT:        ]
// CHECK-NEXT:      test: BinaryExpression 4:17-4:22 '<'
// CHECK-NEXT:        left: Identifier 4:17-4:18 i
// CHECK-NEXT:        right: NumericLiteral 4:21-4:22 `3`
// CHECK-NEXT:      update: UpdateExpression 4:24-4:27 '++'
// CHECK-NEXT:        argument: Identifier 4:24-4:25 i
// CHECK-NEXT:      body: ContinueStatement 4:29-4:38
// CHECK-NEXT:    ForInStatement 5:1-5:21
// CHECK-NEXT:      left: VariableDeclaration 5:6-5:13 const
// CHECK-NEXT:        declarations: [
// CHECK-NEXT:          VariableDeclarator 5:12-5:13
// CHECK-NEXT:            id: Identifier 5:12-5:13 k
// CHECK-NEXT:        ]
// CHECK-NEXT:      right: Identifier 5:17-5:18 o
// CHECK-NEXT:      body: EmptyStatement 5:20-5:21
// CHECK-NEXT:    ForOfStatement 6:1-6:15
// CHECK-NEXT:      left: Identifier 6:6-6:7 x
// CHECK-NEXT:      right: Identifier 6:11-6:12 y
// CHECK-NEXT:      body: EmptyStatement 6:14-6:15
// CHECK-NEXT:    WhileStatement 7:1-7:17
// CHECK-NEXT:      test: Identifier 7:8-7:9 a
// CHECK-NEXT:      body: BreakStatement 7:11-7:17
// CHECK-NEXT:    DoWhileStatement 8:1-8:18
// CHECK-NEXT:      test: Identifier 8:16-8:17 a
// CHECK-NEXT:      body: ExpressionStatement 8:4-8:8
// CHECK-NEXT:        expression: UpdateExpression 8:4-8:7 '--'
// CHECK-NEXT:          argument: Identifier 8:4-8:5 a
// CHECK-NEXT:    LabeledStatement 9:1-9:29
// CHECK-NEXT:      label: Identifier 9:1-9:6 label
// CHECK-NEXT:      body: ForStatement 9:8-9:29
// CHECK-NEXT:        body: BreakStatement 9:17-9:29
// CHECK-NEXT:          label: Identifier 9:23-9:28 label
// CHECK-NEXT:    SwitchStatement 10:1-10:35
// CHECK-NEXT:      discriminant: Identifier 10:9-10:10 a
// CHECK-NEXT:      cases: [
// CHECK-NEXT:        SwitchCase 10:14-10:24
// CHECK-NEXT:          test: NumericLiteral 10:19-10:20 `1`
// CHECK-NEXT:          consequent: [
// CHECK-NEXT:            ExpressionStatement 10:22-10:24
// CHECK-NEXT:              expression: Identifier 10:22-10:23 b
// CHECK-NEXT:          ]
// CHECK-NEXT:        SwitchCase 10:25-10:33
// CHECK-NEXT:          consequent: []
// CHECK-NEXT:      ]
// CHECK-NEXT:    TryStatement 11:1-11:49
// CHECK-NEXT:      block: BlockStatement 11:5-11:13
// CHECK-NEXT:        body: [
// CHECK-NEXT:          ExpressionStatement 11:7-11:11
// CHECK-NEXT:            expression: CallExpression 11:7-11:10
// CHECK-NEXT:              callee: Identifier 11:7-11:8 f
// CHECK-NEXT:              arguments: []
// CHECK-NEXT:        ]
// CHECK-NEXT:      handler: CatchClause 11:14-11:37
// CHECK-NEXT:        param: ObjectPattern 11:21-11:32
// CHECK-NEXT:          properties: [
// CHECK-NEXT:            Property 11:23-11:30 shorthand
// CHECK-NEXT:              key: Identifier 11:23-11:30 message
// CHECK-NEXT:              value: Identifier 11:23-11:30 message
// CHECK-NEXT:          ]
// CHECK-NEXT:        body: BlockStatement 11:34-11:37
// CHECK-NEXT:          body: []
// CHECK-NEXT:      finalizer: BlockStatement 11:46-11:49
// CHECK-NEXT:        body: []
// CHECK-NEXT:    ThrowStatement 12:1-12:22
// CHECK-NEXT:      argument: NewExpression 12:7-12:21
// CHECK-NEXT:        callee: Identifier 12:11-12:16 Error
// CHECK-NEXT:        arguments: [
// CHECK-NEXT:          StringLiteral 12:17-12:20 `"x"`
// CHECK-NEXT:        ]
// CHECK-NEXT:    DebuggerStatement 13:1-13:10
// CHECK-NEXT:  ]
