"""Every text the window shows can be translated: a scan of the sources of rotaplan.gui.

It finds literal, f-string and concatenated texts handed to widgets, ``tr`` calls that lupdate
files under a context that never matches at run time, ``self.tr`` in base classes (whose
subclasses would look the text up under their own name), and counted ``translate`` calls that
lupdate cannot read.
"""

from __future__ import annotations

import ast
from pathlib import Path

import rotaplan.gui

GUI = Path(rotaplan.gui.__file__).resolve().parent

# Widgets whose constructor takes a text, and setters that show a text.
CONSTRUCTORS = {
    "QAction",
    "QCheckBox",
    "QCommandLinkButton",
    "QDockWidget",
    "QGroupBox",
    "QLabel",
    "QMenu",
    "QPushButton",
    "QRadioButton",
    "QToolButton",
}
# Functions that look up texts marked elsewhere with QT_TRANSLATE_NOOP (file, function).
DYNAMIC_LOOKUPS = {("document/errors.py", "edit_error_text"), ("text/messages.py", "_catalogued")}
SETTERS = {
    "addMenu",
    "setInformativeText",
    "setSpecialValueText",
    "setStatusTip",
    "setSuffix",
    "setText",
    "setTitle",
    "setToolTip",
    "setWindowTitle",
    "showMessage",
}


def _name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return call.func.id if isinstance(call.func, ast.Name) else None


def _is_text(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and any(c.isalpha() for c in node.value)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _is_text(node.left) or _is_text(node.right) or _is_text_call(node.left)
    return False


def _is_text_call(node: ast.AST) -> bool:
    # self.tr("a") + ": " + b builds a sentence from fragments, which no translator can order.
    return isinstance(node, ast.Call) and _name(node) in ("tr", "translate")


def _literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _count_literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, int)


def _base_classes(trees: list[ast.Module]) -> set[str]:
    defined = {n.name for tree in trees for n in ast.walk(tree) if isinstance(n, ast.ClassDef)}
    bases = set()
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases |= {b.id for b in node.bases if isinstance(b, ast.Name) and b.id in defined}
    return bases


def problems(sources: dict[str, str]) -> list[str]:
    """Every untranslatable text in ``sources`` (file name -> Python source)."""
    trees = {name: ast.parse(text) for name, text in sources.items()}
    bases = _base_classes(list(trees.values()))
    found = []
    for name, tree in trees.items():
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
            if cls.name not in bases:
                continue
            for node in ast.walk(cls):
                if isinstance(node, ast.Call) and _name(node) == "tr":
                    found.append(
                        f"{name}:{node.lineno}: self.tr in base class {cls.name}: use "
                        f'QCoreApplication.translate("{cls.name}", ...)'
                    )
        dynamic = {
            id(inner)
            for func in ast.walk(tree)
            if isinstance(func, ast.FunctionDef) and (name, func.name) in DYNAMIC_LOOKUPS
            for inner in ast.walk(func)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or id(node) in dynamic:
                continue
            call, where = _name(node), f"{name}:{node.lineno}"
            if call in CONSTRUCTORS or call in SETTERS:
                found += [
                    f"{where}: {call}({ast.unparse(arg)[:60]}) is not translatable"
                    for arg in node.args
                    if _is_text(arg)
                ]
            if call == "tr":
                func = node.func
                owner = func.value if isinstance(func, ast.Attribute) else None
                if not (isinstance(owner, ast.Name) and owner.id == "self"):
                    found.append(f"{where}: tr() must be called as self.tr() for lupdate")
                elif not node.args or not _literal(node.args[0]):
                    found.append(f"{where}: self.tr() needs a literal text")
            if call == "translate" and not (
                len(node.args) >= 2 and _literal(node.args[0]) and _literal(node.args[1])
            ):
                found.append(f"{where}: translate() needs a literal context and text")
            if call == "translate" and len(node.args) >= 4 and not _count_literal(node.args[3]):
                # lupdate drops such a call (or files it without plural forms).
                found.append(f"{where}: translate() with a counted text: use self.tr(text, '', n)")
    return found


def test_the_scan_finds_untranslatable_texts() -> None:
    sample = """
class Form(QWidget):
    def __init__(self):
        self.label = QLabel("Name", self)
        self.setWindowTitle(self.tr("Hello") + " " + name)
        self.button = QPushButton(f"Open {name}", self)
        tr = self.tr
        tr("Alias")
        self.tr(text)
        QCoreApplication.translate(context, "x")
        QCoreApplication.translate("Form", "%n files", "", len(files))
class Base(QWidget):
    def __init__(self):
        self.setToolTip(self.tr("Shared"))
class Editor(Base):
    pass
"""
    found = problems({"sample.py": sample})
    assert len(found) == 8, found
    assert any("counted text" in line for line in found)
    assert any("QLabel('Name'" in line for line in found)
    assert any("base class Base" in line for line in found)
    assert problems({"ok.py": 'QLabel(self.tr("Name"), self)\nremove.setText("×")\n'}) == []


def test_every_text_in_the_window_is_translatable() -> None:
    sources = {
        str(path.relative_to(GUI)): path.read_text(encoding="utf-8")
        for path in sorted(GUI.rglob("*.py"))
    }
    assert problems(sources) == []
