// RUN: %cruftc parse --dump-ast --goal script %s | FileCheck %s --match-full-lines --strict-whitespace
class Shape extends Base {
  static count = 0;
  #id = Shape.count++;
  static #registry = new Map();
  constructor(id) { super(id); new.target; }
  get id() { return this.#id; }
  static { Shape.#registry.set(0, null); }
  has(o) { return #id in o; }
  async *[Symbol.asyncIterator]() {}
}
// CHECK:Program 1:1-{{[0-9]+:[0-9]+}} script
// CHECK-NEXT:  body: [
// CHECK-NEXT:    ClassDeclaration 2:1-11:2
// CHECK-NEXT:      id: Identifier 2:7-2:12 Shape
// CHECK-NEXT:      superClass: Identifier 2:21-2:25 Base
// CHECK-NEXT:      body: ClassBody 2:26-11:2
// CHECK-NEXT:        body: [
// CHECK-NEXT:          PropertyDefinition 3:3-3:20 static
// CHECK-NEXT:            key: Identifier 3:10-3:15 count
// CHECK-NEXT:            value: NumericLiteral 3:18-3:19 `0`
// CHECK-NEXT:          PropertyDefinition 4:3-4:23
// CHECK-NEXT:            key: PrivateIdentifier 4:3-4:6 #id
// CHECK-NEXT:            value: UpdateExpression 4:9-4:22 '++'
// CHECK-NEXT:              argument: MemberExpression 4:9-4:20
// CHECK-NEXT:                object: Identifier 4:9-4:14 Shape
// CHECK-NEXT:                property: Identifier 4:15-4:20 count
// CHECK-NEXT:          PropertyDefinition 5:3-5:32 static
// CHECK-NEXT:            key: PrivateIdentifier 5:10-5:19 #registry
// CHECK-NEXT:            value: NewExpression 5:22-5:31
// CHECK-NEXT:              callee: Identifier 5:26-5:29 Map
// CHECK-NEXT:              arguments: []
// CHECK-NEXT:          MethodDefinition 6:3-6:45 constructor
// CHECK-NEXT:            key: Identifier 6:3-6:14 constructor
// CHECK-NEXT:            value: FunctionExpression 6:14-6:45 strict
// CHECK-NEXT:              params: [
// CHECK-NEXT:                Identifier 6:15-6:17 id
// CHECK-NEXT:              ]
// CHECK-NEXT:              body: BlockStatement 6:19-6:45
// CHECK-NEXT:                body: [
// CHECK-NEXT:                  ExpressionStatement 6:21-6:31
// CHECK-NEXT:                    expression: CallExpression 6:21-6:30
// CHECK-NEXT:                      callee: SuperExpression 6:21-6:26
// CHECK-NEXT:                      arguments: [
// CHECK-NEXT:                        Identifier 6:27-6:29 id
// CHECK-NEXT:                      ]
// CHECK-NEXT:                  ExpressionStatement 6:32-6:43
// CHECK-NEXT:                    expression: MetaProperty 6:32-6:42 new.target
// CHECK-NEXT:                ]
// CHECK-NEXT:          MethodDefinition 7:3-7:32 getter
// CHECK-NEXT:            key: Identifier 7:7-7:9 id
// CHECK-NEXT:            value: FunctionExpression 7:9-7:32 strict
// CHECK-NEXT:              params: []
// CHECK-NEXT:              body: BlockStatement 7:12-7:32
// CHECK-NEXT:                body: [
// CHECK-NEXT:                  ReturnStatement 7:14-7:30
// CHECK-NEXT:                    argument: MemberExpression 7:21-7:29
// CHECK-NEXT:                      object: ThisExpression 7:21-7:25
// CHECK-NEXT:                      property: PrivateIdentifier 7:26-7:29 #id
// CHECK-NEXT:                ]
// CHECK-NEXT:          StaticBlock 8:3-8:43
// CHECK-NEXT:            body: [
// CHECK-NEXT:              ExpressionStatement 8:12-8:41
// CHECK-NEXT:                expression: CallExpression 8:12-8:40
// CHECK-NEXT:                  callee: MemberExpression 8:12-8:31
// CHECK-NEXT:                    object: MemberExpression 8:12-8:27
// CHECK-NEXT:                      object: Identifier 8:12-8:17 Shape
// CHECK-NEXT:                      property: PrivateIdentifier 8:18-8:27 #registry
// CHECK-NEXT:                    property: Identifier 8:28-8:31 set
// CHECK-NEXT:                  arguments: [
// CHECK-NEXT:                    NumericLiteral 8:32-8:33 `0`
// CHECK-NEXT:                    NullLiteral 8:35-8:39
// CHECK-NEXT:                  ]
// CHECK-NEXT:            ]
// CHECK-NEXT:          MethodDefinition 9:3-9:30
// CHECK-NEXT:            key: Identifier 9:3-9:6 has
// CHECK-NEXT:            value: FunctionExpression 9:6-9:30 strict
// CHECK-NEXT:              params: [
// CHECK-NEXT:                Identifier 9:7-9:8 o
// CHECK-NEXT:              ]
// CHECK-NEXT:              body: BlockStatement 9:10-9:30
// CHECK-NEXT:                body: [
// CHECK-NEXT:                  ReturnStatement 9:12-9:28
// CHECK-NEXT:                    argument: BinaryExpression 9:19-9:27 'in'
// CHECK-NEXT:                      left: PrivateIdentifier 9:19-9:22 #id
// CHECK-NEXT:                      right: Identifier 9:26-9:27 o
// CHECK-NEXT:                ]
// CHECK-NEXT:          MethodDefinition 10:3-10:37 computed
// CHECK-NEXT:            key: MemberExpression 10:11-10:31
// CHECK-NEXT:              object: Identifier 10:11-10:17 Symbol
// CHECK-NEXT:              property: Identifier 10:18-10:31 asyncIterator
// CHECK-NEXT:            value: FunctionExpression 10:32-10:37 async strict generator
// CHECK-NEXT:              params: []
// CHECK-NEXT:              body: BlockStatement 10:35-10:37
// CHECK-NEXT:                body: []
// CHECK-NEXT:        ]
// CHECK-NEXT:  ]
