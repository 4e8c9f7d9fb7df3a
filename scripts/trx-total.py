"""Totals every .trx file under a folder into one line CI reads: 'N passed, N failed, N skipped'.
Exit 1 when anything failed or nothing ran."""
import pathlib
import sys
import xml.etree.ElementTree as ET

NS = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"
passed = failed = skipped = 0
files = sorted(pathlib.Path(sys.argv[1]).rglob("*.trx"))
for trx in files:
    for result in ET.parse(trx).getroot().iter(NS + "UnitTestResult"):
        outcome = result.get("outcome")
        if outcome == "Passed":
            passed += 1
        elif outcome in ("NotExecuted", "Inconclusive", "Skipped"):
            skipped += 1
        else:
            failed += 1
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed or passed == 0 or not files else 0)
