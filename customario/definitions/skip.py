"""``when:`` skip-logic expressions.

A question is asked only when its ``when`` expression is true for the answers so far. The
expression language is a safe subset of Python comparisons, parsed with :mod:`ast`:
``recommend >= 9``, ``visited == 'yes' and age >= 18``, ``'price' in reasons``, ``not churned``.
Names are question ids; literals are numbers, strings, ``true``/``false``/``yes``/``no`` and lists.
An unanswered question compares as ``None`` (every comparison with it is false). A yes/no answer
is stored as ``"yes"``/``"no"``; used as a truth value (``not churned``, ``a and b``) or compared
with ``true``/``false`` it counts as yes = true, no = false (a bare string would make both true).
"""

from __future__ import annotations

import ast
import operator
import threading
from typing import Any, Callable, Mapping

_CMP: dict[type, Callable[[Any, Any], bool]] = {
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
    ast.In: lambda a, b: a in b,
    ast.NotIn: lambda a, b: a not in b,
}
_WORDS = {"true": True, "false": False, "yes": "yes", "no": "no", "none": None, "null": None}
# CPython 3.11's parser is not safe to enter from several threads at once: concurrent ast.parse
# calls can fail with "SystemError: AST constructor recursion depth mismatch" (seen when four
# evaluation threads read the same campaign), so parsing is serialised.
_PARSE_LOCK = threading.Lock()


class WhenSyntaxError(ValueError):
    """The expression is not valid; ``args[0]`` says why."""


def compile_when(expr: str) -> tuple[ast.Expression, set[str]]:
    """Parse ``expr``; returns the AST and the question ids it references.

    Raises WhenSyntaxError for syntax outside the allowed subset, for an expression longer than
    MAX_WHEN_CHARS characters or nested deeper than MAX_WHEN_DEPTH (customario.limits).
    """
    from customario.limits import MAX_WHEN_CHARS, MAX_WHEN_DEPTH

    if not isinstance(expr, str):
        raise WhenSyntaxError(f"a when: expression must be text, not {type(expr).__name__}")
    if len(expr) > MAX_WHEN_CHARS:
        raise WhenSyntaxError(f"the expression is {len(expr)} characters long; at most {MAX_WHEN_CHARS} are allowed")
    depth = deepest = 0
    for ch in expr:
        depth += ch in "([{"
        depth -= ch in ")]}"
        deepest = max(deepest, depth)
    if deepest > MAX_WHEN_DEPTH:
        raise WhenSyntaxError(f"brackets are nested {deepest} deep; at most {MAX_WHEN_DEPTH} are allowed")
    try:
        with _PARSE_LOCK:
            tree = ast.parse(expr.strip(), mode="eval")
    except SyntaxError as exc:
        raise WhenSyntaxError(f"cannot parse {expr[:80]!r}: {exc.msg}") from None
    except (RecursionError, MemoryError, ValueError):
        raise WhenSyntaxError(f"cannot parse {expr[:80]!r}: it is too complex") from None
    if _ast_depth(tree) > MAX_WHEN_DEPTH * 3:
        raise WhenSyntaxError(f"the expression is nested too deeply (more than {MAX_WHEN_DEPTH} levels)")
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            if node.id.lower() not in _WORDS:
                names.add(node.id)
        elif not isinstance(
            node,
            (
                ast.Expression,
                ast.Compare,
                ast.BoolOp,
                ast.And,
                ast.Or,
                ast.UnaryOp,
                ast.Not,
                ast.Constant,
                ast.List,
                ast.Tuple,
                ast.Load,
                ast.USub,
            )
            + tuple(_CMP),
        ):
            raise WhenSyntaxError(f"{type(node).__name__} is not allowed in a when: expression ({expr!r})")
    return tree, names


def compared_texts(tree: ast.AST) -> list[tuple[str, str]]:
    """``(question id, text literal)`` for every comparison of a question with quoted text
    (``channel == 'web'``, ``'price' in reasons``, ``channel in ['web', 'app']``)."""
    out: list[tuple[str, str]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Compare):
            continue
        operands = [node.left, *node.comparators]
        names = [o.id for o in operands if isinstance(o, ast.Name) and o.id.lower() not in _WORDS]
        texts: list[str] = []
        for o in operands:
            if isinstance(o, ast.Constant) and isinstance(o.value, str):
                texts.append(o.value)
            elif isinstance(o, (ast.List, ast.Tuple)):
                texts += [e.value for e in o.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        out += [(n, t) for n in names for t in texts]
    return out


def _ast_depth(tree: ast.AST) -> int:
    """Depth of ``tree`` (iterative, so a pathological tree cannot exhaust the stack)."""
    deepest, stack = 0, [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in ast.iter_child_nodes(node))
    return deepest


def _eval(node: ast.AST, answers: Mapping[str, Any]) -> Any:
    if isinstance(node, ast.Expression):
        return _eval(node.body, answers)
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        if node.id.lower() in _WORDS:
            return _WORDS[node.id.lower()]
        return answers.get(node.id)
    if isinstance(node, (ast.List, ast.Tuple)):
        return [_eval(e, answers) for e in node.elts]
    if isinstance(node, ast.UnaryOp):
        value = _eval(node.operand, answers)
        if isinstance(node.op, ast.Not):
            return not _truth(value)
        return -value if value is not None else None
    if isinstance(node, ast.BoolOp):
        values = (_truth(_eval(v, answers)) for v in node.values)
        return all(values) if isinstance(node.op, ast.And) else any(values)
    if isinstance(node, ast.Compare):
        left = _eval(node.left, answers)
        for op, comp in zip(node.ops, node.comparators):
            right = _eval(comp, answers)
            if left is None or right is None:
                if not isinstance(op, (ast.Eq, ast.NotEq)):
                    return False
            if isinstance(op, (ast.Eq, ast.NotEq)) and None not in (left, right) and bool in (type(left), type(right)):
                left, right = _truth(left), _truth(right)
            try:
                if not _CMP[type(op)](left, right):
                    return False
            except TypeError:
                return False
            left = right
        return True
    raise WhenSyntaxError(f"unsupported expression node {type(node).__name__}")


def evaluate_when(expr: str | None, answers: Mapping[str, Any]) -> bool:
    """True when the question should be asked given ``answers`` ({question_id: normalised value})."""
    if not expr:
        return True
    tree, _ = compile_when(expr)
    return _truth(_eval(tree, answers))


def _truth(value: Any) -> bool:
    """A value as a condition: a yes/no answer by its meaning ("no" is false), anything else by bool()."""
    said = value.strip().lower() if isinstance(value, str) else None
    return said == "yes" if said in ("yes", "no") else bool(value)
