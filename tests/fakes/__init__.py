"""Real fakes of external services, for end-to-end tests."""
