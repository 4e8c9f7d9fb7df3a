// Reads {"body": "..."} lines on stdin and writes {"erp": "...", "planer": "..."} lines in the same
// order: the visible text the two npm reply parsers keep, so our extraction is scored beside theirs
// on the same inputs with the same scorer. A parser that throws keeps nothing for that body.
const readline = require("readline");
const ERP = require("email-reply-parser").default;
const planer = require("planer");

function safely(parse) {
  try { return parse(); } catch { return ""; }
}

const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on("line", (line) => {
  if (!line.trim()) return;
  const body = JSON.parse(line).body;
  const erp = safely(() => new ERP().read(body).getVisibleText());
  const plan = safely(() => planer.extractFrom(body, "text/plain"));
  process.stdout.write(JSON.stringify({ erp, planer: plan }) + "\n");
});
