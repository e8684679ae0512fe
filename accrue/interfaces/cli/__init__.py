"""The `accrue` command: `main` holds the app and the run commands; each other module registers one group."""
