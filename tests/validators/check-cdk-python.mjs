// SPDX-FileCopyrightText: 2026 CORS Configurator contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// aws-cdk-lib for Python cannot be installed here, so the Python stack is checked against the
// TypeScript one, which is compiled and synthesized: for each case folder, both modules must
// set the same construct properties to the same values, statement by statement. The TypeScript
// module is read with the TypeScript compiler's parser, the Python one with Python's ast module
// (cdk_python_calls.py); names are compared in jsii's Python spelling (snake_case). Allowed to
// differ: the runtime and the handler file each packages, and the handler folder's expression.
//   node check-cdk-python.mjs CASE_DIR...   (each with cdk/cors-api-stack.ts and
//                                            cdk/cors_api_stack.py)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { fail, finish } from './report.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const keywords = new Set(['with', 'lambda', 'from', 'import', 'class', 'global', 'pass', 'in',
    'is', 'not', 'and', 'or', 'return', 'def', 'async', 'await']);

/** jsii's Python spelling: camelCase → snake_case; names starting upper-case stay. */
function snake(name) {
    if (/^[A-Z]/.test(name)) return name;
    const out = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
    return keywords.has(out) ? out + '_' : out;
}

function dotted(node) {
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return dotted(node.expression);
    if (ts.isIdentifier(node)) return node.text === 'lambda' ? '_lambda' : snake(node.text);
    if (node.kind === ts.SyntaxKind.ThisKeyword) return 'self';
    if (ts.isPropertyAccessExpression(node)) return dotted(node.expression) + '.' + snake(node.name.text);
    throw new Error('not a name: ' + ts.SyntaxKind[node.kind]);
}

function value(node) {
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return value(node.expression);
    if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken &&
        ts.isNumericLiteral(node.operand)) {
        return { n: -Number(node.operand.text) };
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { s: node.text };
    if (ts.isNumericLiteral(node)) return { n: Number(node.text) };
    if (node.kind === ts.SyntaxKind.TrueKeyword) return { b: true };
    if (node.kind === ts.SyntaxKind.FalseKeyword) return { b: false };
    if (ts.isArrayLiteralExpression(node)) return { list: node.elements.map(value) };
    if (ts.isObjectLiteralExpression(node)) {
        return {
            dict: node.properties.map((p) => {
                if (ts.isShorthandPropertyAssignment(p)) return [snake(p.name.text), { name: snake(p.name.text) }];
                const key = ts.isIdentifier(p.name) ? snake(p.name.text) : p.name.text;
                return [key, value(p.initializer)];
            }),
        };
    }
    if (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node) ||
        node.kind === ts.SyntaxKind.ThisKeyword) {
        return { name: dotted(node) };
    }
    if (ts.isElementAccessExpression(node)) {
        return { index: [value(node.expression), value(node.argumentExpression)] };
    }
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
        const args = [...(node.arguments ?? [])];
        const last = args.at(-1);
        const props = last && ts.isObjectLiteralExpression(last) ? value(args.pop()) : null;
        return { call: dotted(node.expression), args: args.map(value), props };
    }
    throw new Error('unexpected expression: ' + ts.SyntaxKind[node.kind]);
}

function statement(node) {
    if (ts.isVariableStatement(node)) {
        const d = node.declarationList.declarations[0];
        if (d.name.text === 'stageName') return null; // each language selects the stage its way
        return { assign: snake(d.name.text), value: value(d.initializer) };
    }
    if (ts.isExpressionStatement(node)) {
        const e = node.expression;
        if (ts.isCallExpression(e) && e.expression.kind === ts.SyntaxKind.SuperKeyword) return null;
        return { value: value(e) };
    }
    return null;
}

function typeScriptCalls(file) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const constants = [];
    let body = [];
    for (const node of source.statements) {
        if (ts.isVariableStatement(node)) constants.push(statement(node));
        if (ts.isClassDeclaration(node) && node.name?.text === 'CorsApiStack') {
            const ctor = node.members.find(ts.isConstructorDeclaration);
            body = ctor.body.statements.map(statement).filter((s) => s !== null);
        }
    }
    return { constants, body };
}

/** What may differ between the languages, and the stage selection each writes its own way. */
function comparable(module) {
    const skipped = (s) => s.assign === 'HANDLER_DIR';
    const text = JSON.stringify({
        constants: module.constants.filter((s) => !skipped(s)),
        body: module.body.filter((s) => !skipped(s)),
    });
    return text
        .replace(/"_lambda\.Runtime\.(NODEJS|PYTHON)_[0-9_X]+"/g, '"RUNTIME"')
        .replace(/"!handler\.(mjs|py)"/g, '"!HANDLER"');
}

const dirs = process.argv.slice(2);
for (const dir of dirs) {
    const tsFile = path.join(dir, 'cdk', 'cors-api-stack.ts');
    const pyFile = path.join(dir, 'cdk', 'cors_api_stack.py');
    try {
        const fromTs = comparable(typeScriptCalls(tsFile));
        const fromPy = comparable(JSON.parse(execFileSync('python3',
            [path.join(here, 'cdk_python_calls.py'), pyFile], { encoding: 'utf8' })));
        if (fromTs !== fromPy) {
            let i = 0;
            while (i < fromTs.length && fromTs[i] === fromPy[i]) i++;
            fail(pyFile, 0, 'the Python stack differs from the TypeScript one at\n' +
                `  ts: ${fromTs.slice(Math.max(0, i - 80), i + 120)}\n` +
                `  py: ${fromPy.slice(Math.max(0, i - 80), i + 120)}`);
        }
    } catch (error) {
        fail(pyFile, 0, error.message);
    }
}
finish('CDK Python vs TypeScript', dirs.length);
