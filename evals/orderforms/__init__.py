"""The seeded order-form generator behind `evals/cases/orderforms/` (see generate.py)."""
