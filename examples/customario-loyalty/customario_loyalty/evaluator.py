"""The ``loyalty`` evaluator: did the agent tell the member their balance?"""

from customario.api import EvaluationResult


class LoyaltyEvaluator:
    name = "loyalty"
    remote = False  # no network: customario runs it inline

    def __init__(self, settings):
        self.settings = settings

    def evaluate(self, campaign, data, signals):
        said = " ".join(t["text"] for t in data.turns if t["role"] == "agent").lower()
        met = "points" in said
        verdicts = [
            {
                "criterion": "mentioned_balance",
                "verdict": "met" if met else "not_met",
                "evidence": next(
                    (t["text"] for t in data.turns if t["role"] == "agent" and "points" in t["text"].lower()), ""
                ),
                "rationale": "the agent named the points balance" if met else "no agent turn mentions points",
                "weight": 1.0,
            }
        ]
        return EvaluationResult(verdicts=verdicts, score=100.0 if met else 0.0, note="loyalty example evaluator")
