// Register access (sdk/api/registers.ts). A peripheral is its base address at
// run time; its registers, their offsets, widths and bit fields exist only in
// its type. Here each access becomes one host call that does one volatile
// access: `p.CTRL` becomes `p + 8`, `p.CTRL.read()` a load, `write` a store,
// and `set`/`modify` one read-modify-write with shifts and masks folded to
// constants. The type checker has already refused read-only writes and unknown
// fields; what types cannot express (a field name that is not a literal, a
// method taken without calling it) is refused here with file:line:col.

import ts from 'typescript';

import { BuildError } from '../diagnostics.js';

const METHODS = new Set(['read', 'get', 'write', 'writeFields', 'set', 'modify']);

/** The literal numbers of a tuple-typed property (`__register`, `__field`) of `type`, or null. */
function tupleOf(checker, type, property, at) {
  const symbol = type.getProperty(property);
  if (!symbol) return null;
  const tuple = checker.getTypeOfSymbolAtLocation(symbol, at);
  if (!(tuple.flags & ts.TypeFlags.Object) || !(tuple.objectFlags & ts.ObjectFlags.Reference)) return null;
  const args = checker.getTypeArguments(tuple);
  if (!args || !args.every((a) => a.isNumberLiteral())) return null;
  return args.map((a) => a.value);
}

/**
 * A register type's offset, width and fields type; null when `node` is not a register; { unknown: true } for a
 * register whose offset or width is not a literal number (Register<number, ...>), which cannot be lowered.
 */
export function registerOf(checker, node) {
  const type = checker.getTypeAtLocation(node);
  if (!type.getProperty('__register')) return null;
  const location = tupleOf(checker, type, '__register', node);
  if (!location) return { unknown: true };
  const fields = checker.getTypeOfSymbolAtLocation(type.getProperty('__fields'), node);
  return { offset: location[0], bits: location[1], fields };
}

function isPeripheral(checker, node) {
  return !!checker.getTypeAtLocation(node).getProperty('__peripheral');
}

export function registers(program) {
  const checker = program.getTypeChecker();
  return (context) => {
    const f = context.factory;
    return (sf) => {
      const refuse = (node, message, hint) => {
        const { line, character } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
        throw new BuildError(message, { file: sf.fileName, line: line + 1, column: character + 1, source: sf.text, hint });
      };
      const num = (n) => f.createNumericLiteral(`0x${(n >>> 0).toString(16)}`);
      const call = (name, args) => f.createCallExpression(f.createIdentifier(name), undefined, args);
      const paren = (e) => f.createParenthesizedExpression(e);

      /** [shift, width, mask-in-place] of a named field of a register's fields type. */
      const field = (reg, nameNode) => {
        const propertyName = ts.isIdentifier(nameNode) && ts.isPropertyAssignment(nameNode.parent) && nameNode.parent.name === nameNode;
        if (!ts.isStringLiteralLike(nameNode) && !propertyName) {
          refuse(nameNode, 'a register field must be named by a string literal',
            'write the field\'s name in quotes, for example get(\'RX_FULL\')');
        }
        const name = nameNode.text;
        const symbol = reg.fields.getProperty(name);
        const sw = symbol && tupleOf(checker, checker.getTypeOfSymbolAtLocation(symbol, nameNode), '__field', nameNode);
        if (!sw) refuse(nameNode, `register field ${name} has no literal Field<shift, width> type`);
        const [shift, width] = sw;
        if (shift < 0 || width < 1 || shift + width > reg.bits) {
          refuse(nameNode, `field ${name} (bits ${shift}..${shift + width - 1}) does not fit a ${reg.bits}-bit register`);
        }
        const mask = width >= 32 ? 0xffffffff : ((2 ** width - 1) * 2 ** shift);
        return { shift, width, mask };
      };
      /** `((value) & (mask >> shift)) << shift` for each field of an object literal, ORed; and the fields' mask. */
      const fieldBits = (reg, objectNode, objectNext) => {
        if (!ts.isObjectLiteralExpression(objectNode)) {
          refuse(objectNode, 'register fields must be given as an object literal', 'for example modify({ RX_EN: 1, TX_EN: 1 })');
        }
        let mask = 0;
        let bits = null;
        objectNode.properties.forEach((p, i) => {
          if (!ts.isPropertyAssignment(p) || !(ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) {
            refuse(p, 'each register field must be written as name: value');
          }
          const fd = field(reg, p.name);
          mask = (mask | fd.mask) >>> 0;
          const value = objectNext.properties[i].initializer;
          const inPlace = fd.width >= 32 ? paren(value)
            : f.createBinaryExpression(paren(f.createBinaryExpression(paren(value), ts.SyntaxKind.AmpersandToken, num(fd.mask / 2 ** fd.shift))),
              ts.SyntaxKind.LessThanLessThanToken, f.createNumericLiteral(fd.shift));
          bits = bits ? f.createBinaryExpression(bits, ts.SyntaxKind.BarToken, paren(inPlace)) : paren(inPlace);
        });
        return { mask, bits: bits ?? f.createNumericLiteral(0) };
      };

      const known = (reg, node) => {
        if (reg?.unknown) {
          refuse(node, 'a register\'s offset and width must be literal numbers in its Register<offset, access> type',
            'declare it as, for example, Register<0x04, \'rw\'>');
        }
        return reg;
      };

      const visit = (node) => {
        const next = ts.visitEachChild(node, visit, context);

        // p.REG -> (p + offset)
        if (ts.isPropertyAccessExpression(node) && isPeripheral(checker, node.expression)) {
          const reg = known(registerOf(checker, node), node);
          if (reg) return paren(f.createBinaryExpression(paren(next.expression), ts.SyntaxKind.PlusToken, num(reg.offset)));
        }

        // a register method that is not called
        if (ts.isPropertyAccessExpression(node) && METHODS.has(node.name.text) && registerOf(checker, node.expression) &&
            !(ts.isCallExpression(node.parent) && node.parent.expression === node)) {
          refuse(node, `register method ${node.name.text} must be called where it is named`, `write ${node.getText(sf)}(...)`);
        }

        if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return next;
        const method = node.expression.name.text;
        if (!METHODS.has(method)) return next;
        const reg = known(registerOf(checker, node.expression.expression), node.expression.expression);
        if (!reg) return next;
        const address = next.expression.expression;
        const args = next.arguments;
        const w = reg.bits;
        switch (method) {
          case 'read':
            return paren(f.createBinaryExpression(call(`__hx_mmio_read${w}`, [address]), ts.SyntaxKind.PlusToken, f.createNumericLiteral(0)));
          case 'get': {
            const fd = field(reg, node.arguments[0]);
            const loaded = call(`__hx_mmio_read${w}`, [address]);
            const down = f.createBinaryExpression(loaded, ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken, f.createNumericLiteral(fd.shift));
            return fd.shift + fd.width >= 32 ? paren(down)
              : paren(f.createBinaryExpression(paren(down), ts.SyntaxKind.AmpersandToken, num(fd.mask / 2 ** fd.shift)));
          }
          case 'write':
            return call(`__hx_mmio_write${w}`, [address, args[0]]);
          case 'writeFields':
            return call(`__hx_mmio_write${w}`, [address, fieldBits(reg, node.arguments[0], args[0]).bits]);
          case 'set': {
            const fd = field(reg, node.arguments[0]);
            const inPlace = f.createBinaryExpression(paren(f.createBinaryExpression(paren(args[1]), ts.SyntaxKind.AmpersandToken,
              num(fd.width >= 32 ? 0xffffffff : fd.mask / 2 ** fd.shift))), ts.SyntaxKind.LessThanLessThanToken, f.createNumericLiteral(fd.shift));
            return call(`__hx_mmio_modify${w}`, [address, num(fd.mask), inPlace]);
          }
          case 'modify': {
            const { mask, bits } = fieldBits(reg, node.arguments[0], args[0]);
            return call(`__hx_mmio_modify${w}`, [address, num(mask), bits]);
          }
        }
        return next;
      };
      return ts.visitNode(sf, visit);
    };
  };
}
