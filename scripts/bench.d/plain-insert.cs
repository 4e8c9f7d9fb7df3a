#:package Microsoft.Data.Sqlite@10.0.15
#:property PublishAot=false
// The import baseline of scripts/bench: the same CSV's rows into an asks-shaped table with Microsoft.Data.Sqlite,
// one prepared command, one transaction, WAL — what "a plain insert" of those rows costs in .NET. Built to a
// temporary folder and run as `dotnet plain-insert.dll DB CSV`, timed from outside like `import` (process start included).
using Microsoft.Data.Sqlite;

using var db = new SqliteConnection($"Data Source={args[0]}");
db.Open();
using (var pragma = db.CreateCommand())
{
    pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
        + "CREATE TABLE asks (customer_id TEXT, ask_id TEXT, first_name TEXT, email TEXT, phone TEXT, visit_type TEXT,"
        + " visit_end TEXT, status TEXT, PRIMARY KEY (customer_id, ask_id));";
    pragma.ExecuteNonQuery();
}
using var tx = db.BeginTransaction();
using var insert = db.CreateCommand();
insert.CommandText = "INSERT INTO asks VALUES ($c, $a, $f, $e, $p, $t, $v, 'pending') ON CONFLICT DO NOTHING;";
var names = new[] { "$f", "$e", "$p", "$t", "$v", "$a" };
foreach (var name in names) insert.Parameters.Add(new SqliteParameter(name, ""));
insert.Parameters.Add(new SqliteParameter("$c", ""));
var rows = 0;
foreach (var line in File.ReadLines(args[1]).Skip(1))
{
    // first_name,email,phone,visit_type,visit_end,source_id (the bench's CSV has no quoted fields)
    var f = line.Split(',');
    for (var i = 0; i < names.Length; i++) insert.Parameters[i].Value = f[i];
    insert.Parameters[6].Value = f[1];
    rows += insert.ExecuteNonQuery();
}
tx.Commit();
Console.WriteLine(rows);
