'use strict';

/**
 * The "safe expression" of docs/rules.md: exactly one `${...}` or `#{...}` whose body is a small JUEL
 * subset (variables, literals, operators, parentheses, property access with a literal name).
 *
 * Deployed expressions are code that runs inside the engine, so this is an allowlist: anything the
 * grammar below does not know is refused, rather than trying to list what is dangerous.
 *
 * checkExpression(text) returns null when safe, else { kind: 'syntax' | 'refused', message }.
 */

const ENGINE_IDENTIFIERS = new Set([
  'execution', 'task', 'externalTask', 'caseExecution',
  'processEngine', 'processEngineServices', 'variableScope'
]);

const KEYWORD_OPERATORS = new Set([
  'div', 'mod', 'eq', 'ne', 'lt', 'gt', 'le', 'ge', 'and', 'or', 'not', 'empty'
]);

const LITERAL_KEYWORDS = new Set([ 'true', 'false', 'null' ]);

// longest first, so that `<=` wins over `<`
const SYMBOLS = [ '==', '!=', '<=', '>=', '&&', '||', '+', '-', '*', '/', '%', '<', '>', '!', '?', ':', '.', '[', ']', '(', ')' ];

class ExpressionError extends Error {
  constructor(kind, message) {
    super(message);
    this.kind = kind;
  }
}

function syntax(message) {
  return new ExpressionError('syntax', message);
}

function refused(message) {
  return new ExpressionError('refused', message);
}

function tokenize(body) {
  const tokens = [];
  let i = 0;

  while (i < body.length) {
    const c = body[i];

    if (/\s/.test(c)) {
      i++;
      continue;
    }

    if (c === '\'' || c === '"') {
      let j = i + 1;
      let value = '';

      while (j < body.length && body[j] !== c) {
        if (body[j] === '\\') {
          const next = body[j + 1];
          if (next !== '\\' && next !== '\'' && next !== '"') {
            throw syntax(`invalid escape in string at ${j}`);
          }
          value += next;
          j += 2;
        } else {
          value += body[j++];
        }
      }

      if (j >= body.length) {
        throw syntax('unterminated string');
      }

      tokens.push({ type: 'literal', literalType: 'string', value });
      i = j + 1;
      continue;
    }

    const number = /^(\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?/.exec(body.slice(i));
    if (number && /[\d.]/.test(c)) {
      tokens.push({ type: 'literal', literalType: 'number', value: number[0] });
      i += number[0].length;
      continue;
    }

    const ident = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(body.slice(i));
    if (ident) {
      const word = ident[0];
      if (LITERAL_KEYWORDS.has(word)) {
        tokens.push({ type: 'literal', literalType: word, value: word });
      } else if (KEYWORD_OPERATORS.has(word)) {
        tokens.push({ type: 'op', value: word });
      } else {
        tokens.push({ type: 'ident', value: word });
      }
      i += word.length;
      continue;
    }

    const symbol = SYMBOLS.find(s => body.startsWith(s, i));
    if (symbol) {
      tokens.push({ type: 'op', value: symbol });
      i += symbol.length;
      continue;
    }

    throw syntax(`unexpected character '${c}'`);
  }

  return tokens;
}

/**
 * Recursive descent over JUEL's precedence levels. It only accepts; it builds nothing.
 */
function Parser(tokens) {
  let pos = 0;

  const peek = (offset = 0) => tokens[pos + offset];
  const isOp = (token, ...values) => token && token.type === 'op' && values.includes(token.value);
  const next = () => tokens[pos++];

  function expect(value) {
    const token = next();
    if (!isOp(token, value)) {
      throw syntax(`expected '${value}'`);
    }
  }

  function binary(operand, ...ops) {
    return function() {
      operand();
      while (isOp(peek(), ...ops)) {
        next();
        operand();
      }
    };
  }

  function expression() {
    or();
    if (isOp(peek(), '?')) {
      next();
      expression();
      expect(':');
      expression();
    }
  }

  function unary() {
    if (isOp(peek(), '-', '!', 'not', 'empty')) {
      next();
      return unary();
    }
    value();
  }

  const multiplicative = binary(unary, '*', '/', 'div', '%', 'mod');
  const additive = binary(multiplicative, '+', '-');
  const relational = binary(additive, '<', '>', '<=', '>=', 'lt', 'gt', 'le', 'ge');
  const equality = binary(relational, '==', '!=', 'eq', 'ne');
  const and = binary(equality, '&&', 'and');
  const or = binary(and, '||', 'or');

  function propertyName(name) {
    if (name === 'class') {
      throw refused('the property name \'class\' is not allowed');
    }
  }

  function value() {
    primary();

    for (;;) {
      const token = peek();

      if (isOp(token, '.')) {
        next();
        const name = next();
        // as in JUEL, a keyword (true, div, ...) is no property name
        if (!name || name.type !== 'ident') {
          throw syntax('expected a property name after \'.\'');
        }
        propertyName(name.value);
      } else if (isOp(token, '[')) {
        next();
        const key = next();
        if (!key || (key.type === 'literal' && !peek())) {
          throw syntax('unterminated \'[\'');
        }
        // a string or number names a property; true/false/null are values, i.e. computed
        const named = key.type === 'literal' && (key.literalType === 'string' || key.literalType === 'number');
        if (!named || !isOp(peek(), ']')) {
          throw refused('property access with a computed name is not allowed');
        }
        if (key.literalType === 'string') {
          propertyName(key.value);
        }
        next();
      } else if (isOp(token, '(')) {
        throw refused('method calls are not allowed');
      } else {
        return;
      }
    }
  }

  function primary() {
    const token = next();

    if (!token) {
      throw syntax('unexpected end of expression');
    }

    if (token.type === 'literal') {
      return;
    }

    if (token.type === 'ident') {
      // `fn:name(` and `name(` are function calls in JUEL
      if (isOp(peek(), '(')) {
        throw refused(`function calls are not allowed ('${token.value}()')`);
      }
      if (isOp(peek(), ':') && peek(1) && peek(1).type === 'ident' && isOp(peek(2), '(')) {
        throw refused(`function calls are not allowed ('${token.value}:${peek(1).value}()')`);
      }
      if (ENGINE_IDENTIFIERS.has(token.value)) {
        throw refused(`'${token.value}' reaches the engine and is not allowed`);
      }
      return;
    }

    if (isOp(token, '(')) {
      expression();
      expect(')');
      return;
    }

    throw syntax(`unexpected '${token.value}'`);
  }

  return {
    parse() {
      if (!tokens.length) {
        throw syntax('empty expression');
      }
      expression();
      if (pos < tokens.length) {
        throw syntax(`unexpected '${peek().value}'`);
      }
    }
  };
}

/**
 * Splits `${...}` / `#{...}` into its body, or throws when the text is not exactly one expression.
 */
function bodyOf(text) {
  const trimmed = String(text).trim();

  if (!/^[$#]\{/.test(trimmed) || !trimmed.endsWith('}')) {
    throw syntax('must be exactly one ${...} or #{...} expression');
  }

  const body = trimmed.slice(2, -1);

  // a `}` outside string literals means several expressions (or text around them)
  let quote = null;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quote) {
      if (c === '\\') {
        i++;
      } else if (c === quote) {
        quote = null;
      }
    } else if (c === '\'' || c === '"') {
      quote = c;
    } else if (c === '}' || c === '{') {
      throw syntax('must be exactly one ${...} or #{...} expression');
    }
  }

  return body;
}

function checkExpression(text) {
  try {
    new Parser(tokenize(bodyOf(text))).parse();
    return null;
  } catch (error) {
    if (error instanceof ExpressionError) {
      return { kind: error.kind, message: error.message };
    }
    throw error;
  }
}

function isExpression(text) {
  return /^[$#]\{/.test(String(text).trim());
}

module.exports = { checkExpression, isExpression, ENGINE_IDENTIFIERS };
