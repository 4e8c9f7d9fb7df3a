using System.Text.RegularExpressions;

namespace FeedbackCollector.Core.Rules;

/// <summary>Readers for review links, the review-link policy, link lifetime and the owner's contact.</summary>
internal static partial class RulesLinkReaders
{
    public static void ReviewLink(RulesLine l)
    {
        var words = l.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var urlText = words[^1];
        var label = string.Join(' ', words[..^1]).Trim().TrimEnd(':', '-', ' ');
        if (urlText.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            l.Error($"\"{urlText}\" starts with http://; review links must be secure, so use the https:// address.");
            return;
        }
        if (!urlText.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || !Uri.TryCreate(urlText, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps || string.IsNullOrEmpty(url.Host))
        {
            l.Error($"\"{urlText}\" is not a full web address; paste the whole link starting with https://, like \"Google https://g.page/r/your-place/review\".");
            return;
        }
        l.Draft.ReviewLinks.Add(new ReviewLink(label.Length > 0 ? label : LabelFor(url), url));
    }

    /// <summary>A name customers recognise when the owner gave none.</summary>
    private static string LabelFor(Uri url)
    {
        var host = url.Host.ToLowerInvariant();
        return host.Contains("google", StringComparison.Ordinal) || host is "g.page" or "goo.gl" ? "Google"
            : host.Contains("facebook", StringComparison.Ordinal) ? "Facebook"
            : host.Contains("tripadvisor", StringComparison.Ordinal) ? "Tripadvisor"
            : host.Contains("yelp", StringComparison.Ordinal) ? "Yelp"
            : host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    public static void Policy(RulesLine l)
    {
        var v = DocText.NormalizeKey(l.Value.TrimEnd('.'));
        ReviewLinkPolicy? policy = v switch
        {
            "happy customers only" or "happy only" or "only happy customers" or "happy customers" or "happy" => ReviewLinkPolicy.HappyOnly,
            "everyone" or "everybody" or "all" or "all customers" or "every customer" or "all customers equally" => ReviewLinkPolicy.Everyone,
            _ => null,
        };
        if (policy is null)
        {
            l.Error($"I can't read \"{l.Value}\"; write \"happy customers only\" or \"everyone\".");
            return;
        }
        l.Draft.Rules = l.Draft.Rules with { ReviewLinkPolicy = policy.Value };
    }

    public static void TokenLifetime(RulesLine l)
    {
        if (!DurationText.TryParse(l.Value, out var life)) { l.Error($"I can't read \"{l.Value}\" as a time; {DurationText.Hint}."); return; }
        if (life < TimeSpan.FromDays(1) || life > TimeSpan.FromDays(365))
        {
            l.Error($"links should last between 1 day and 365 days, so customers can answer later but old links die; \"{l.Value}\" is outside that.");
            return;
        }
        l.Draft.Rules = l.Draft.Rules with { TokenLifetime = life };
    }

    public static void OwnerSlack(RulesLine l)
    {
        var id = l.Value.Trim().TrimStart('@').ToUpperInvariant();
        if (!SlackId().IsMatch(id))
        {
            l.Error($"\"{l.Value}\" is not a Slack member ID; in Slack open your profile, choose \"Copy member ID\" and paste it here (it looks like U0123ABC).");
            return;
        }
        l.Draft.Rules = l.Draft.Rules with { Owner = l.Draft.Rules.Owner with { SlackUserId = id } };
    }

    public static void OwnerEmail(RulesLine l)
    {
        var email = l.Value.Trim().Trim('<', '>');
        if (email.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)) email = email[7..];
        if (!Email().IsMatch(email)) { l.Error($"\"{l.Value}\" is not an email address; write it like kim@example.com."); return; }
        l.Draft.Rules = l.Draft.Rules with { Owner = l.Draft.Rules.Owner with { Email = email } };
    }

    public static void OwnerPhone(RulesLine l)
    {
        var digits = l.Value.Count(char.IsDigit);
        if (!Phone().IsMatch(l.Value) || digits is < 7 or > 15)
        {
            l.Error($"\"{l.Value}\" is not a phone number; write it with the country code, like +65 9123 4567.");
            return;
        }
        var normalized = (l.Value.TrimStart().StartsWith('+') ? "+" : "") + new string([.. l.Value.Where(char.IsDigit)]);
        l.Draft.Rules = l.Draft.Rules with { Owner = l.Draft.Rules.Owner with { Phone = normalized } };
    }

    [GeneratedRegex("^[UW][A-Z0-9]{6,20}$")]
    private static partial Regex SlackId();

    [GeneratedRegex(@"^[^@\s""<>]+@[^@\s""<>]+\.[A-Za-z]{2,}$")]
    private static partial Regex Email();

    [GeneratedRegex(@"^\+?[0-9 ()\-.]{7,25}$")]
    private static partial Regex Phone();
}
