"""Small widget pieces shared by the window's parts: painted icons, a table model base, hints."""
