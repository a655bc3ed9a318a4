"""The docks below the timeline: problems, fairness and the escalation simulation, fed by one live
analysis of the visible window."""
