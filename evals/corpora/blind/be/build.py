"""Deterministic builder for blind corpus batch `be`. Run: python build.py"""
import importlib
import os
import sys
sys.dont_write_bytecode = True

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write_case  # noqa: E402

LAYOUTS = ["cpq", "sched1", "custpo", "contpg", "words", "renquote", "addon", "termsheet", "jpkr", "ocr"]

if __name__ == "__main__":
    only = sys.argv[1:] or LAYOUTS
    for lay in only:
        mod = importlib.import_module("l_" + lay)
        for i, f in enumerate(mod.forms(), 1):
            write_case(lay, i, f, getattr(mod, f.get("render", "render")) if isinstance(f.get("render"), str) else mod.render)
        print("built", lay)
