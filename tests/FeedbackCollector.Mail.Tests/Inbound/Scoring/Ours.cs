using System.Text;
using FeedbackCollector.Mail.Inbound;

namespace FeedbackCollector.Mail.Tests.Inbound.Scoring;

/// <summary>Our extraction of a bare body, through the same entry point as `reply-text -`.</summary>
public static class Ours
{
    public static string Extract(ReplyCase c) => ReplyInput.Parse(Encoding.UTF8.GetBytes(c.Body)).NewText;
}
