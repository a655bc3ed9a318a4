"""The window's PagerDuty workflows and the iCal export dialog."""
