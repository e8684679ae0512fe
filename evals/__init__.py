"""The offline evaluation harness: cases in folders, small scorers, a runner, a report and a CI gate."""
