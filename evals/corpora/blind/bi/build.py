"""Deterministic build of the bi blind corpus: writes contract.pdf, case.json and deal.json per form.
Run: /work/main/.venv/bin/python build.py [module ...]"""
import importlib, sys, os
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write_case, save, save_text

MODULES = ["l01_auftrag", "l02_pedido", "l03_ordencompra", "l04_offerte", "l05_confordine",
           "l06_regionmatrix", "l07_bundle", "l08_redline", "l09_sheet", "l10_prepaid"]

def main(only=None):
    n_total = 0
    for mname in MODULES:
        if only and mname not in only:
            continue
        try:
            m = importlib.import_module(mname)
        except ModuleNotFoundError as e:
            if e.name == mname:
                print("skip", mname); continue
            raise
        for i, spec in enumerate(m.specs(), 1):
            ext = spec.get("ext", "pdf")
            folder, t, tv = write_case("bi", m.LAY, i, spec, ext)
            out = m.build(spec)
            if ext == "pdf":
                save(out, folder)
            else:
                save_text(out, folder, ext)
            n_total += 1
            print(f"{m.LAY}-{i:02d}: {t['currency']} term value {tv} tcv={t['total_contract_value']}")
    print("forms:", n_total)

if __name__ == "__main__":
    main(sys.argv[1:] or None)
