"""The classifier part of `scripts/bench eval`: the built-in classifier through `feedback-collector classify --jsonl`
(one process for every text), scored as the router uses it: a reading below the threshold counts as unclear.

UCI Yelp sentences (shared/corpora/sentiment, CC BY 4.0): the first 500 are the half the classifier was tuned on,
the last 500 are held out; both are printed, then whether the held-out half meets issue 14's target (complaints
read as happy at most 2%, macro-F1 at least 0.70, at least 70% right when called); a miss makes `scripts/bench eval`
exit 1. The hand-made neutral list (tests/…/neutral-sentences.txt) shows how
often factual text is called unclear, as it should be. A 3-class line joins the held-out half and the neutral list.
"""
import json
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
THRESHOLD = 0.70
NEUTRAL = os.path.join(ROOT, "tests", "FeedbackCollector.Core.Tests", "Classify", "Data", "neutral-sentences.txt")
CLI_DLL = os.path.join(ROOT, "src", "FeedbackCollector.Cli", "bin", "Release", "net10.0", "feedback-collector.dll")


def corpora_dir():
    env = os.environ.get("FC_CORPORA")
    return env if env else os.path.normpath(os.path.join(ROOT, "..", "shared", "corpora"))


def classify(texts):
    """Readings (mood after the threshold, confidence) in input order, from one CLI process."""
    if not os.environ.get("FC_EVAL_NO_BUILD"):
        subprocess.run(["dotnet", "build", os.path.join(ROOT, "src", "FeedbackCollector.Cli"), "-c", "Release", "-v", "q", "-nologo"],
                       check=True, stdout=subprocess.DEVNULL)
    lines = "".join(json.dumps({"text": t}) + "\n" for t in texts)
    out = subprocess.run(["dotnet", CLI_DLL, "classify", "--jsonl"], input=lines, capture_output=True, text=True, check=True).stdout
    readings = [json.loads(line) for line in out.splitlines()]
    assert len(readings) == len(texts), "classify --jsonl answered %d lines for %d texts" % (len(readings), len(texts))
    return [(r["mood"] if r["mood"] == "unclear" or r["confidence"] >= THRESHOLD else "unclear", r["confidence"], r["mood"]) for r in readings]


def f1(gold, pred, cls):
    tp = sum(1 for g, p in zip(gold, pred) if g == cls and p == cls)
    fp = sum(1 for g, p in zip(gold, pred) if g != cls and p == cls)
    fn = sum(1 for g, p in zip(gold, pred) if g == cls and p != cls)
    return 0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)


def score(gold, readings, classes):
    pred = [r[0] for r in readings]
    acc = sum(1 for g, p in zip(gold, pred) if g == p) / len(gold)
    macro = sum(f1(gold, pred, c) for c in classes) / len(classes)
    unhappy = [p for g, p in zip(gold, pred) if g == "unhappy"]
    leak = sum(1 for p in unhappy if p == "happy") / max(1, len(unhappy))
    called = [(g, p) for g, p in zip(gold, pred) if p != "unclear"]
    coverage = len(called) / len(gold)
    right = sum(1 for g, p in called if g == p) / max(1, len(called))
    return acc, macro, leak, coverage, right


def line(name, gold, readings, classes):
    acc, macro, leak, coverage, right = score(gold, readings, classes)
    print("%-34s accuracy %.3f  macro-F1 %.3f  unhappy→happy %4.1f%%  coverage %4.1f%%  right when called (≥%.2f) %4.1f%%"
          % (name, acc, macro, leak * 100, coverage * 100, THRESHOLD, right * 100))


def neutral_texts():
    tune, held, part = [], [], None
    for raw in open(NEUTRAL, encoding="utf-8"):
        text = raw.strip()
        if text == "###held-aside":
            part = held
        elif text and not text.startswith("#"):
            (part if part is not None else tune).append(text)
    return tune, held


def classifier_eval():
    path = os.path.join(corpora_dir(), "sentiment", "uci_yelp_sentences.json")
    if not os.path.exists(path):
        print("classifier eval: %s is missing; skipped" % path)
        return 0
    items = [(x["text"], "happy" if x["class"] == 1 else "unhappy") for x in json.load(open(path, encoding="utf-8"))
             if isinstance(x.get("class"), int) and x.get("text")]
    tune_n, held_n = neutral_texts()
    texts = [t for t, _ in items] + tune_n + held_n
    readings = classify(texts)
    uci, neutral = readings[:len(items)], readings[len(items):]
    gold = [g for _, g in items]
    print("classifier: built-in (lexicon), threshold %.2f, %d UCI sentences, %d neutral" % (THRESHOLD, len(items), len(tune_n) + len(held_n)))
    line("UCI first half (tuned on)", gold[:500], uci[:500], ["happy", "unhappy"])
    line("UCI last half (held out)", gold[500:], uci[500:], ["happy", "unhappy"])
    _, macro, leak, _, right = score(gold[500:], uci[500:], ["happy", "unhappy"])
    met = leak <= 0.02 and macro >= 0.70 and right >= 0.70
    print("%-34s unhappy→happy ≤ 2%%, macro-F1 ≥ 0.70, right when called ≥ 70%%: %s"
          % ("target on the held-out half", "met" if met else "MISSED"))
    for name, part in (("tuning", neutral[:len(tune_n)]), ("held aside", neutral[len(tune_n):])):
        print("%-34s unclear %4.1f%% of %d" % ("neutral list, " + name, 100 * sum(1 for r in part if r[0] == "unclear") / len(part), len(part)))
    gold3 = gold[500:] + ["unclear"] * len(held_n)
    line("3-class: UCI held out + neutral", gold3, uci[500:] + neutral[len(tune_n):], ["happy", "unhappy", "unclear"])
    return 0 if met else 1
