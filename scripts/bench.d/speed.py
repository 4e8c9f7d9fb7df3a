"""scripts/bench speed and cost: each figure beside its baseline as a ratio. Loaded by scripts/bench."""
import concurrent.futures
import csv
import email
import glob
import json
import os
import re
import shutil
import socket
import sqlite3
import statistics
import subprocess
import tempfile
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CLI = os.path.join(ROOT, "src", "FeedbackCollector.Cli", "bin", "Release", "net10.0", "feedback-collector.dll")
BUDGET_USD = 15.0
IMPORT_RATIO_MAX = 3.0
GROWTH_MAX = 11.0


def build_cli():
    subprocess.run(["dotnet", "build", os.path.join(ROOT, "src", "FeedbackCollector.Cli"), "-c", "Release", "--nologo",
                    "--verbosity", "quiet"], check=True, stdout=subprocess.DEVNULL)


def write_csv(path, rows):
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["first_name", "email", "phone", "visit_type", "visit_end", "source_id"])
        for i in range(rows):
            w.writerow(["Kim", "c%d@example.com" % i, "", "haircut", "2026-03-01T10:00:00+08:00", "row-%d" % i])


def timed_import(rows, keep=None):
    """Wall time of `feedback-collector import` of a fresh rows-row CSV into a fresh data dir (process start included);
    keep: a path to copy the database it wrote to."""
    with tempfile.TemporaryDirectory(prefix="fc-bench-import-") as d:
        path = os.path.join(d, "customers.csv")
        write_csv(path, rows)
        env = dict(os.environ, FC_DATA_DIR=os.path.join(d, "data"))
        started = time.perf_counter()
        result = subprocess.run(["dotnet", CLI, "import", path], env=env, cwd=d, capture_output=True, text=True)
        seconds = time.perf_counter() - started
        if result.returncode != 0:
            raise SystemExit("bench: import failed: " + (result.stderr or result.stdout)[-2000:])
        if keep:
            shutil.copy(os.path.join(d, "data", "feedback.db"), keep)
        # The summary line goes to stderr (stdout is kept for the rows that were not planned).
        return seconds, (result.stderr.strip().splitlines() or [""])[-1]


IMPORT_ROWS_PER_TRANSACTION = 25_000  # as ImportRun.RowsPerTransaction


def sql_floor(db_path):
    """The SQL alone: the rows an import wrote (its asks and send jobs) inserted again, by python's sqlite3 (binding in
    C, no other work), into an empty copy of the same schema, committed as import commits; no code of ours can go under
    it. Returns seconds and how many asks and jobs."""
    src = sqlite3.connect(db_path)
    ddl = [r[0] for r in src.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid")]
    tables = {t: src.execute("SELECT * FROM %s" % t).fetchall() for t in ("asks", "schedule")}
    src.close()
    with tempfile.TemporaryDirectory(prefix="fc-bench-floor-") as d:
        db = sqlite3.connect(os.path.join(d, "floor.db"), isolation_level=None)
        db.executescript("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768; PRAGMA wal_autocheckpoint = 0;")
        for statement in ddl:
            db.execute(statement)
        started = time.perf_counter()
        n = len(tables["asks"])
        for b in range(0, n, IMPORT_ROWS_PER_TRANSACTION):
            db.execute("BEGIN IMMEDIATE")
            for table, rows in tables.items():
                chunk = rows[b:b + IMPORT_ROWS_PER_TRANSACTION]
                if chunk:
                    db.executemany("INSERT INTO %s VALUES (%s) ON CONFLICT DO NOTHING" % (table, ",".join("?" * len(chunk[0]))), chunk)
            db.execute("COMMIT")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        seconds = time.perf_counter() - started
        db.close()
        return seconds, n, len(tables["schedule"])


def load():
    """The 1-minute load average, printed beside every figure: on a shared machine a rate means little without it."""
    return "load %.1f" % os.getloadavg()[0]


def python_insert(rows):
    """For comparison only: python's sqlite3 inserting generated rows in one transaction, timed inside the process."""
    with tempfile.TemporaryDirectory(prefix="fc-bench-plain-") as d:
        started = time.perf_counter()
        db = sqlite3.connect(os.path.join(d, "plain.db"))
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("""CREATE TABLE asks (customer_id TEXT, ask_id TEXT, first_name TEXT, email TEXT, visit_type TEXT,
                      visit_ended_at INTEGER, send_at INTEGER, status TEXT, PRIMARY KEY (customer_id, ask_id))""")
        with db:
            db.executemany("INSERT INTO asks VALUES (?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
                           (("c%d" % i, "row-%d" % i, "Kim", "c%d@example.com" % i, "haircut", 0, 0, "pending") for i in range(rows)))
        db.close()
        return time.perf_counter() - started


def build_plain_insert(folder):
    """bench.d/plain-insert.cs built once into folder (outside the repo, so its build settings do not apply)."""
    shutil.copy(os.path.join(HERE, "plain-insert.cs"), folder)
    subprocess.run(["dotnet", "build", "plain-insert.cs", "-c", "Release", "-o", os.path.join(folder, "out"), "--nologo",
                    "--verbosity", "quiet"], cwd=folder, check=True, stdout=subprocess.DEVNULL)
    return os.path.join(folder, "out", "plain-insert.dll")


def timed_plain_insert(dll, rows):
    """The baseline: the same CSV's rows inserted by Microsoft.Data.Sqlite in one transaction, a process timed like import."""
    with tempfile.TemporaryDirectory(prefix="fc-bench-plain-") as d:
        path = os.path.join(d, "customers.csv")
        write_csv(path, rows)
        started = time.perf_counter()
        subprocess.run(["dotnet", dll, os.path.join(d, "plain.db"), path], check=True, stdout=subprocess.DEVNULL)
        return time.perf_counter() - started


def run_import(failures, rounds=2):
    """Import and its baseline in alternating rounds (the median of each is compared), the load beside each."""
    build_cli()
    folder = tempfile.mkdtemp(prefix="fc-bench-plain-build-")
    try:
        dll = build_plain_insert(folder)
        timed_plain_insert(dll, 1000)  # the first run pays the page cache for the runtime and the driver
        small, large, base = [], [], []
        for r in range(rounds):
            base.append(timed_plain_insert(dll, 100_000))
            print("  round %d: plain insert 100,000 rows %.2f s (%s)" % (r + 1, base[-1], load()))
            seconds, summary = timed_import(100_000, keep=os.path.join(folder, "imported.db") if r == 0 else None)
            large.append(seconds)
            print("  round %d: import 100,000 rows %.2f s (%s)  [%s]" % (r + 1, seconds, load(), summary))
            small.append(timed_import(10_000)[0])
            print("  round %d: import 10,000 rows %.2f s (%s)" % (r + 1, small[-1], load()))
        floor, asks, jobs = sql_floor(os.path.join(folder, "imported.db"))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    small, large, base = statistics.median(small), statistics.median(large), statistics.median(base)
    py = python_insert(100_000)
    print("import 100,000 rows: %.2f s   Microsoft.Data.Sqlite insert of the same CSV rows (one transaction, a process like import): "
          "%.2f s   ratio %.1f×  (%s)" % (large, base, large / base, load()))
    print("  for comparison, python sqlite3 inserting generated rows, timed inside the process: %.2f s (ratio %.1f×)" % (py, large / py))
    print("  the SQL alone: the {:,} asks and {:,} send jobs import wrote, inserted again by python's sqlite3 into the same schema, "
          "{:,} a transaction: {:.2f} s = {:.1f}× the plain insert; import's own work above it: {:.2f} s".format(
              asks, jobs, IMPORT_ROWS_PER_TRANSACTION, floor, floor / base, large - floor))
    print("import growth 10k → 100k: %.2f s → %.2f s = %.1f× (linear is 10×)" % (small, large, large / small))
    if large / base > IMPORT_RATIO_MAX:
        failures.append("import is %.1f× the plain insert (target ≤ %.0f×)" % (large / base, IMPORT_RATIO_MAX))
    if large / small > GROWTH_MAX:
        failures.append("import grows %.1f× from 10k to 100k rows (target ≤ %.0f×)" % (large / small, GROWTH_MAX))


def classifier_usd(text_replies, p, u, bedrock_share=1.0):
    """Haiku on every text reply the lexicon does not settle, Sonnet again on the share Haiku leaves unclear."""
    tin, tout = u["classifier_input_tokens"], u["classifier_output_tokens"]
    haiku = tin * p["bedrock_haiku_per_million_input_tokens"] + tout * p["bedrock_haiku_per_million_output_tokens"]
    sonnet = tin * p["bedrock_sonnet_per_million_input_tokens"] + tout * p["bedrock_sonnet_per_million_output_tokens"]
    return text_replies * bedrock_share * (haiku + u["classifier_fallback_share"] * sonnet) / 1e6


def mails_out_per_ask(u):
    """The ask, one follow-up to each ask still silent, a review nudge to each happy answer (owner pings go by Slack)."""
    return 1 + (1 - u["answered_per_ask"]) + u["answered_per_ask"] * u["happy_share_of_answers"]


def mails_in_per_ask(u):
    """Written replies and the auto-replies that reach the reply-to address; a star tap is HTTP, not mail."""
    return u["text_replies_per_ask"] + u["auto_replies_per_ask"]


def ses_usd(asks, p, u):
    """SES list price: each mail out; each mail in plus its one 256 KB chunk (a reply is smaller); the owner's own mails."""
    out = asks * mails_out_per_ask(u) + u["fixed"]["owner_mails_per_month"]
    return (out * p["ses_per_thousand_outbound"]
            + asks * mails_in_per_ask(u) * (p["ses_per_thousand_inbound"] + p["ses_per_thousand_inbound_chunks"])) / 1e3


def monthly_cost(asks, prices, use, bedrock_share=1.0):
    """Monthly USD by line for asks asks a month: (line, usd, fixed?)."""
    p, u, f = prices, use, use["fixed"]
    invocations = asks * u["lambda_invocations_per_ask"] + f["daily_sweeps_per_month"] + f["polls_per_day_drive_sync"] * 30
    lines = [
        ("Secrets Manager: %d secrets (%s)" % (f["secrets"], ", ".join(template_secret_names())),
         f["secrets"] * p["secrets_manager_per_secret_month"], True),
        ("CloudWatch alarms (%d)" % f["alarms"], f["alarms"] * p["cloudwatch_per_alarm_month"], True),
        ("CloudWatch custom metrics from log filters (%d)" % f["custom_metrics"], f["custom_metrics"] * p["cloudwatch_per_custom_metric_month"], True),
        ("Route 53 zone for the reply domain (operator's)", f["hosted_zones"] * p["route53_per_hosted_zone_month"], True),
        ("Lambda requests + compute", invocations * p["lambda_per_million_requests"] / 1e6
         + invocations * u["lambda_seconds_per_invocation"] * u["lambda_memory_gb"] * p["lambda_per_gb_second"], False),
        ("DynamoDB on-demand", asks * (u["dynamodb_writes_per_ask"] * p["dynamodb_per_million_write_units"]
                                       + u["dynamodb_reads_per_ask"] * p["dynamodb_per_million_read_units"]) / 1e6
         + asks * u["bytes_stored_per_ask"] / 1e9 * p["dynamodb_storage_per_gb_month"], False),
        ("SES: %.2f mails out and %.2f in per ask" % (mails_out_per_ask(u), mails_in_per_ask(u)), ses_usd(asks, p, u), False),
        ("EventBridge Scheduler", asks * u["schedules_per_ask"] * p["scheduler_per_million_invocations"] / 1e6, False),
        ("S3 requests + storage", asks * (u["s3_puts_per_ask"] * p["s3_per_thousand_puts"] + u["s3_gets_per_ask"] * p["s3_per_thousand_gets"]) / 1e3
         + asks * u["bytes_stored_per_ask"] / 1e9 * p["s3_storage_per_gb_month"], False),
        ("Bedrock: Haiku 4.5 on text replies, Sonnet 4.6 fallback", classifier_usd(asks * u["text_replies_per_ask"], p, u, bedrock_share), False),
        ("CloudWatch Logs", invocations * u["log_bytes_per_invocation"] / 1e9 * p["cloudwatch_logs_per_gb_ingested"], False),
    ]
    return lines


def template_secret_names():
    """The secrets' names as the template creates them (fc/token/signing-secret, ...), for the cost line."""
    with open(os.path.join(ROOT, "sam", "template.yaml")) as f:
        text = f.read()
    return re.findall(r"Type: AWS::SecretsManager::Secret\s+(?:\w+:.*\s+)*?\s*Name: (fc/[\w/-]+)", text)


def template_counts():
    """The fixed resources sam/template.yaml creates, so usage.json cannot drift from what is deployed."""
    with open(os.path.join(ROOT, "sam", "template.yaml")) as f:
        text = f.read()
    return {"secrets": text.count("Type: AWS::SecretsManager::Secret"), "alarms": text.count("Type: AWS::CloudWatch::Alarm"),
            "custom_metrics": len(set(re.findall(r"MetricNamespace: FeedbackCollector\s+MetricName: (\w+)", text)))}


def levers(prices, use, total):
    """What each design choice would change at 50,000 asks (printed, not applied: each is the lead's call)."""
    f = use["fixed"]
    lexicon = sum(x[1] for x in monthly_cost(50_000, prices, use, bedrock_share=1 - use["lexicon_confident_share"]))
    per_mail = 50_000 * 0.1 * prices["ses_per_thousand_outbound"] / 1e3
    mails = mails_out_per_ask(use)
    return [
        ("secrets as SSM SecureString standard parameters (free) instead of Secrets Manager", f["secrets"] * prices["secrets_manager_per_secret_month"]),
        ("the lexicon first, Bedrock only below its 0.7 confidence (%d%% of replies settled, 96%% right)"
         % (100 * use["lexicon_confident_share"]), total - lexicon),
        ("every 0.1 fewer mails per ask (now %.2f: the ask, a follow-up to the silent, a nudge to the happy)" % mails, per_mail),
    ]


def design_floor(prices, use, asks=50_000):
    """What the design costs before any choice is left: its fixed resources, SES for the mails the flow sends, and
    Haiku read once on each written reply (no fallback, nothing else billed)."""
    fixed = sum(x[1] for x in monthly_cost(asks, prices, use) if x[2])
    haiku = dict(use, classifier_fallback_share=0.0)
    return fixed + ses_usd(asks, prices, use) + classifier_usd(asks * use["text_replies_per_ask"], prices, haiku)


def asks_within(budget, prices, use):
    """The most asks a month (in steps of 500) whose modelled cost stays within budget."""
    asks = 0
    while sum(x[1] for x in monthly_cost(asks + 500, prices, use)) <= budget:
        asks += 500
    return asks


def run_cost(failures):
    with open(os.path.join(HERE, "aws-prices.json")) as f:
        prices = json.load(f)
    with open(os.path.join(HERE, "usage.json")) as f:
        use = json.load(f)
    for name, count in template_counts().items():
        if use["fixed"][name] != count:
            failures.append("usage.json counts %d %s, sam/template.yaml creates %d" % (use["fixed"][name], name, count))
    print("AWS monthly cost (price table scripts/bench.d/aws-prices.json, usage per ask scripts/bench.d/usage.json):")
    for asks in (500, 5_000, 50_000):
        lines = monthly_cost(asks, prices, use)
        total = sum(x[1] for x in lines)
        fixed = sum(x[1] for x in lines if x[2])
        top = max(lines, key=lambda x: x[1])
        print("  %6d asks: $%6.2f  (fixed $%.2f; dominated by %s $%.2f)" % (asks, total, fixed, top[0], top[1]))
        if asks == 50_000:
            for name, usd, is_fixed in sorted(lines, key=lambda x: -x[1]):
                print("      %-62s $%6.2f%s" % (name, usd, "  fixed" if is_fixed else ""))
            print("  50,000 asks: $%.2f against the $%.0f budget, ratio %.2f" % (total, BUDGET_USD, total / BUDGET_USD))
            floor = design_floor(prices, use)
            print("  the design's floor at 50,000 asks (fixed costs, SES for the flow's mails, Haiku once per written reply): $%.2f"
                  % floor)
            print("  the $%.0f budget holds up to {:,} asks a month".format(asks_within(BUDGET_USD, prices, use)) % BUDGET_USD)
            print("  what would change it at 50,000 asks (not applied):")
            for name, saving in levers(prices, use, total):
                print("      -$%5.2f  %s" % (saving, name))
            if total > BUDGET_USD:
                failures.append("50,000 asks cost $%.2f a month (budget $%.0f)" % (total, BUDGET_USD))


# ---------------------------------------------------------------- serve under wrk, beside a bare Kestrel page

STAR_RATIO_MIN = 0.5
P99_MAX_MS = 10.0
SERVE_RSS_MAX_MB = 150.0
CONFIRM_RATIO_MIN = 0.8


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http(method, url, body=None):
    request = urllib.request.Request(url, data=body, method=method,
                                     headers={"Content-Type": "application/x-www-form-urlencoded"} if body else {})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read()


def wait_up(url, seconds=180):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            http("GET", url)
            return
        except Exception:
            time.sleep(0.5)
    raise SystemExit("bench: %s never answered" % url)


def ensure_wrk():
    if shutil.which("wrk") is None:
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True, stdout=subprocess.DEVNULL)


def wrk(url, script=None, seconds=8):
    command = ["wrk", "-t2", "-c32", "-d%ds" % seconds, "--latency", url]
    if script:
        command[1:1] = ["-s", script]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
    p99_ms = float(p99.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)]
    return rps, p99_ms


def vm_hwm_mb(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


class Serve:
    """`feedback-collector serve` on a fresh data dir with the test clock; rows are planned and sent through /_test."""

    def __init__(self, rows):
        self.dir = tempfile.mkdtemp(prefix="fc-bench-serve-")
        self.port = free_port()
        self.base = "http://127.0.0.1:%d" % self.port
        write_csv(os.path.join(self.dir, "customers.csv"), rows)
        env = dict(os.environ, FC_DATA_DIR=self.dir, FC_TEST_CONTROL="on", FC_TEST_CLOCK_START="2026-03-01T03:00:00Z",
                   FC_HTTP_LISTEN=self.base, FC_PUBLIC_BASE_URL=self.base, FC_SMTP_LISTEN="127.0.0.1:%d" % free_port(),
                   FC_POLL_INTERVAL="3600", FC_CSV_POLL_INTERVAL="3600")
        self.process = subprocess.Popen(["dotnet", CLI, "serve"], cwd=self.dir, env=env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_up(self.base + "/healthz")
        self.tick()
        http("POST", self.base + "/_test/clock?advance=172800")
        while self.tick() > 0:
            pass

    def tick(self):
        # The CSV watcher's own first poll can race the test tick on its cursor file (a 500); the tick is idempotent.
        for attempt in range(5):
            try:
                return int(http("POST", self.base + "/_test/tick") or b"0")
            except urllib.error.HTTPError:
                time.sleep(1)
        raise SystemExit("bench: /_test/tick kept failing")

    def tokens(self):
        found = []
        for path in glob.glob(os.path.join(self.dir, "**", "*.eml"), recursive=True):
            with open(path, "rb") as f:
                message = email.message_from_binary_file(f)
            for part in message.walk():
                if part.get_content_type() == "text/plain":
                    text = part.get_payload(decode=True).decode("utf-8", "replace")
                    match = re.search(r"/t/([A-Za-z0-9._~-]+)/5", text)
                    if match:
                        found.append(match.group(1))
        return found

    def outbox(self):
        return os.path.dirname(glob.glob(os.path.join(self.dir, "**", "*.eml"), recursive=True)[0])

    def close(self):
        self.process.terminate()
        self.process.wait(timeout=30)
        shutil.rmtree(self.dir, ignore_errors=True)


def post_script(folder, token):
    path = os.path.join(folder, "post.lua")
    with open(path, "w") as f:
        f.write('wrk.method = "POST"\nwrk.body = "stars=5"\nwrk.headers["Content-Type"] = "application/x-www-form-urlencoded"\n')
    return path


def confirm_rate(already_sent, asks=300):
    """First-time confirms (each ask answered once, 32 at a time) with already_sent mails in the outbox."""
    serve = Serve(asks)
    try:
        tokens = serve.tokens()
        outbox = serve.outbox()
        for i in range(max(0, already_sent - len(tokens))):
            open(os.path.join(outbox, "20260101-000000-000-old.%06d@bench.example.eml" % i), "w").close()
        started = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(32) as pool:
            list(pool.map(lambda t: http("POST", "%s/t/%s" % (serve.base, t), b"stars=5"), tokens))
        return len(tokens) / (time.perf_counter() - started)
    finally:
        serve.close()


def serve_rounds(star, post_url, bare_url, script, rounds=3):
    """wrk on serve and on the bare page in alternating rounds; per round, serve's rate over the bare one's just before it."""
    for url, lua in ((star, None), (post_url, script), (bare_url + "/", None), (bare_url + "/", script)):
        wrk(url, lua, seconds=5)  # warm-up: the JIT's tier-1 code, not tier-0, is what a running server serves with
    get, post = [], []
    for r in range(rounds):
        bare_get = wrk(bare_url + "/")
        got = wrk(star)
        bare_post = wrk(bare_url + "/", script)
        posted = wrk(post_url, script)
        get.append((got[0] / bare_get[0], got, bare_get[0]))
        post.append((posted[0] / bare_post[0], posted, bare_post[0]))
        print("  round %d: star GET %.0f req/s p99 %.1f ms vs bare %.0f (%.2f); no-op POST %.0f req/s p99 %.1f ms vs bare %.0f (%.2f)  (%s)"
              % (r + 1, got[0], got[1], bare_get[0], get[-1][0], posted[0], posted[1], bare_post[0], post[-1][0], load()))
    # The median round, so one round that met a burst of the other helpers' builds decides nothing.
    return sorted(get)[len(get) // 2], sorted(post)[len(post) // 2]


def run_serve(failures):
    ensure_wrk()
    bare_dir = tempfile.mkdtemp(prefix="fc-bench-bare-")
    serve = Serve(2)
    bare = None
    try:
        # The GET is the real star page (an open ask's form); the POST goes to an ask already answered (a no-op).
        open_token, answered = serve.tokens()[:2]
        star = "%s/t/%s/5" % (serve.base, open_token)
        size = len(http("GET", star))
        http("POST", "%s/t/%s" % (serve.base, answered), b"stars=5")
        shutil.copy(os.path.join(HERE, "bare-kestrel.cs"), bare_dir)
        bare_url = "http://127.0.0.1:%d" % free_port()
        bare = subprocess.Popen(["dotnet", "run", "bare-kestrel.cs", "--", bare_url, str(size)], cwd=bare_dir,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_up(bare_url + "/", 600)
        script = post_script(bare_dir, answered)
        (get_ratio, get, bare_get), (post_ratio, post, bare_post) = serve_rounds(
            star, "%s/t/%s" % (serve.base, answered), bare_url, script)
        rss = vm_hwm_mb(serve.process.pid)
    finally:
        serve.close()
        if bare:
            bare.terminate()
        shutil.rmtree(bare_dir, ignore_errors=True)
    print("star page GET (%d bytes, median round): %.0f req/s, p99 %.1f ms   bare Kestrel same size: %.0f req/s   ratio %.2f  (%s)"
          % (size, get[0], get[1], bare_get, get_ratio, load()))
    print("no-op confirm POST (median round): %.0f req/s, p99 %.1f ms   bare Kestrel POST: %.0f req/s   ratio %.2f  (%s)"
          % (post[0], post[1], bare_post, post_ratio, load()))
    print("serve peak RSS under the load: %.0f MB (target ≤ %.0f)" % (rss, SERVE_RSS_MAX_MB))
    for name, ratio, p99 in (("star page GET", get_ratio, get[1]), ("no-op POST", post_ratio, post[1])):
        if ratio < STAR_RATIO_MIN:
            failures.append("%s is %.2f× bare Kestrel (target ≥ %.1f×)" % (name, ratio, STAR_RATIO_MIN))
        if p99 >= P99_MAX_MS:
            failures.append("%s p99 %.1f ms (target < %.0f ms)" % (name, p99, P99_MAX_MS))
    if rss > SERVE_RSS_MAX_MB:
        failures.append("serve peak RSS %.0f MB (target ≤ %.0f MB)" % (rss, SERVE_RSS_MAX_MB))
    small, large = confirm_rate(1_000), confirm_rate(100_000)
    print("first-time confirms: %.0f answers/s with 1,000 mails sent, %.0f with 100,000   ratio %.2f  (%s)"
          % (small, large, large / small, load()))
    if large / small < CONFIRM_RATIO_MIN:
        failures.append("confirms with 100,000 mails sent are %.2f× those with 1,000 (target ≥ %.1f×)" % (large / small, CONFIRM_RATIO_MIN))


def corpora_replies():
    """The shared corpora's replies (talon, zapier, discourse), where scripts/test finds them; None when absent."""
    root = os.environ.get("FC_CORPORA") or os.path.join(os.path.dirname(ROOT), "shared", "corpora")
    folder = os.path.join(root, "replies")
    return folder if os.path.isdir(folder) else None


def run_extract(seconds=5):
    """Reply extraction throughput: ReplyInput.Parse over every corpus reply in a loop (bench.d/reply-extract.cs)."""
    folder = corpora_replies()
    if folder is None:
        print("reply extraction: skipped, the shared corpora are absent (FC_CORPORA)")
        return
    out = subprocess.run(["dotnet", "run", "reply-extract.cs", "--", folder, str(seconds)], cwd=HERE, capture_output=True,
                         text=True, check=True).stdout.split()
    files, size, parsed, took = int(out[0]), int(out[1]), int(out[2]), float(out[3])
    print("reply extraction (MIME, quote and signature cutting, auto-reply check): %.0f replies/s, %.1f MB/s over the corpora's "
          "%d real replies (%d KB)  (%s)" % (parsed / took, parsed * size / files / took / 1e6, files, size // 1024, load()))


def run_classify():
    """Lexicon classification throughput through `classify --jsonl` (one process, process start subtracted)."""
    lines = [json.dumps({"text": t}) for t in ("Great haircut, thank you!", "Waited 40 minutes and nobody said sorry.",
                                                "It was ok I guess", "Kim was lovely but the colour is not what I asked for")] * 5000
    data = ("\n".join(lines) + "\n").encode()

    def run(payload):
        started = time.perf_counter()
        subprocess.run(["dotnet", CLI, "classify", "--jsonl"], input=payload, capture_output=True, check=True)
        return time.perf_counter() - started
    empty = run(b"")
    full = run(data)
    print("classification (lexicon, classify --jsonl): %.0f replies/s (%d replies in %.2f s after a %.2f s start)  (%s)"
          % (len(lines) / max(1e-6, full - empty), len(lines), full - empty, empty, load()))
