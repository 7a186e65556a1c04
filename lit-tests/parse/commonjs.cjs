// RUN: %cruftc parse --dump-ast --goal commonjs %s | FileCheck %s --match-full-lines --strict-whitespace
const { join } = require("path");
if (!module.parent) return;
module.exports = function () { return new.target; };
// CHECK:Program 1:1-{{[0-9]+:[0-9]+}} commonjs
// CHECK-NEXT:  body: [
// CHECK-NEXT:    VariableDeclaration 2:1-2:34 const
// CHECK-NEXT:      declarations: [
// CHECK-NEXT:        VariableDeclarator 2:7-2:33
// CHECK-NEXT:          id: ObjectPattern 2:7-2:15
// CHECK-NEXT:            properties: [
// CHECK-NEXT:              Property 2:9-2:13 shorthand
// CHECK-NEXT:                key: Identifier 2:9-2:13 join
// CHECK-NEXT:                value: Identifier 2:9-2:13 join
// CHECK-NEXT:            ]
// CHECK-NEXT:          init: CallExpression 2:18-2:33
// CHECK-NEXT:            callee: Identifier 2:18-2:25 require
// CHECK-NEXT:            arguments: [
// CHECK-NEXT:              StringLiteral 2:26-2:32 `"path"`
// CHECK-NEXT:            ]
// CHECK-NEXT:      ]
// CHECK-NEXT:    IfStatement 3:1-3:28
// CHECK-NEXT:      test: UnaryExpression 3:5-3:19 '!'
// CHECK-NEXT:        argument: MemberExpression 3:6-3:19
// CHECK-NEXT:          object: Identifier 3:6-3:12 module
// CHECK-NEXT:          property: Identifier 3:13-3:19 parent
// CHECK-NEXT:      consequent: ReturnStatement 3:21-3:28
// CHECK-NEXT:    ExpressionStatement 4:1-4:53
// CHECK-NEXT:      expression: AssignmentExpression 4:1-4:52 '='
// CHECK-NEXT:        left: MemberExpression 4:1-4:15
// CHECK-NEXT:          object: Identifier 4:1-4:7 module
// CHECK-NEXT:          property: Identifier 4:8-4:15 exports
// CHECK-NEXT:        right: FunctionExpression 4:18-4:52
// CHECK-NEXT:          params: []
// CHECK-NEXT:          body: BlockStatement 4:30-4:52
// CHECK-NEXT:            body: [
// CHECK-NEXT:              ReturnStatement 4:32-4:50
// CHECK-NEXT:                argument: MetaProperty 4:39-4:49 new.target
// CHECK-NEXT:            ]
// CHECK-NEXT:  ]
