"""PagerDuty REST API v2 client, mapping, and sync (pull, plan, push); Events API v2."""
