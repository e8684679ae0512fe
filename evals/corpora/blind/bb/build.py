"""Build the bb blind corpus: 40 signed SaaS order forms in 10 layouts, with gold terms.

Run:  /work/main/.venv/bin/python /work/corpus/bb/build.py
Deterministic: fixed PDF creation date, core fonts only, seeded randomness; re-running gives identical bytes.
"""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from bb_lib import write_case, TERM_FIELDS  # noqa: E402
from bb_layouts import BUILDERS  # noqa: E402
import forms_cover, forms_msa, forms_reseller, forms_renewal, forms_scanpo  # noqa: E402
import forms_scanquote, forms_grid, forms_letter, forms_email, forms_multicol  # noqa: E402

MODULES = [forms_cover, forms_msa, forms_reseller, forms_renewal, forms_scanpo, forms_scanquote, forms_grid,
           forms_letter, forms_email, forms_multicol]


def main(only=None):
    built = []
    for mod in MODULES:
        for fn in mod.FORMS:
            form = fn()
            if only and not form["folder"].startswith(only):
                continue
            assert list(form["terms"].keys()) == TERM_FIELDS
            folder = os.path.join(HERE, form["folder"])
            os.makedirs(folder, exist_ok=True)
            name = BUILDERS[form["layout"]](form, folder)
            write_case(form, name)
            built.append(form["folder"])
    print(f"built {len(built)} forms")
    return built


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
