"""Runs Python Lambda handlers for check-lambdas.mjs.

Reads one JSON request per line from stdin: {"file": PATH, "event": EVENT, "env": {...}} and writes one JSON
line back: {"response": RESULT} or {"error": TEXT}. Each handler file is compiled with
py_compile first, then imported once.
"""
import importlib.util
import json
import os
import py_compile
import sys
import traceback

modules = {}


def handler_for(path, env):
    if path not in modules:
        # A staged handler reads ALLOWED_ORIGINS when it loads, as Lambda sets it before.
        os.environ.pop("ALLOWED_ORIGINS", None)
        os.environ.update(env)
        py_compile.compile(path, doraise=True)
        spec = importlib.util.spec_from_file_location(f"handler_{len(modules)}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        modules[path] = module.lambda_handler
    return modules[path]


for line in sys.stdin:
    request = json.loads(line)
    try:
        response = handler_for(request["file"], request.get("env", {}))(request["event"], None)
        print(json.dumps({"response": response}), flush=True)
    except Exception:  # report, keep serving the other cases
        print(json.dumps({"error": traceback.format_exc()}), flush=True)
