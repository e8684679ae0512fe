"""Deterministic build of the bh blind corpus: writes contract.pdf, case.json and deal.json per form.
Run: /work/main/.venv/bin/python build.py [module ...]"""
import importlib, sys, os
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write_case, save, save_text

MODULES = ["l01_boncommande", "l02_inrlakh", "l03_cabilingual", "l04_augst", "l05_clin",
           "l06_esign", "l07_sidebar", "l08_mincommit", "l09_invschedule", "l10_dualcur"]

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
            folder, t, tv = write_case("bh", m.LAY, i, spec, ext)
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
