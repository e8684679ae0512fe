"""The deterministic billing engine: pure functions from terms and events to amounts and schedules."""
