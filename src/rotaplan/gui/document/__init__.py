"""The project being edited: the document and its undo stack, the controller that turns requests
into core edits, the prompts it asks through, selections, refusals and autosave."""
