# SPDX-FileCopyrightText: 2026 CORS Configurator contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints, as JSON, what a CDK Python stack module does: its module-level constants and the
statements of CorsApiStack.__init__, each value normalised (see check-cdk-python.mjs, which
compares them with the TypeScript module's)."""
import ast
import json
import sys


def name_of(node):
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return name_of(node.value) + "." + node.attr
    raise ValueError("not a name: " + ast.dump(node))


def is_struct(call):
    """A jsii struct written as a class call (apigateway.StageOptions(stage_name=...))."""
    return (isinstance(call, ast.Call) and not call.args and call.keywords
            and name_of(call.func).split(".")[-1][:1].isupper())


def value(node, nested=False):
    if (isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub)
            and isinstance(node.operand, ast.Constant)):
        return {"n": -node.operand.value}
    if isinstance(node, ast.Constant):
        if isinstance(node.value, bool):
            return {"b": node.value}
        if isinstance(node.value, int):
            return {"n": node.value}
        return {"s": node.value}
    if isinstance(node, ast.List):
        return {"list": [value(item, True) for item in node.elts]}
    if isinstance(node, ast.Dict):
        return {"dict": [[key.value, value(item, True)] for key, item in zip(node.keys, node.values)]}
    if isinstance(node, (ast.Name, ast.Attribute)):
        return {"name": name_of(node)}
    if isinstance(node, ast.Subscript):
        return {"index": [value(node.value), value(node.slice)]}
    if isinstance(node, ast.Call):
        if nested and is_struct(node):
            return {"dict": [[k.arg, value(k.value, True)] for k in node.keywords]}
        props = [[k.arg, value(k.value, True)] for k in node.keywords]
        return {"call": name_of(node.func), "args": [value(a, True) for a in node.args],
                "props": {"dict": props} if props else None}
    raise ValueError("unexpected expression: " + ast.dump(node))


def statement(node):
    if isinstance(node, (ast.Assign, ast.AnnAssign)):
        target = node.targets[0] if isinstance(node, ast.Assign) else node.target
        if target.id == "stage_name":  # each language selects the stage its way
            return None
    if isinstance(node, ast.Assign):
        return {"assign": node.targets[0].id, "value": value(node.value)}
    if isinstance(node, ast.AnnAssign):
        return {"assign": node.target.id, "value": value(node.value)}
    if isinstance(node, ast.Expr):
        call = node.value
        if isinstance(call, ast.Constant):  # a docstring
            return None
        if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                and isinstance(call.func.value, ast.Call)
                and name_of(call.func.value.func) == "super"):
            return None
        return {"value": value(call)}
    return None


def main(path):
    tree = ast.parse(open(path, encoding="utf-8").read(), path)
    constants, body = [], []
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            constants.append(statement(node))
        elif isinstance(node, ast.ClassDef) and node.name == "CorsApiStack":
            init = next(f for f in node.body if isinstance(f, ast.FunctionDef) and f.name == "__init__")
            for item in init.body:
                s = statement(item)
                if s is not None:
                    body.append(s)
    print(json.dumps({"constants": constants, "body": body}))


if __name__ == "__main__":
    main(sys.argv[1])
