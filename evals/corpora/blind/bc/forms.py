"""All form specs of the bc batch, gathered from the per-layout modules."""
from formlib import check_form
import f_cover_kv
import f_prose_letter
import f_legal
import f_quote
import f_usage
import f_two_col
import f_email
import f_of2
import f_renewal
import f_reseller

FORMS = []
for mod in (f_cover_kv, f_prose_letter, f_legal, f_quote, f_usage, f_two_col, f_email, f_of2, f_renewal, f_reseller):
    FORMS.extend(mod.FORMS)
for _s in FORMS:
    check_form(_s)
assert len(FORMS) == 40, len(FORMS)
