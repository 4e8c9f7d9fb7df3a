using System.Xml.Linq;
using FeedbackCollector.Testing;

namespace FeedbackCollector.Core.Tests;

public sealed class CoreDependencyTests
{
    // Core decides; adapters do I/O. These package families are I/O and must never reach Core.
    private static readonly string[] ForbiddenPrefixes =
        ["AWSSDK", "Amazon.", "Microsoft.Data.Sqlite", "SQLitePCLRaw", "Google.", "MailKit", "SmtpServer",
         "Microsoft.AspNetCore", "System.Net.Http", "Microsoft.Extensions.Http", "Npgsql", "Dapper"];

    [Fact]
    public void Core_references_no_aws_sql_http_server_mail_transport_or_google_package()
    {
        var csproj = XDocument.Load(RepoPaths.Of("src", "FeedbackCollector.Core", "FeedbackCollector.Core.csproj"));
        var references = csproj.Descendants()
            .Where(e => e.Name.LocalName is "PackageReference" or "FrameworkReference" or "ProjectReference")
            .Select(e => (string?)e.Attribute("Include") ?? "")
            .ToList();

        references.Should().NotContain(r => ForbiddenPrefixes.Any(p => r.StartsWith(p, StringComparison.OrdinalIgnoreCase)));
        references.Where(r => r.EndsWith(".csproj", StringComparison.Ordinal)).Should().BeEmpty("Core depends on no other project");
    }

    [Fact]
    public void Core_assembly_loads_no_io_assembly()
    {
        var referenced = typeof(Core.Model.Visit).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "");
        referenced.Should().NotContain(n => ForbiddenPrefixes.Any(p => n.StartsWith(p, StringComparison.OrdinalIgnoreCase)));
    }
}
